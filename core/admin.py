from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from core.languages import language_fields
from core.models import (
    Commune,
    ContactMessage,
    Page,
    ParticipationLevel,
    PendingJob,
    TargetGroup,
    Theme,
)
from core.states import StateChange


@admin.register(Commune)
class CommuneAdmin(TabbedTranslationAdmin):
    list_display = ["name", "nis_code", "postcodes"]
    search_fields = [*language_fields("name"), "nis_code", "postcodes"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "nis_code", "postcodes"]}),
        (_("Centre point"), {"fields": ["latitude", "longitude"]}),
    ]


@admin.register(Theme, TargetGroup)
class TaxonomyAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = language_fields("name")
    prepopulated_fields = {"slug": ["name_fr"]}


@admin.register(ParticipationLevel)
class ParticipationLevelAdmin(TabbedTranslationAdmin):
    list_display = ["rung", "name", "slug"]
    list_display_links = ["name"]
    search_fields = language_fields("name")
    prepopulated_fields = {"slug": ["name_fr"]}


@admin.register(Page)
class PageAdmin(TabbedTranslationAdmin):
    list_display = ["title", "slug", "updated_at"]
    search_fields = language_fields("title")
    fieldsets = [(None, {"fields": ["slug", "title", "lead", "body"]})]
    list_filter = ["slug"]


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "name", "email", "language", "created_at", "forwarded_at"]
    list_filter = ["language", ("forwarded_at", admin.EmptyFieldListFilter)]
    search_fields = ["subject", "name", "email", "message"]
    readonly_fields = [
        "name",
        "email",
        "subject",
        "message",
        "language",
        "created_at",
        "forwarded_at",
    ]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False


@admin.register(StateChange)
class StateChangeAdmin(admin.ModelAdmin):
    """The audit trail is read-only: it records what happened."""

    list_display = [
        "created_at",
        "content_type",
        "object_id",
        "state_field",
        "from_label",
        "to_label",
        "actor",
    ]
    list_filter = ["content_type", "state_field", "to_state"]
    list_select_related = ["content_type", "actor"]
    search_fields = ["message", "actor__email"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("from"), ordering="from_state")
    def from_label(self, obj):
        return obj.from_label

    @admin.display(description=_("to"), ordering="to_state")
    def to_label(self, obj):
        return obj.to_label


@admin.register(PendingJob)
class PendingJobAdmin(admin.ModelAdmin):
    list_display = ["task_name", "created_at", "attempts", "last_error"]
    list_filter = ["task_name"]
    search_fields = ["task_name", "last_error"]
    readonly_fields = ["task_name", "args", "kwargs", "created_at", "attempts", "last_error"]

    def has_add_permission(self, request):
        return False
