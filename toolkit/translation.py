from modeltranslation.translator import TranslationOptions, register

from toolkit.models import Method


@register(Method)
class MethodTranslationOptions(TranslationOptions):
    fields = ("name", "summary")
    required_languages = {"default": ("name",)}
