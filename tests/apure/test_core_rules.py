"""Rules of the core that the database keeps, and what the core guarantees every app."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from apure.files import private_file_save
from apure.models import Organisation
from apure.roles import Role

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_staff_get_every_apps_permissions_after_a_single_migrate():
    """The test database is made by one `migrate`: staff can already manage every app."""
    staff = Group.objects.get(name=Role.STAFF.value)
    labels = set(staff.permissions.values_list("content_type__app_label", flat=True))
    assert {"clauses", "guichet", "chantiers", "events", "apure"} <= labels
    codenames = set(staff.permissions.values_list("codename", flat=True))
    assert "change_fiche" in codenames
    assert "change_user" not in codenames and "view_outboxmessage" not in codenames


@pytest.mark.parametrize(
    ("field", "value"), [("kind", "chateau"), ("departement", "75"), ("siret", "123")]
)
def test_the_database_refuses_an_unknown_kind_or_departement(field, value):
    data = {"name": "Mairie", "siret": "21591000100019", "kind": "commune", "departement": "59"}
    data[field] = value
    with pytest.raises(IntegrityError), transaction.atomic():
        Organisation.objects.create(**data)


def test_a_private_file_goes_with_its_row(settings, django_capture_on_commit_callbacks):
    from events.models import EventDocument
    from tests.events.conftest import build_event

    event = build_event()
    document = EventDocument(event=event, title="Restitution")
    with django_capture_on_commit_callbacks(execute=True):
        private_file_save(document, SimpleUploadedFile("restitution.pdf", PDF))
    stored = settings.PRIVATE_MEDIA_ROOT / document.file.name
    assert stored.exists()
    assert "restitution" not in document.file.name  # a generated name on disk
    with django_capture_on_commit_callbacks(execute=True):
        event.delete()  # the cascade takes the document, and the file follows
    assert not stored.exists()


def test_a_catalogue_import_bumps_the_catalogue_version_once(staff):
    from clauses.catalogue import catalogue_import

    rows = [
        {
            "slug": f"import-{i}",
            "title": f"Clause importée {i}",
            "summary": "Résumé.",
            "kind": "technical_spec",
            "contract_type": "works",
            "level": "base",
            "tender_document": "CCTP",
            "text": "Le titulaire fait ceci.",
            "status": "draft",
        }
        for i in range(30)
    ]
    content = json.dumps(rows).encode()
    with CaptureQueriesContext(connection) as queries:
        report = catalogue_import(name="catalogue.json", content=content, by=staff)
    assert report.ok, report.errors
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if "apure_cachenamespace" in q["sql"] and q["sql"].startswith(("UPDATE", "INSERT"))
    ]
    assert len(writes) == 1
