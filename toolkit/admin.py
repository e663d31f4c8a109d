from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from toolkit.models import Method


@admin.register(Method)
class MethodAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name_fr", "name_nl", "name_en", "summary_fr", "summary_nl", "summary_en"]
    prepopulated_fields = {"slug": ["name_fr"]}
    fieldsets = [(None, {"fields": ["name", "slug", "summary", "position"]})]
