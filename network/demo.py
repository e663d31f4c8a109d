"""Demo organisations and memberships, from ``content/network/organisations/`` (after
accounts' demo users exist)."""

from django.contrib.auth import get_user_model

from core.content import load_folder
from core.demo import DemoSeeder
from core.models import Commune
from network.models import Membership, Organisation


def seed(seeder: DemoSeeder) -> None:
    communes = {c.nis_code: c for c in Commune.objects.all()}
    items = load_folder("network/organisations")
    members = [(item["slug"], member) for item in items for member in item.items("member")]
    users = get_user_model().objects.in_bulk(
        [member["email"] for _slug, member in members], field_name="email"
    )
    organisations = {}
    for item in items:
        descriptions = item.translated("description")
        organisation, _created = Organisation.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "kind": item["kind"],
                "description": descriptions["description_fr"],
                **descriptions,
            },
        )
        organisation.communes.set([communes[code] for code in item["communes"]])
        organisations[item["slug"]] = organisation
    for slug, member in members:
        if member["email"] in users:
            Membership.objects.update_or_create(
                organisation=organisations[slug],
                user=users[member["email"]],
                defaults={"role": member["role"]},
            )
