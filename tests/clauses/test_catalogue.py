import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from clauses.catalogue import catalogue_import
from clauses.models import Fiche
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client_for):
    return client_for(make_user("equipe"))


def test_csv_export_opens_in_french_spreadsheets(staff_client, taxonomy, make_fiche):
    make_fiche(
        title='=HYPERLINK("http://evil")',
        text="- premier point\n- second point",
        segments=[taxonomy["segments"]["batiment"]],
        themes=[taxonomy["themes"]["climat-energie"]],
    )
    response = staff_client.get(reverse("clauses:catalogue_export", args=["csv"]))
    assert response.status_code == 200
    content = response.getvalue()
    assert response["Cache-Control"].startswith("no-store")
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0]["title"].startswith("'=")
    assert rows[0]["text"].startswith("'- premier")
    assert rows[0]["segments"] == "Travaux > Bâtiment"
    assert rows[0]["themes"] == "climat-energie"


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_then_import_is_idempotent(staff_client, taxonomy, make_fiche, fmt):
    make_fiche(title="Alpha", segments=[taxonomy["segments"]["batiment"]])
    make_fiche(
        title="Bêta", text="**Gras** et - tiret", themes=[taxonomy["themes"]["climat-energie"]]
    )
    exported = staff_client.get(reverse("clauses:catalogue_export", args=[fmt])).getvalue()
    before = {f.slug: (f.title, f.text, f.version) for f in Fiche.objects.all()}
    staff = make_user("equipe")
    report = catalogue_import(name=f"catalogue.{fmt}", content=exported, by=staff)
    assert report.ok, report.errors
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert {f.slug: (f.title, f.text, f.version) for f in Fiche.objects.all()} == before
    Fiche.objects.all().delete()
    report = catalogue_import(name=f"catalogue.{fmt}", content=exported, by=staff)
    assert report.created == 2
    assert {f.slug: (f.title, f.text, f.version) for f in Fiche.objects.all()} == before
    assert Fiche.objects.published().count() == 2


def test_a_wrong_row_refuses_the_whole_file_with_a_report(staff_client, taxonomy):
    rows = [
        {
            "slug": "bonne-fiche",
            "title": "Bonne",
            "summary": "ok",
            "kind": "award_criterion",
            "contract_type": "works",
            "level": "base",
            "tender_document": "RC",
            "text": "Texte",
        },
        {
            "slug": "mauvaise fiche",
            "title": "",
            "summary": "ok",
            "kind": "poem",
            "contract_type": "works",
            "level": "base",
            "tender_document": "RC",
            "text": "Texte",
            "themes": ["inconnu"],
        },
        {
            "slug": "bonne-fiche",
            "title": "Doublon",
            "summary": "x",
            "kind": "award_criterion",
            "contract_type": "works",
            "level": "base",
            "tender_document": "RC",
            "text": "t",
        },
    ]
    upload = SimpleUploadedFile(
        "catalogue.json", json.dumps(rows).encode(), content_type="application/json"
    )
    response = staff_client.post(reverse("clauses:catalogue_import"), {"file": upload})
    assert response.status_code == 400
    page = response.content.decode()
    for expected in ("kind", "title", "slug", "themes", "inconnu"):
        assert expected in page
    assert not Fiche.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("c.json", b"{not json"),
        ("c.json", b'{"a": 1}'),
        ("c.json", b"[1, 2]"),
        ("c.csv", b"\xff\xfe garbage"),
        ("c.csv", b"slug;title\nx;y\n"),
        ("c.csv", b""),
    ],
)
def test_malformed_files_are_refused_with_a_readable_report(name, content):
    report = catalogue_import(name=name, content=content, by=make_user("equipe"))
    assert not report.ok and report.errors[0].message
    assert not Fiche.objects.exists()


def test_import_page_refuses_other_file_types(staff_client):
    upload = SimpleUploadedFile("x.exe", b"MZ")
    response = staff_client.post(reverse("clauses:catalogue_import"), {"file": upload})
    assert response.status_code == 400


def _row(slug="fiche-importee", **overrides):
    row = {
        "slug": slug,
        "title": "Fiche importée",
        "summary": "Résumé",
        "kind": "execution_condition",
        "contract_type": "works",
        "level": "base",
        "tender_document": "CCAP",
        "text": "Texte de la clause",
    }
    row.update(overrides)
    return row


def _import_json(rows, user=None):
    return catalogue_import(
        name="c.json", content=json.dumps(rows).encode(), by=user or make_user("equipe")
    )


def test_deeply_nested_json_is_refused_not_a_crash(staff_client):
    report = catalogue_import(name="c.json", content=b"[" * 200000, by=make_user("equipe"))
    assert not report.ok and report.errors[0].message
    upload = SimpleUploadedFile("c.json", b"[" * 200000, content_type="application/json")
    response = staff_client.post(reverse("clauses:catalogue_import"), {"file": upload})
    assert response.status_code == 400


def test_segment_names_longer_than_the_column_are_reported():
    report = _import_json([_row(segments=["Travaux > " + "x" * 200])])
    assert not report.ok
    assert [e.field for e in report.errors] == ["segments"]
    report = _import_json([_row(segments=["y" * 200])])
    assert [e.field for e in report.errors] == ["segments"]
    assert not Fiche.objects.exists()


def test_control_characters_are_stripped_on_import():
    report = _import_json([_row(text="Collé\x01 depuis\x0b un PDF\tok\r\nfin")])
    assert report.ok, report.errors
    assert Fiche.objects.get().text == "Collé depuis un PDF\tok\nfin"


def test_an_impossible_status_change_is_a_row_error():
    staff = make_user("equipe")
    assert _import_json([_row()], staff).created == 1
    for status in ("draft", "review"):
        report = _import_json([_row(status=status, title="Autre titre")], staff)
        assert not report.ok
        assert [(e.line, e.field) for e in report.errors] == [(1, "status")]
        assert report.updated == 0
    fiche = Fiche.objects.get()
    assert fiche.status == Fiche.Status.PUBLISHED and fiche.title == "Fiche importée"


def test_files_larger_than_a_request_can_import_are_refused_whole():
    from clauses.catalogue import MAX_ROWS

    assert MAX_ROWS <= 1000
    report = _import_json([{} for _ in range(MAX_ROWS + 1)])
    assert len(report.errors) == 1
    assert "au plus" in report.errors[0].message and str(MAX_ROWS) in report.errors[0].message
    assert not Fiche.objects.exists()
