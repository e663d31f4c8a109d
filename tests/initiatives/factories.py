import datetime

import factory

from core.models import Commune, Theme
from initiatives.models import Initiative, InitiativeImage, TimelineStep
from tests.accounts.factories import UserFactory


class InitiativeFactory(factory.django.DjangoModelFactory):
    """A draft by default; ``published=True`` publishes it (with an audit-trail entry)."""

    class Meta:
        model = Initiative
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Initiative {n}")
    title_fr = factory.SelfAttribute("title")
    slug = factory.Sequence(lambda n: f"initiative-{n}")
    summary = "Residents redesign their square together."
    summary_fr = factory.SelfAttribute("summary")
    latitude = "50.84670"
    longitude = "4.35250"
    scale = Initiative.Scale.NEIGHBOURHOOD
    carrier_name = "Collectif Quartier Midi"
    carrier_name_fr = factory.SelfAttribute("carrier_name")
    carrier_type = Initiative.CarrierType.COLLECTIVE
    start_date = datetime.date(2024, 3, 1)
    status = Initiative.Status.ONGOING
    author = factory.SubFactory(UserFactory)

    @factory.post_generation
    def communes(self, create, extracted, **kwargs):
        if create:
            self.communes.set(extracted or [Commune.objects.get(nis_code="21004")])

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create:
            if extracted is None:
                theme, _ = Theme.objects.get_or_create(
                    slug="urban-planning", defaults={"name": "Urbanisme", "name_fr": "Urbanisme"}
                )
                extracted = [theme]
            self.themes.set(extracted)

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        if create and extracted:
            staff = UserFactory(is_staff=True)
            self.submit(by=self.author or staff)
            self.publish(by=staff)


class TimelineStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TimelineStep

    initiative = factory.SubFactory(InitiativeFactory)
    date = datetime.date(2024, 4, 1)
    title = "Workshop"
    title_fr = "Atelier"


class InitiativeImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InitiativeImage

    initiative = factory.SubFactory(InitiativeFactory)
    image = factory.django.ImageField(width=800, height=600, format="JPEG")
    alt_text = "Residents around a table with a map of the square"
    alt_text_fr = factory.SelfAttribute("alt_text")
