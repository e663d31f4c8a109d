from modeltranslation.translator import TranslationOptions, register

from network.models import Organisation


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("description",)
