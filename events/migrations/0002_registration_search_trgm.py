"""PostgreSQL: trigram indexes for the staff's search of registrations (a name, an address,
an organisation, anywhere in the text). Django writes `icontains` as
`UPPER(column::text) LIKE UPPER('%word%')`: the indexes are on that same expression, so the
search no longer reads every registration of the event. Nothing happens on SQLite."""

from django.db import migrations

COLUMNS = ("last_name", "first_name", "email_normalised", "organisation_name")


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in COLUMNS:
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS events_registration_{column}_trgm "
                f"ON events_registration USING gin ((UPPER({column}::text)) gin_trgm_ops)"
            )


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for column in COLUMNS:
            cursor.execute(f"DROP INDEX IF EXISTS events_registration_{column}_trgm")


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
