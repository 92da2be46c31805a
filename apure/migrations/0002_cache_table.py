"""The database cache's table (rate limits and lockouts shared by every worker process), made
by `migrate` so that no separate command is needed on any install."""

from django.db import migrations

TABLE = "apure_cache"


def create(apps, schema_editor):
    connection = schema_editor.connection
    if TABLE in connection.introspection.table_names():
        return
    quote = connection.ops.quote_name
    schema_editor.execute(
        f"CREATE TABLE {quote(TABLE)} ("
        f"{quote('cache_key')} varchar(255) NOT NULL PRIMARY KEY, "
        f"{quote('value')} text NOT NULL, "
        f"{quote('expires')} {'timestamp with time zone' if connection.vendor == 'postgresql' else 'datetime'} NOT NULL)"
    )
    schema_editor.execute(
        f"CREATE INDEX {quote(TABLE + '_expires')} ON {quote(TABLE)} ({quote('expires')})"
    )


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.connection.ops.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("apure", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
