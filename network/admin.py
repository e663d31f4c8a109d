from django.contrib import admin
from django.db import models
from modeltranslation.admin import TabbedTranslationAdmin

from network.models import Membership, Organisation


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(TabbedTranslationAdmin):
    list_display = ["name", "kind", "member_count", "website"]
    list_filter = ["kind", "communes"]
    search_fields = ["name", "enterprise_number", "email"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["communes"]
    inlines = [MembershipInline]
    # A website typed without a scheme is taken as https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "enterprise_number"]}),
        (None, {"fields": ["description", "website", "email", "communes"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_member_count()

    @admin.display(description=Membership._meta.verbose_name_plural, ordering="member_count")
    def member_count(self, obj):
        return obj.member_count


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role", "organisation__kind"]
    search_fields = ["user__email", "user__last_name", "organisation__name"]
    list_select_related = ["user", "organisation"]
    autocomplete_fields = ["user", "organisation"]
