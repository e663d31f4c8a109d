from modeltranslation.translator import TranslationOptions, register

from core.models import Commune, Page, ParticipationLevel, TargetGroup, Theme


@register(Commune)
class CommuneTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("fr", "nl")


@register(Theme)
@register(TargetGroup)
@register(ParticipationLevel)
class TaxonomyTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"default": ("name",)}


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body")
    required_languages = {"default": ("title",)}
