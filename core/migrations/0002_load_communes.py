from django.db import migrations


def load(apps, schema_editor):
    from core.communes import load_communes

    load_communes(apps.get_model("core", "Commune"))


class Migration(migrations.Migration):
    """The 19 communes are reference data every installation needs, so a migration loads them."""

    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
