from modeltranslation.translator import TranslationOptions, register

from initiatives.models import Initiative, InitiativeImage, InitiativeLink, TimelineStep


@register(Initiative)
class InitiativeTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "summary",
        "description",
        "stakeholders",
        "outcome",
        "lessons_learned",
        # A public body has an official name per language (Leefmilieu Brussel, Bruxelles
        # Environnement, Brussels Environment); a collective keeps its one name in all.
        "carrier_name",
    )


@register(TimelineStep)
class TimelineStepTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(InitiativeImage)
class InitiativeImageTranslationOptions(TranslationOptions):
    fields = ("alt_text", "caption")


@register(InitiativeLink)
class InitiativeLinkTranslationOptions(TranslationOptions):
    fields = ("label",)
