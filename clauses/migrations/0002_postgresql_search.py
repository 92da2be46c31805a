"""PostgreSQL full-text search: unaccent and pg_trgm, the french_unaccent configuration, a GIN
index on the stored tsvector and a trigram index on the folded title (the search's typo
fallback compares `search_title` with the query's trigrams). Nothing happens on SQLite, whose
search uses the folded text columns."""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
            CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
            ALTER TEXT SEARCH CONFIGURATION french_unaccent
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
        END IF;
    END
    $$
    """,
    "CREATE INDEX IF NOT EXISTS clauses_fiche_search_vector_gin "
    "ON clauses_fiche USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS clauses_fiche_search_title_trgm "
    "ON clauses_fiche USING gin (search_title gin_trgm_ops)",
]

BACKWARD = [
    "DROP INDEX IF EXISTS clauses_fiche_search_title_trgm",
    "DROP INDEX IF EXISTS clauses_fiche_search_vector_gin",
    # The configuration and extensions may serve other apps: they stay.
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for statement in FORWARD:
            cursor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for statement in BACKWARD:
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("clauses", "0001_initial")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
