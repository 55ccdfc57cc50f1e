"""Full-text search index for PostgreSQL only (SQLite searches Event.search_text directly).

The index is on the same expression that timeline.selectors.search() queries:
``to_tsvector('simple', COALESCE(search_text, ''))``. ``search_text`` is already
casefolded and accent-free, so the 'simple' configuration (no stemming, no
language) fits every language the newsroom covers, Cyrillic included.
"""

from django.db import migrations

INDEX = "timeline_event_search_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON timeline_event "
        "USING gin (to_tsvector('simple'::regconfig, COALESCE(search_text, '')))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
