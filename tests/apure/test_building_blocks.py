"""The building blocks every app uses: permission helpers, safe redirects, exports, private
files, the registry. Tested here once, through small views and the clause library's pages."""

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404, HttpResponse
from django.test import RequestFactory
from openpyxl import load_workbook

from apure import exports, files
from apure.errors import DomainError, form_error_from
from apure.http import (
    PermissionRequiredMixin,
    get_for_user_or_404,
    permission_required,
    safe_next,
)
from apure.models import AuditEntry, Organisation
from tests.factories import make_user

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\0" * 40
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\0" * 200


def _request(user=None, method="get", path="/page/", data=None):
    from django.contrib.auth.models import AnonymousUser

    factory = RequestFactory()
    request = getattr(factory, method)(path, data or {})
    request.user = user or AnonymousUser()
    return request


# Permissions


@permission_required("apure.manage_roles")
def _staff_view(request):
    return HttpResponse("ok")


class _StaffView(PermissionRequiredMixin):
    permission = "apure.manage_roles"

    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)


class _Base:
    def dispatch(self, request, *args, **kwargs):
        return HttpResponse("ok")


class _StaffClassView(PermissionRequiredMixin, _Base):
    permission = "apure.manage_roles"


@pytest.mark.parametrize("view", [_staff_view, lambda r: _StaffClassView().dispatch(r)])
def test_a_visitor_goes_to_the_login_page_and_a_buyer_gets_a_403(view):
    response = view(_request(path="/compte/roles/?q=x"))
    assert response.status_code == 302
    assert response["Location"].startswith("/comptes/login/?next=/compte/roles/")
    with pytest.raises(PermissionDenied):
        view(_request(make_user("acheteur")))
    assert view(_request(make_user("equipe"))).status_code == 200


def test_a_form_posted_by_a_visitor_comes_back_to_the_page_it_names():
    request = _request(method="post", path="/clauses/x/publier/", data={"next": "/clauses/x/"})
    response = _staff_view(request)
    assert response["Location"] == "/comptes/login/?next=/clauses/x/"


def test_what_a_user_may_not_see_is_a_404_like_what_does_not_exist():
    other = Organisation.objects.create(
        name="Autre", siret="21591000100019", kind="commune", departement="59"
    )
    buyer, staff = make_user("acheteur"), make_user("equipe")
    queryset = Organisation.objects.all()
    with pytest.raises(Http404):
        get_for_user_or_404(queryset, user=buyer, perm="apure.manage_roles", pk=other.pk)
    with pytest.raises(Http404):
        get_for_user_or_404(queryset, user=staff, perm="apure.manage_roles", pk=0)
    with pytest.raises(Http404):
        get_for_user_or_404(queryset, user=staff, perm="apure.manage_roles", pk="abc")
    assert get_for_user_or_404(Organisation, user=staff, perm="apure.manage_roles", pk=other.pk)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/clauses/?q=b%C3%A9ton", "/clauses/?q=b%C3%A9ton"),
        ("abc", "/clauses/selection/"),
        ("0", "/clauses/selection/"),
        ("%", "/clauses/selection/"),
        ("//evil.example/x", "/clauses/selection/"),
        ("https://evil.example/", "/clauses/selection/"),
        ("/\\evil.example", "/clauses/selection/"),
        ("", "/clauses/selection/"),
    ],
)
def test_next_accepts_only_a_path_of_this_site(value, expected):
    request = _request(method="post", data={"next": value})
    assert safe_next(request, "clauses:selection") == expected


@pytest.mark.parametrize("value", ["abc", "0", "%", "javascript:alert(1)"])
@pytest.mark.parametrize("url", ["/clauses/selection/ajouter/", "/clauses/selection/retirer/"])
def test_a_strange_next_never_gives_a_500(client, url, value):
    from tests.clauses.conftest import build_fiche

    fiche = build_fiche(title="Clause pour la sélection")
    response = client.post(url, {"fiche": fiche.slug, "next": value})
    assert response.status_code == 302
    assert response["Location"] == "/clauses/selection/"


def test_a_domain_error_becomes_the_error_of_its_field():
    from django import forms

    class F(forms.Form):
        subject = forms.CharField()

    form = F({"subject": "x"})
    form.is_valid()
    form_error_from(form, DomainError("Sujet déjà pris.", field="subject"))
    form_error_from(form, DomainError("Refus général.", field="inconnu"))
    assert form.errors["subject"] == ["Sujet déjà pris."]
    assert form.non_field_errors() == ["Refus général."]


# Exports

COLUMNS = [
    exports.Column("ref", "Référence"),
    exports.Column("text", "Question"),
    exports.Column("when", "Reçue le"),
    exports.Column("day", "Jour"),
    exports.Column("minutes", "Minutes"),
]
ROWS = [
    {
        "ref": "GV-2026-0001",
        "text": '=HYPERLINK("http://evil")',
        "when": dt.datetime(2026, 11, 3, 8, 30, tzinfo=dt.UTC),
        "day": dt.date(2026, 11, 3),
        "minutes": 45,
    },
    {"ref": "GV-2026-0002", "text": "+33 6 00", "when": None, "day": None, "minutes": 0},
    {"ref": "GV-2026-0003", "text": "@SUM(A1)", "when": None, "day": None, "minutes": 5},
    {"ref": "GV-2026-0004", "text": "-1+1", "when": None, "day": None, "minutes": 5},
    {"ref": "GV-2026-0005", "text": "\tcmd", "when": None, "day": None, "minutes": 5},
    {"ref": "GV-2026-0006", "text": "\rcmd", "when": None, "day": None, "minutes": 5},
    {"ref": "GV-2026-0007", "text": "Béton; « chanvre »", "when": None, "day": None, "minutes": 5},
]


def test_csv_opens_in_french_spreadsheets_and_runs_no_formula():
    content = exports.csv_bytes(COLUMNS, ROWS)
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Référence", "Question", "Reçue le", "Jour", "Minutes"]
    texts = [row[1] for row in rows[1:]]
    assert texts[:6] == [
        '\'=HYPERLINK("http://evil")',
        "'+33 6 00",
        "'@SUM(A1)",
        "'-1+1",
        "'\tcmd",
        "'\rcmd",
    ]
    assert texts[6] == "Béton; « chanvre »"
    assert rows[1][2] == "03/11/2026 09:30"  # Europe/Paris
    assert rows[1][4] == "45"


def test_xlsx_keeps_text_as_text_and_dates_as_dates():
    book = load_workbook(io.BytesIO(exports.xlsx_bytes(COLUMNS, ROWS, title="Demandes")))
    sheet = book["Demandes"]
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == ["Référence", "Question", "Reçue le", "Jour", "Minutes"]
    assert sheet["B2"].value == '\'=HYPERLINK("http://evil")'
    assert sheet["B2"].data_type == "s"
    assert sheet["C2"].value == dt.datetime(2026, 11, 3, 9, 30)
    assert sheet["D2"].value == dt.datetime(2026, 11, 3, 0, 0)
    assert sheet["D2"].number_format == "DD/MM/YYYY"
    assert sheet["E2"].value == 45
    assert sheet.column_dimensions["A"].width == 20


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_staff_export_is_streamed_never_cached_and_audited(fmt):
    staff = make_user("equipe")
    request = _request(staff, path="/x/", data={"etat": "nouvelle", "mois": "2026-11"})
    response = exports.export_response(
        request,
        fmt=fmt,
        name="demandes été",
        columns=COLUMNS,
        rows=iter(ROWS),
        what="test.requests",
        filters=request.GET,
    )
    assert response.streaming
    assert "no-store" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "filename*=UTF-8''demandes%20%C3%A9t%C3%A9-" in response["Content-Disposition"]
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf" if fmt == "csv" else b"PK")
    entry = AuditEntry.objects.get(action="export")
    assert entry.actor == staff
    assert entry.data["what"] == "test.requests"
    assert entry.data["filters"] == {"etat": ["nouvelle"], "mois": ["2026-11"]}


# Private files


def test_an_executable_renamed_pdf_is_refused_with_the_fields_error():
    field = files.UploadField()
    with pytest.raises(ValidationError) as error:
        field.clean(SimpleUploadedFile("devis.pdf", EXE, content_type="application/pdf"))
    assert "devis.pdf" in error.value.messages[0]
    assert "n’est pas un document accepté" in error.value.messages[0]


def test_size_and_number_of_files_are_capped():
    field = files.MultipleUploadField(max_files=2, max_size=100)
    with pytest.raises(ValidationError) as error:
        field.clean([SimpleUploadedFile("gros.pdf", PDF + b" " * 200)])
    assert "trop volumineux" in error.value.messages[0]
    with pytest.raises(ValidationError) as error:
        field.clean([SimpleUploadedFile(f"{i}.pdf", PDF) for i in range(3)])
    assert "2 fichiers au plus" in error.value.messages[0]
    cleaned = field.clean([SimpleUploadedFile("a.pdf", PDF), SimpleUploadedFile("b.png", PNG)])
    assert [f.name for f in cleaned] == ["a.pdf", "b.png"]


def test_the_kind_is_decided_by_the_content_not_the_name():
    assert files.detect_kind(SimpleUploadedFile("photo.pdf", PNG)).extension == "png"
    assert files.detect_kind(SimpleUploadedFile("note.txt", PDF)).extension == "pdf"
    assert files.detect_kind(SimpleUploadedFile("x.pdf", b"hello")) is None


def test_private_storage_has_no_url_and_lives_outside_static(settings):
    assert not str(settings.PRIVATE_MEDIA_ROOT).startswith(str(settings.STATIC_ROOT))
    with pytest.raises(ValueError):
        files.private_storage.url("x.pdf")


def test_the_download_is_an_attachment_with_its_name_and_never_sniffed(settings, tmp_path):
    class Doc(files.PrivateFile):
        class Meta:
            app_label = "apure"
            managed = False

    doc = Doc(original_name="Cahier des charges été.pdf", content_kind="pdf", size=len(PDF))
    doc.file.save("x.pdf", SimpleUploadedFile("x.pdf", PDF), save=False)
    assert "Cahier" not in doc.file.name and doc.file.name.endswith(".pdf")
    assert (settings.PRIVATE_MEDIA_ROOT / doc.file.name).exists()
    response = files.private_file_response(doc)
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Disposition"].startswith('attachment; filename="Cahier')
    assert (
        "filename*=UTF-8''Cahier%20des%20charges%20%C3%A9t%C3%A9.pdf"
        in (response["Content-Disposition"])
    )
    assert b"".join(response.streaming_content) == PDF
    response.close()


# Registry, site URL, caching headers


def test_the_home_page_shows_the_cards_the_apps_registered(client):
    from apure.registry import ServiceCard, registry

    page = client.get("/").content.decode()
    assert "La Clause Verte" in page
    card = ServiceCard("test", "Service de test", "Décrit ici.", "apure:home", 99)
    registry.add_service(card)
    try:
        assert "Service de test" in client.get("/").content.decode()
    finally:
        registry.services.remove(card)
    assert "Service de test" not in client.get("/").content.decode()
    # An app registered without its pages (not installed in this deployment) shows nothing.
    card = ServiceCard("absent", "Service absent", "Pas installé.", "absent:index", 98)
    registry.add_service(card)
    try:
        response = client.get("/")
    finally:
        registry.services.remove(card)
    assert response.status_code == 200
    assert "Service absent" not in response.content.decode()


def test_links_follow_the_address_the_request_came_in_on(client, settings):
    from django.template import Context, Template

    settings.SITE_URL = ""
    response = client.get("/", HTTP_HOST="127.0.0.1:8100")
    assert response.context["site_url"] == "http://127.0.0.1:8100"
    settings.SITE_URL = "https://achats-durables.example.fr"
    response = client.get("/", HTTP_HOST="127.0.0.1:8100")
    assert response.context["site_url"] == "https://achats-durables.example.fr"
    assert Template("{{ 1 }}").render(Context()) == "1"


@pytest.mark.parametrize(
    "url", ["/compte/", "/tableau-de-bord/", "/compte/mes-donnees.json", "/clauses/selection/"]
)
def test_a_signed_in_persons_pages_are_never_stored(client, url):
    client.force_login(make_user("acheteur"))
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_public_pages_for_visitors_may_be_cached(client):
    assert "no-store" not in client.get("/clauses/").get("Cache-Control", "")


def test_french_dates_in_paris():
    when = dt.datetime(2022, 11, 22, 8, 30, tzinfo=dt.UTC).astimezone(ZoneInfo("Europe/Paris"))
    assert when.hour == 9


def test_asking_a_rule_costs_no_permission_query(django_assert_num_queries):
    """Rules are decided in Python; the model backend is not asked about them."""
    buyer = make_user("acheteur")
    buyer.role_names  # noqa: B018  (roles are read once per request anyway)
    with django_assert_num_queries(0):
        assert not buyer.has_perm("apure.manage_roles")
        assert buyer.has_perm("apure.view_dashboard")


def test_staff_keep_the_admin_permissions_of_the_apps():
    staff = make_user("equipe")
    staff.is_staff = True
    staff.save()
    assert staff.has_perm("apure.view_organisation")
    assert not staff.has_perm("apure.change_user")


def test_the_second_factor_is_looked_up_once_per_session(client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(make_user("conseiller"))
    client.get("/tableau-de-bord/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/tableau-de-bord/")
    assert not [q for q in queries.captured_queries if "mfa_authenticator" in q["sql"]]


@pytest.mark.parametrize("value", ["9" * 40, "-1", "abc", "1.5", "١٢"])
def test_a_key_the_database_cannot_hold_is_an_unknown_choice(value):
    from apure.fields import ModelChoiceField, ModelMultipleChoiceField

    single = ModelChoiceField(queryset=Organisation.objects.all())
    several = ModelMultipleChoiceField(queryset=Organisation.objects.all())
    with pytest.raises(ValidationError):
        single.clean(value)
    with pytest.raises(ValidationError):
        several.clean([value])


def test_a_menu_item_shows_its_count_for_the_person(client):
    from apure.registry import NavItem, registry

    item = NavItem("À relire", "apure:contact", 99, badge=lambda user: 7)
    registry.add_nav_item(item)
    try:
        page = client.get("/").content.decode()
    finally:
        registry.nav_items.remove(item)
    assert (
        'À relire <span class="nav-badge">7<span class="visually-hidden"> en attente</span>' in page
    )


def test_text_a_spreadsheet_cannot_hold_is_cleaned_not_fatal():
    rows = [{"ref": "GV-1", "text": "ligne1\x0bligne2\x01", "minutes": 1}]
    book = load_workbook(io.BytesIO(exports.xlsx_bytes(COLUMNS, rows)))
    assert book.active["B2"].value == "ligne1ligne2"


def test_the_download_name_fallback_keeps_printable_characters_only():
    header = exports.attachment_disposition('rapport\t"été"\x00.pdf')
    assert header.startswith('attachment; filename="rapportt.pdf"')


def test_a_bound_instance_is_a_valid_choice():
    from apure.fields import ModelChoiceField

    organisation = Organisation.objects.create(
        name="Mairie", siret="21591000100019", kind="commune", departement="59"
    )
    field = ModelChoiceField(queryset=Organisation.objects.all(), disabled=True)
    assert field.clean(organisation) == organisation


def test_a_value_computed_during_a_batch_of_writes_is_not_kept():
    from apure.caching import bumps_batched, cached, namespace_bump

    with bumps_batched():
        namespace_bump("lot-en-cours")
        assert cached("lot-en-cours", "k", lambda: "pendant") == "pendant"
    assert cached("lot-en-cours", "k", lambda: "après") == "après"
