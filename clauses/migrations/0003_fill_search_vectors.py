"""Data migration: compute the stored tsvector of fiches that already exist (PostgreSQL)."""

from django.contrib.postgres.search import SearchVector
from django.db import migrations

CONFIG = "french_unaccent"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    Fiche = apps.get_model("clauses", "Fiche")
    Fiche.objects.update(
        search_vector=SearchVector("title", weight="A", config=CONFIG)
        + SearchVector("summary", weight="B", config=CONFIG)
        + SearchVector("text", weight="C", config=CONFIG)
        + SearchVector("guidance", weight="D", config=CONFIG)
    )


class Migration(migrations.Migration):
    dependencies = [("clauses", "0002_postgresql_search")]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
