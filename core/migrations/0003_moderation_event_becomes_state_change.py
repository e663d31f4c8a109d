"""The moderation audit trail becomes the audit trail of every state machine (core.states).

The rows are kept: all of them are moves of the initiatives' ``moderation_state``, which the
new ``state_field`` column names. Values are no longer moderation's choices, and room is made
for longer state names.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0002_load_communes"),
    ]

    operations = [
        migrations.RenameModel("ModerationEvent", "StateChange"),
        migrations.AlterModelOptions(
            name="statechange",
            options={
                "ordering": ["-created_at", "-pk"],
                "verbose_name": "state change",
                "verbose_name_plural": "state changes",
            },
        ),
        migrations.RenameIndex(
            model_name="statechange",
            new_name="core_statec_content_3c72b4_idx",
            old_name="core_modera_content_439511_idx",
        ),
        migrations.AddField(
            model_name="statechange",
            name="state_field",
            field=models.CharField(
                default="moderation_state", max_length=100, verbose_name="state field"
            ),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="statechange",
            name="from_state",
            field=models.CharField(max_length=50, verbose_name="from"),
        ),
        migrations.AlterField(
            model_name="statechange",
            name="to_state",
            field=models.CharField(max_length=50, verbose_name="to"),
        ),
    ]
