"""Demo organisations and memberships (after accounts' demo users exist)."""

from django.contrib.auth import get_user_model

from core.demo import DemoSeeder, translated
from core.models import Commune
from network.models import Membership, Organisation

ORGANISATIONS = [
    (
        "quartier-midi",
        "Collectif Quartier Midi",
        Organisation.Kind.COLLECTIVE,
        ["21001", "21013"],
        (
            "Bewoners rond het Zuidstation die samen de pleinen van de wijk heraanleggen.",
            "Des habitants du quartier du Midi qui réaménagent ensemble les places du quartier.",
            "Residents around the Midi station who redesign the neighbourhood's squares together.",
        ),
    ),
    (
        "parcours-citoyen",
        "Parcours Citoyen ASBL",
        Organisation.Kind.ASSOCIATION,
        ["21004", "21012"],
        (
            "Vereniging die jongeren begeleidt in hun eerste participatieproject.",
            "Association qui accompagne des jeunes dans leur premier projet participatif.",
            "An association coaching young people through their first participation project.",
        ),
    ),
    (
        "commune-forest-participation",
        "Commune de Forest — Cellule participation",
        Organisation.Kind.PUBLIC_BODY,
        ["21007"],
        (
            "De participatiecel van het gemeentebestuur van Vorst.",
            "La cellule participation de l’administration communale de Forest.",
            "The participation unit of the municipal administration of Forest.",
        ),
    ),
    (
        "atelier-dialogue",
        "Atelier Dialogue SRL",
        Organisation.Kind.PROVIDER,
        [],
        (
            "Bureau gespecialiseerd in het begeleiden van burgerpanels en workshops.",
            "Bureau spécialisé dans l’animation de panels citoyens et d’ateliers.",
            "A consultancy specialised in facilitating citizen panels and workshops.",
        ),
    ),
]

# Demo users created by accounts.demo, and the organisation each one belongs to.
MEMBERSHIPS = [
    ("member@demo.participatie.brussels", "quartier-midi", Membership.Role.MEMBER),
    ("carrier@demo.participatie.brussels", "quartier-midi", Membership.Role.ADMIN),
    ("provider@demo.participatie.brussels", "atelier-dialogue", Membership.Role.ADMIN),
]


def seed(seeder: DemoSeeder) -> None:
    communes = {c.nis_code: c for c in Commune.objects.all()}
    organisations = {}
    for slug, name, kind, nis_codes, descriptions in ORGANISATIONS:
        organisation, _created = Organisation.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": kind,
                "description": descriptions[1],
                **translated(*descriptions, name="description"),
            },
        )
        organisation.communes.set([communes[code] for code in nis_codes])
        organisations[slug] = organisation

    users = get_user_model().objects.in_bulk(
        [email for email, _slug, _role in MEMBERSHIPS], field_name="email"
    )
    for email, slug, role in MEMBERSHIPS:
        if email in users:
            Membership.objects.update_or_create(
                organisation=organisations[slug], user=users[email], defaults={"role": role}
            )
