from modeltranslation.translator import TranslationOptions, register

from toolkit.models import Article, Method, Resource, Stage


@register(Stage)
class StageTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "guidance", "checklist")
    required_languages = {"default": ("name", "summary")}


@register(Method)
class MethodTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "summary",
        "description",
        "when_to_use",
        "steps",
        "duration_note",
        "strengths",
        "pitfalls",
    )
    required_languages = {"default": ("name",)}


@register(Resource)
class ResourceTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"default": ("title",)}


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body", "cover_alt")
    required_languages = {"default": ("title", "lead", "body")}
