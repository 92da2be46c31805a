"""Data migration: a social insertion clause now counts as social (Loi Climat kit) even when its
eForms BT-06 codes lack "soc-obj"; Fiche.save() keeps the flag current from now on."""

from django.db import migrations


def forward(apps, schema_editor):
    Fiche = apps.get_model("clauses", "Fiche")
    Fiche.objects.filter(kind="social_clause", social_objective=False).update(
        social_objective=True
    )


class Migration(migrations.Migration):
    dependencies = [("clauses", "0003_fill_search_vectors")]

    # Backwards there is nothing to undo: the flag is derived and recomputed on every save.
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
