"""The service's moderation of initiatives in the Django admin.

The changelist is the moderation queue: submitted initiatives and published ones with a
pending proposed change come first. Actions publish, request changes (with a message) or
reject (with a reason) through ``initiatives.services``, so the audit trail is written and
the author e-mailed exactly as anywhere else. A pending change is compared side by side with
the published version on its own page, where staff approve or reject it.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.views.main import ORDER_VAR, ChangeList
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When
from django.db.models.functions import ExtractYear
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from core.languages import LANGUAGE_CODES, language_fields
from core.models import ModerationState
from initiatives import services
from initiatives.models import (
    Initiative,
    InitiativeImage,
    InitiativeLink,
    InitiativeRevision,
    TimelineStep,
)

# Position in the moderation queue: what waits for the service first.
QUEUE_SUBMITTED, QUEUE_CHANGED, QUEUE_OTHER = 0, 1, 2


class TimelineStepInline(TranslationTabularInline):
    model = TimelineStep
    extra = 0


class InitiativeImageInline(TranslationTabularInline):
    model = InitiativeImage
    extra = 0
    fields = ["image", "alt_text", "caption", "position"]


class InitiativeLinkInline(TranslationTabularInline):
    model = InitiativeLink
    extra = 0
    # An address typed without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class StartYearFilter(admin.SimpleListFilter):
    """The year an initiative started; the choices are the years that occur."""

    title = _("year of start")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            Initiative.objects.annotate(year=ExtractYear("start_date"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return [(str(year), str(year)) for year in years]

    def queryset(self, request, queryset):
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(start_date__year=int(value))
        return queryset


class PendingChangeFilter(admin.SimpleListFilter):
    title = _("proposed change")
    parameter_name = "pending_change"

    def lookups(self, request, model_admin):
        return [("yes", _("Waiting for moderation")), ("no", _("None"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(has_pending_change=True)
        if self.value() == "no":
            return queryset.filter(has_pending_change=False)
        return queryset


class ModerationQueue(ChangeList):
    """The changelist, ordered as a queue unless staff sort by a column."""

    def get_ordering(self, request, queryset):
        if ORDER_VAR in self.params:
            return super().get_ordering(request, queryset)
        return ["queue", "-updated_at", "-pk"]


class MessageForm(forms.Form):
    """The text staff write to the author when requesting changes or rejecting."""

    message = forms.CharField(
        label=_("Message to the author"),
        widget=forms.Textarea(attrs={"rows": 8, "cols": 80}),
        help_text=_("Sent by e-mail in the author's language setting; write it for them."),
    )


@admin.register(Initiative)
class InitiativeAdmin(TabbedTranslationAdmin):
    list_display = ["title", "state", "commune_names", "carrier_name", "updated_at"]
    list_filter = [
        "moderation_state",
        PendingChangeFilter,
        ("communes", admin.RelatedOnlyFieldListFilter),
        "themes",
        StartYearFilter,
    ]
    search_fields = [*language_fields("title", "summary", "carrier_name"), "author__email"]
    list_select_related = ["author"]
    list_per_page = 50
    date_hierarchy = "start_date"
    inlines = [TimelineStepInline, InitiativeImageInline, InitiativeLinkInline]
    filter_horizontal = ["communes", "themes", "target_groups", "methods"]
    raw_id_fields = ["author"]
    autocomplete_fields = ["organisation"]
    prepopulated_fields = {"slug": ["title_fr"]}
    readonly_fields = [
        "moderation_state",
        "published_at",
        "created_at",
        "updated_at",
        "pending_change",
        "audit_trail",
    ]
    fieldsets = [
        (_("Moderation"), {"fields": ["moderation_state", "published_at", "pending_change"]}),
        (None, {"fields": ["title", "slug", "summary", "description"]}),
        (
            _("Place"),
            {"fields": ["communes", "address", "latitude", "longitude", "scale"]},
        ),
        (
            _("Classification"),
            {"fields": ["themes", "target_groups", "participation_level", "methods"]},
        ),
        (
            _("Carrier"),
            {"fields": ["organisation", "carrier_name", "carrier_type", "stakeholders", "author"]},
        ),
        (_("Period"), {"fields": ["start_date", "end_date", "status"]}),
        (_("Results"), {"fields": ["outcome", "lessons_learned"]}),
        (_("History"), {"fields": ["audit_trail", "created_at", "updated_at"]}),
    ]
    actions = ["publish", "request_changes", "reject", "archive"]

    def get_queryset(self, request):
        pending = InitiativeRevision.objects.pending().filter(initiative=OuterRef("pk"))
        return (
            super()
            .get_queryset(request)
            .annotate(has_pending_change=Exists(pending))
            .annotate(
                queue=Case(
                    When(moderation_state=ModerationState.SUBMITTED, then=Value(QUEUE_SUBMITTED)),
                    When(has_pending_change=True, then=Value(QUEUE_CHANGED)),
                    default=Value(QUEUE_OTHER),
                    output_field=IntegerField(),
                )
            )
            .prefetch_related("communes")
        )

    def get_changelist(self, request, **kwargs):
        return ModerationQueue

    def has_moderate_permission(self, request):
        return request.user.has_perm("initiatives.moderate_initiative")

    # --- Columns and read-only fields ----------------------------------------------------------

    @admin.display(description=_("state"), ordering="queue")
    def state(self, obj):
        label = obj.get_moderation_state_display()
        if getattr(obj, "has_pending_change", False):
            return format_html("{} · <strong>{}</strong>", label, gettext("change proposed"))
        return label

    @admin.display(description=_("communes"))
    def commune_names(self, obj):
        return ", ".join(commune.name for commune in obj.communes.all())

    @admin.display(description=_("proposed changes"))
    def pending_change(self, obj):
        if obj.pk is None:
            return "—"
        revisions = obj.revisions.select_related("author")
        if not revisions:
            return gettext("None")
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> — {} ({})</li>',
                (
                    (
                        reverse(
                            "admin:initiatives_initiative_revision", args=[obj.pk, revision.pk]
                        ),
                        gettext("Compare and decide")
                        if revision.state == InitiativeRevision.State.PENDING
                        else gettext("Compare"),
                        _when(revision.created_at),
                        f"{revision.get_state_display()}, {revision.author or '—'}",
                    )
                    for revision in revisions
                ),
            ),
        )

    @admin.display(description=_("audit trail"))
    def audit_trail(self, obj):
        if obj.pk is None:
            return "—"
        events = obj.moderation_history()
        if not events:
            return gettext("Nothing yet.")
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    _when(event.created_at),
                    str(event),
                    event.actor or "—",
                    event.message or "—",
                )
                for event in events
            ),
        )
        return format_html(
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>"
            "<tbody>{}</tbody></table>",
            gettext("When"),
            gettext("Transition"),
            gettext("By"),
            gettext("Message"),
            rows,
        )

    # --- Actions --------------------------------------------------------------------------------

    @admin.action(description=_("Publish the selected initiatives"), permissions=["moderate"])
    def publish(self, request, queryset):
        self._apply(request, queryset, services.initiative_publish, _("Published: %(count)d."))

    @admin.action(description=_("Archive the selected initiatives"), permissions=["moderate"])
    def archive(self, request, queryset):
        self._apply(request, queryset, services.initiative_archive, _("Archived: %(count)d."))

    @admin.action(description=_("Request changes (with a message)"), permissions=["moderate"])
    def request_changes(self, request, queryset):
        return self._with_message(
            request,
            queryset,
            action="request_changes",
            title=_("Request changes"),
            call=lambda initiative, text: services.initiative_request_changes(
                initiative=initiative, by=request.user, message=text
            ),
            done=_("Changes requested: %(count)d."),
        )

    @admin.action(description=_("Reject (with a reason)"), permissions=["moderate"])
    def reject(self, request, queryset):
        return self._with_message(
            request,
            queryset,
            action="reject",
            title=_("Reject"),
            call=lambda initiative, text: services.initiative_reject(
                initiative=initiative, by=request.user, reason=text
            ),
            done=_("Rejected: %(count)d."),
        )

    def _apply(self, request, queryset, service, done, text=None):
        count = 0
        for initiative in queryset:
            try:
                if text is None:
                    service(initiative=initiative, by=request.user)
                else:
                    service(initiative, text)
            except ValidationError as error:
                self.message_user(
                    request, f"{initiative}: {' '.join(error.messages)}", messages.ERROR
                )
            else:
                count += 1
        if count:
            self.message_user(request, done % {"count": count}, messages.SUCCESS)

    def _with_message(self, request, queryset, *, action, title, call, done):
        """An intermediate page asks for the message; its POST carries ``apply``."""
        form = MessageForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            self._apply(request, queryset, call, done, text=form.cleaned_data["message"])
            return None  # back to the changelist
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "opts": self.model._meta,
            "queryset": queryset,
            "form": form,
            "action": action,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(
            request, "admin/initiatives/initiative/action_message.html", context
        )

    # --- The pending change, side by side -------------------------------------------------------

    def get_urls(self):
        urls = [
            path(
                "<int:initiative_id>/revision/<int:revision_id>/",
                self.admin_site.admin_view(self.revision_view),
                name="initiatives_initiative_revision",
            )
        ]
        return urls + super().get_urls()

    def revision_view(self, request, initiative_id, revision_id):
        """Show a proposed change next to the published version; approve or reject it."""
        initiative = get_object_or_404(self.get_queryset(request), pk=initiative_id)
        revision = get_object_or_404(
            initiative.revisions.select_related("author", "decided_by"), pk=revision_id
        )
        if not self.has_view_permission(request, initiative):
            raise PermissionDenied
        form = MessageForm(request.POST or None)
        if request.method == "POST":
            if not self.has_moderate_permission(request):
                raise PermissionDenied
            try:
                if "approve" in request.POST:
                    services.initiative_approve_change(revision=revision, by=request.user)
                    self.message_user(request, gettext("The change is published."))
                    return redirect("admin:initiatives_initiative_change", initiative.pk)
                if "reject" in request.POST and form.is_valid():
                    services.initiative_reject_change(
                        revision=revision, by=request.user, reason=form.cleaned_data["message"]
                    )
                    self.message_user(request, gettext("The change was rejected."))
                    return redirect("admin:initiatives_initiative_change", initiative.pk)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Proposed change to “%(title)s”") % {"title": initiative},
            "opts": self.model._meta,
            "original": initiative,
            "revision": revision,
            "rows": comparison_rows(initiative, revision),
            "form": form,
            "can_decide": revision.state == InitiativeRevision.State.PENDING
            and self.has_moderate_permission(request),
        }
        return TemplateResponse(request, "admin/initiatives/initiative/revision.html", context)


def comparison_rows(initiative: Initiative, revision: InitiativeRevision) -> list[dict]:
    """One row per proposed field: its label, the published and the proposed value."""
    current = services.initiative_data(initiative)
    names = _display_names(revision.data, current)
    rows = []
    for key, proposed in revision.data.items():
        published = current.get(key)
        rows.append(
            {
                "label": _label(key),
                "published": _display(key, published, names),
                "proposed": _display(key, proposed, names),
                "changed": published != proposed,
            }
        )
    return rows


def _when(moment) -> str:
    # In Europe/Brussels and the admin's language, not the database's UTC.
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


def _label(key: str) -> str:
    if key in ("steps", "links"):
        return str(Initiative._meta.get_field(key).related_model._meta.verbose_name_plural)
    base, _sep, language = key.rpartition("_")
    if language in LANGUAGE_CODES and base in services.TRANSLATED_FIELDS:
        return f"{Initiative._meta.get_field(base).verbose_name} [{language}]"
    return str(Initiative._meta.get_field(key).verbose_name)


def _display_names(*datas) -> dict[str, dict]:
    """Names of the related objects mentioned in the data, fetched in one query per field."""
    names: dict[str, dict] = {}
    for key in (*services.MANY_TO_MANY_FIELDS, *services.FOREIGN_KEY_FIELDS):
        ids: set[int] = set()
        for data in datas:
            value = data.get(key)
            if isinstance(value, list):
                ids.update(value)
            elif value is not None:
                ids.add(value)
        if ids:
            model = Initiative._meta.get_field(key).related_model
            names[key] = {obj.pk: str(obj) for obj in model.objects.filter(pk__in=ids)}
    return names


def _display(key: str, value, names: dict[str, dict]) -> str:
    if value in (None, "", []):
        return "—"
    if key in names:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(names[key].get(pk, f"#{pk}") for pk in ids)
    if key in ("steps", "links"):
        return "\n".join(
            " · ".join(str(v) for v in item.values() if v not in (None, "")) for item in value
        )
    return str(value)
