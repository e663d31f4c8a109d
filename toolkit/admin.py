"""The toolkit in the Django admin: translation tabs, ordering, previews and publication dates.

"View on site" opens the public page; staff see unpublished sheets and drafts or scheduled
articles and resources there as a preview (``visible_to`` in ``toolkit.models``).
"""

from __future__ import annotations

from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.languages import language_fields
from toolkit.admin_forms import ArticleAdminForm
from toolkit.models import Article, Method, Resource, Stage


class PublicationListFilter(admin.SimpleListFilter):
    """Published, scheduled for later, or draft (no publication date)."""

    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return [
            ("published", _("Published")),
            ("scheduled", _("Scheduled")),
            ("draft", _("Draft")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "published":
            return queryset.filter(published_at__lte=now)
        if self.value() == "scheduled":
            return queryset.filter(published_at__gt=now)
        if self.value() == "draft":
            return queryset.filter(published_at__isnull=True)
        return queryset


@admin.register(Stage)
class StageAdmin(TabbedTranslationAdmin):
    list_display = ["name", "position", "slug"]
    list_editable = ["position"]
    search_fields = language_fields("name", "summary")
    prepopulated_fields = {"slug": ["name_fr"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "position", "summary"]}),
        (_("Guidance"), {"fields": ["guidance", "checklist"]}),
    ]


@admin.register(Method)
class MethodAdmin(TabbedTranslationAdmin):
    list_display = [
        "name",
        "position",
        "is_published",
        "participation_level",
        "duration",
        "budget_range",
        "group_size",
    ]
    list_editable = ["position", "is_published"]
    list_filter = [
        "is_published",
        "stages",
        "participation_level",
        "duration",
        "budget_range",
        "group_size",
        "themes",
    ]
    list_select_related = ["participation_level"]
    search_fields = language_fields("name", "summary")
    prepopulated_fields = {"slug": ["name_fr"]}
    filter_horizontal = ["themes", "stages"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "summary", "position", "is_published"]}),
        (_("The sheet"), {"fields": ["description", "when_to_use", "steps"]}),
        (
            _("Practicalities"),
            {
                "fields": [
                    "duration",
                    "duration_note",
                    "budget_range",
                    "group_size",
                    "participation_level",
                ]
            },
        ),
        (_("Assessment"), {"fields": ["strengths", "pitfalls"]}),
        (_("Classification"), {"fields": ["stages", "themes"]}),
    ]


@admin.register(Resource)
class ResourceAdmin(TabbedTranslationAdmin):
    list_display = [
        "title",
        "kind",
        "language",
        "licence",
        "file_size",
        "download_count",
        "published_at",
        "position",
    ]
    list_editable = ["position"]
    list_filter = [PublicationListFilter, "kind", "language", "licence", "stages"]
    search_fields = [*language_fields("title"), "slug"]
    prepopulated_fields = {"slug": ["title_fr"]}
    filter_horizontal = ["stages", "methods"]
    readonly_fields = ["file_size", "download_count"]
    date_hierarchy = "published_at"
    fieldsets = [
        (None, {"fields": ["title", "slug", "description", "position", "published_at"]}),
        (
            _("File"),
            {"fields": ["file", "file_size", "kind", "language", "licence", "download_count"]},
        ),
        (_("Classification"), {"fields": ["stages", "methods"]}),
    ]

    @admin.display(description=_("size"), ordering="size")
    def file_size(self, resource):
        return filesizeformat(resource.size)


@admin.register(Article)
class ArticleAdmin(TabbedTranslationAdmin):
    # The cover is re-encoded to JPEG and needs its text alternative (toolkit.admin_forms).
    form = ArticleAdminForm
    list_display = ["title", "kind", "published_at"]
    list_filter = [PublicationListFilter, "kind", "themes"]
    search_fields = language_fields("title", "lead")
    prepopulated_fields = {"slug": ["title_fr"]}
    filter_horizontal = ["themes", "methods"]
    date_hierarchy = "published_at"
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "published_at"]}),
        (_("Text"), {"fields": ["lead", "body"]}),
        (_("Cover image"), {"fields": ["cover_image", "cover_alt"]}),
        (_("Classification"), {"fields": ["themes", "methods"]}),
    ]
