"""Bad input is refused with a message, never with a 500, and never writes anything."""

import json

import pytest
from django.urls import reverse

from apure.errors import DomainError
from clauses import services
from clauses.catalogue import catalogue_import
from clauses.models import Feedback, Fiche, Segment
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def _form_data(**extra):
    data = {
        "title": "Clause avec CPV",
        "summary": "Résumé.",
        "kind": Fiche.Kind.EXECUTION_CONDITION,
        "contract_type": Fiche.ContractType.WORKS,
        "level": Fiche.Level.BASE,
        "tender_document": Fiche.TenderDocument.CCAP,
        "text": "Le titulaire trie ses déchets.",
    }
    data.update(extra)
    return data


@pytest.mark.parametrize("codes", ["abc", "4532100", "45321000-3, 1", "45321000-33"])
def test_an_invalid_cpv_code_is_a_field_error_on_the_proposal_form(client_for, codes):
    client = client_for(make_user("expert"))
    response = client.post(reverse("clauses:propose"), _form_data(cpv_codes=codes))
    assert response.status_code == 400
    form = response.context["form"]
    assert "cpv_codes" in form.errors
    assert form.data["cpv_codes"] == codes  # the form is kept as typed
    assert Fiche.objects.count() == 0


def test_an_invalid_cpv_code_is_a_field_error_on_the_edit_form(client_for, make_fiche):
    expert = make_user("expert")
    fiche = make_fiche(status=Fiche.Status.DRAFT, author=expert, cpv_codes=["45321000-3"])
    response = client_for(expert).post(
        reverse("clauses:edit", args=[fiche.slug]), _form_data(cpv_codes="45321000-3, 1")
    )
    assert response.status_code == 400
    assert "cpv_codes" in response.context["form"].errors
    fiche.refresh_from_db()
    assert fiche.cpv_codes == ["45321000-3"]


def test_valid_cpv_codes_are_saved(client_for):
    client = client_for(make_user("expert"))
    empty = client.get(reverse("clauses:propose")).context["form"]["cpv_codes"].value()
    assert empty == ""
    response = client.post(reverse("clauses:propose"), _form_data(cpv_codes="45321000-3; 45000000"))
    assert response.status_code == 302
    fiche = Fiche.objects.get()
    assert fiche.cpv_codes == ["45321000-3", "45000000"]
    form = client.get(reverse("clauses:edit", args=[fiche.slug])).context["form"]
    assert form["cpv_codes"].value() == "45321000-3, 45000000"


def _row(**extra):
    row = {
        "slug": "clause-importee",
        "title": "Clause importée",
        "summary": "Résumé.",
        "kind": "execution_condition",
        "contract_type": "works",
        "level": "base",
        "tender_document": "CCAP",
        "text": "Le titulaire fait ceci.",
    }
    row.update(extra)
    return row


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"published_at": "2026-13-45"}, "published_at"),
        ({"published_at": "2026-13-45T10:00:00"}, "published_at"),
        ({"published_at": "0001-01-01"}, "published_at"),
        ({"published_at": "0001-01-01T00:00:00"}, "published_at"),
        ({"published_at": "9999-12-31T23:59:59"}, "published_at"),
        ({"status": "review", "text": ""}, "text"),
        ({"status": "published", "text": "  "}, "text"),
        ({"themes": [["x"]]}, "themes"),
        ({"themes": {"climat-energie": 1}}, "themes"),
        ({"segments": {"Travaux": "Bâtiment"}}, "segments"),
        ({"segments": [["Travaux"]]}, "segments"),
        ({"segments": [1]}, "segments"),
        ({"cpv_codes": {"a": "b"}}, "cpv_codes"),
        ({"title": ["x"]}, "title"),
        ({"slug": ["x"]}, "slug"),
        ({"status": ["published"]}, "status"),
        ({"status": {}}, "status"),
        ({"published_at": ["2026-01-01"]}, "published_at"),
    ],
)
def test_an_impossible_value_is_a_line_of_the_report(staff, extra, field):
    content = json.dumps([_row(**extra)]).encode()
    report = catalogue_import(name="c.json", content=content, by=staff)
    assert not report.ok
    assert field in [e.field for e in report.errors], report.errors
    assert all(e.line == 1 for e in report.errors)
    assert Fiche.objects.count() == 0
    assert Segment.objects.count() == 0


def test_an_impossible_date_in_a_csv_file_is_reported(staff_client_upload):
    response = staff_client_upload(
        "slug;title;summary;kind;contract_type;level;tender_document;text;published_at\n"
        "a;A;S;execution_condition;works;base;CCAP;Texte;2026-13-45\n"
    )
    assert response.status_code == 400
    assert "published_at" in response.content.decode()
    assert Fiche.objects.count() == 0


@pytest.fixture
def staff_client_upload(client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = client_for(make_user("equipe"))

    def upload(text: str, name: str = "c.csv"):
        return client.post(
            reverse("clauses:catalogue_import"),
            {"file": SimpleUploadedFile(name, text.encode(), content_type="text/csv")},
        )

    return upload


def test_a_plain_date_is_accepted_as_the_publication_day(staff):
    report = catalogue_import(
        name="c.json", content=json.dumps([_row(published_at="2025-03-04")]).encode(), by=staff
    )
    assert report.ok, report.errors
    fiche = Fiche.objects.get()
    assert fiche.published_at.year == 2025 and fiche.is_published


@pytest.mark.parametrize("value", [1, ["Travaux"], None, {"a": 1}])
def test_a_segment_is_never_created_from_a_non_string(value):
    with pytest.raises(DomainError):
        services.segment_ensure(parent_name=value)
    with pytest.raises(DomainError):
        services.segment_ensure(parent_name="Travaux", name=value or 2)
    assert Segment.objects.count() == 0


def test_an_unknown_moderation_decision_is_refused(client_for, make_fiche, buyer):
    fiche = make_fiche()
    feedback = services.feedback_submit(fiche=fiche, by=buyer, used_in_contract=True)
    client = client_for(make_user("equipe"))
    url = reverse("clauses:feedback_moderate", args=[feedback.pk])
    for decision in ["", "rejet", "APPROVE", None]:
        data = {} if decision is None else {"decision": decision}
        response = client.post(url, data)
        assert response.status_code == 400
        feedback.refresh_from_db()
        assert feedback.status == Feedback.Status.PENDING
    assert client.post(url, {"decision": "reject"}).status_code == 302
    feedback.refresh_from_db()
    assert feedback.status == Feedback.Status.REJECTED


def test_the_moderation_service_refuses_an_unknown_decision(make_fiche, buyer, staff):
    fiche = make_fiche()
    feedback = services.feedback_submit(fiche=fiche, by=buyer, used_in_contract=True)
    with pytest.raises(DomainError):
        services.feedback_moderate(feedback=feedback, by=staff, decision="maybe")
    feedback.refresh_from_db()
    assert feedback.status == Feedback.Status.PENDING


def test_a_session_counts_one_copy_per_fiche_per_day(client, make_fiche, time_machine=None):
    from datetime import timedelta
    from unittest import mock

    from django.utils import timezone

    fiche = make_fiche()
    other = make_fiche()
    url = reverse("clauses:copy", args=[fiche.slug])
    for _ in range(3):
        assert client.post(url).status_code == 204
    assert client.post(reverse("clauses:copy", args=[other.slug])).status_code == 204
    fiche.refresh_from_db()
    other.refresh_from_db()
    assert (fiche.copy_count, other.copy_count) == (1, 1)
    tomorrow = timezone.now() + timedelta(days=1)
    with mock.patch("django.utils.timezone.now", return_value=tomorrow):
        assert client.post(url).status_code == 204
    fiche.refresh_from_db()
    assert fiche.copy_count == 2
    from django.test import Client

    Client().post(url)  # another visitor
    fiche.refresh_from_db()
    assert fiche.copy_count == 3


@pytest.fixture
def admin_client(client_for):
    return client_for(make_user("equipe", is_staff=True, is_superuser=True))


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:clauses_fiche_changelist",
        "admin:clauses_segment_changelist",
        "admin:clauses_theme_changelist",
    ],
)
@pytest.mark.parametrize("query", ["q=%00", "q=a%00b", "q=%00&status=published"])
def test_admin_search_with_a_nul_byte_answers(admin_client, make_fiche, url_name, query):
    make_fiche()
    response = admin_client.get(reverse(url_name) + "?" + query, follow=True)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "published_at__year=99999",
        "published_at__year=-1",
        "published_at__year=abc",
        "published_at__gte=0001-01-01",
        "published_at__lte=9999-12-31",
        "published_at__year=2026&published_at__month=13",
        "created_at__year=99999999999999999999",
        "published_at__day=400",
    ],
)
def test_admin_out_of_range_date_filters_answer(admin_client, make_fiche, query):
    make_fiche()
    response = admin_client.get(
        reverse("admin:clauses_fiche_changelist") + "?" + query, follow=True
    )
    assert response.status_code == 200
