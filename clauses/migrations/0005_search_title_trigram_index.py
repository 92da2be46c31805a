"""The typo fallback of the search compares the folded `search_title` column with the query's
trigrams (`%>`), which a GIN trigram index on that column serves; the index on the raw title,
which the search never used, goes. PostgreSQL only: SQLite searches without trigrams."""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS clauses_fiche_search_title_trgm "
    "ON clauses_fiche USING gin (search_title gin_trgm_ops)",
    "DROP INDEX IF EXISTS clauses_fiche_title_trgm",
]

BACKWARD = [
    "CREATE INDEX IF NOT EXISTS clauses_fiche_title_trgm "
    "ON clauses_fiche USING gin (title gin_trgm_ops)",
    "DROP INDEX IF EXISTS clauses_fiche_search_title_trgm",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("clauses", "0004_social_clause_flag")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD), elidable=False)]
