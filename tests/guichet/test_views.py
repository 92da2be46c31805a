"""The pages through the client: the request form, the buyer's side, the advisors' side."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from apure.models import AuditEntry
from guichet import services
from guichet.models import Attachment, Message, Request
from tests.factories import make_user
from tests.guichet.conftest import exe, pdf, submit

pytestmark = pytest.mark.django_db

NOTE = "Note interne : ne pas citer le nom du fournisseur actuel."


def form_data(client, **extra):
    page = client.get("/guichet-vert/").content.decode()
    token = re.search(r'name="token" value="([0-9a-f-]+)"', page).group(1)
    data = {
        "token": token,
        "kind": "project",
        "subject": "Critères pour la restauration scolaire",
        "question": "Nous relançons notre marché de restauration scolaire : quels critères ?",
        "segment": "",
        "channel": "phone",
        "availability": "Mardi matin",
    }
    data.update(extra)
    return data


def test_a_buyer_submits_with_an_attachment_and_sees_the_reference(client_for, buyer):
    client = client_for(buyer)
    response = client.post("/guichet-vert/", form_data(client, attachments=[pdf()]), follow=True)
    request = Request.objects.get()
    assert response.redirect_chain[-1][0] == request.get_absolute_url()
    page = response.content.decode()
    assert request.reference in page and "est enregistrée sous la référence" in page
    assert Attachment.objects.get().original_name == "cahier-des-charges.pdf"
    assert any(request.reference in m.subject and m.to == [buyer.email] for m in mail.outbox)
    download = client.get(f"{request.get_absolute_url()}pieces/{Attachment.objects.get().pk}/")
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_a_double_submit_creates_one_request(client_for, buyer):
    client = client_for(buyer)
    data = form_data(client)
    first = client.post("/guichet-vert/", data)
    second = client.post("/guichet-vert/", data, follow=True)
    assert first.status_code == 302
    assert Request.objects.count() == 1
    assert "déjà été envoyée" in second.content.decode()


@pytest.mark.parametrize(
    ("upload", "error"),
    [
        (lambda: exe(), "pas un document accepté"),
        (lambda: pdf(content=b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024 + 1)), "trop volumineux"),
    ],
    ids=["disguised-executable", "oversized"],
)
def test_bad_files_are_refused_and_the_form_is_kept(client_for, buyer, upload, error):
    client = client_for(buyer)
    response = client.post("/guichet-vert/", form_data(client, attachments=[upload()]))
    assert response.status_code == 400
    page = response.content.decode()
    assert error in page
    assert "Nous relançons notre marché de restauration scolaire" in page
    assert not Request.objects.exists()


@pytest.mark.parametrize(
    ("question", "error"), [("", "Ce champ est obligatoire"), ("x" * 10_001, "10000 caractères")]
)
def test_empty_or_too_long_question(client_for, buyer, question, error):
    client = client_for(buyer)
    response = client.post("/guichet-vert/", form_data(client, question=question))
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Request.objects.exists()


def test_six_files_are_refused(client_for, buyer):
    client = client_for(buyer)
    files = [pdf(f"doc{i}.pdf") for i in range(6)]
    response = client.post("/guichet-vert/", form_data(client, attachments=files))
    assert response.status_code == 400 and not Request.objects.exists()


def test_a_visitor_signs_in_and_finds_their_question_back(client, buyer):
    data = form_data(client, subject="SPASER de notre EPCI", kind="strategy")
    response = client.post("/guichet-vert/", data)
    assert response.status_code == 302 and "/comptes/" in response["Location"]
    assert "next=/guichet-vert/" in response["Location"].replace("%2F", "/")
    assert not Request.objects.exists()
    client.force_login(buyer)
    page = client.get("/guichet-vert/").content.decode()
    assert 'value="SPASER de notre EPCI"' in page
    assert "Nous relançons notre marché" in page
    assert re.search(r'value="strategy"[^>]*checked', page)


def test_an_advisor_takes_logs_time_answers_and_closes(client_for, advisor):
    request = submit(make_user("acheteur"))
    url = request.get_absolute_url()
    client = client_for(advisor)
    assert client.post(f"{url}prendre/").status_code == 302
    response = client.post(
        f"{url}temps/",
        {
            "date": timezone.localdate().isoformat(),
            "minutes": "45",
            "channel": "phone",
            "note": "Appel",
        },
        follow=True,
    )
    assert "45 minutes saisies" in response.content.decode()
    client.post(f"{url}note/", {"body": NOTE})
    client.post(f"{url}repondre/", {"body": "Trois critères : bio, circuits courts, gaspillage."})
    response = client.post(f"{url}cloturer/", {"summary": "Critères proposés."}, follow=True)
    assert "La demande est close" in response.content.decode()
    request.refresh_from_db()
    assert request.state == "closed" and request.time_entries.get().minutes == 45


def test_the_buyer_never_sees_internal_notes(client_for, advisor):
    buyer = make_user("acheteur")
    request = submit(buyer)
    services.request_take(request=request, by=advisor)
    services.message_post(request=request, by=advisor, body=NOTE, internal=True)
    services.message_post(request=request, by=advisor, body="Réponse publique")
    page = client_for(buyer).get(request.get_absolute_url()).content.decode()
    assert "Réponse publique" in page and NOTE not in page and "Note interne" not in page
    client_for(advisor)
    assert NOTE in client_for(advisor).get(request.get_absolute_url()).content.decode()


def test_the_buyer_replies_rates_and_withdraws(client_for, advisor):
    buyer = make_user("acheteur")
    request = submit(buyer)
    services.request_take(request=request, by=advisor)
    services.message_post(request=request, by=advisor, body="Réponse")
    client = client_for(buyer)
    url = request.get_absolute_url()
    client.post(f"{url}repondre/", {"body": "Merci, et pour le pain ?"})
    request.refresh_from_db()
    assert request.state == "in_progress"
    assert Message.objects.filter(request=request, from_requester=True).exists()
    services.message_post(request=request, by=advisor, body="Pain bio local.")
    services.request_close(request=request, by=advisor, summary="Synthèse")
    response = client.post(f"{url}evaluer/", {"rating": "4", "comment": "Clair"}, follow=True)
    assert "Merci pour votre évaluation" in response.content.decode()
    request.refresh_from_db()
    assert request.rating == 4
    other = submit(buyer)
    client.post(f"{other.get_absolute_url()}retirer/")
    other.refresh_from_db()
    assert other.state == "withdrawn"


def test_an_empty_reply_shows_the_page_with_the_error(client_for, advisor):
    request = submit(make_user("acheteur"))
    services.request_take(request=request, by=advisor)
    response = client_for(advisor).post(f"{request.get_absolute_url()}repondre/", {"body": " "})
    assert response.status_code == 400
    assert "error-summary" in response.content.decode()


def test_the_queue_sorts_overdue_then_unassigned_and_filters(client_for, advisor):
    import datetime as dt

    old = submit(make_user("acheteur"), kind="strategy")
    Request.objects.filter(pk=old.pk).update(created_at=dt.datetime(2026, 11, 2, tzinfo=dt.UTC))
    taken = submit(make_user("acheteur"))
    services.request_take(request=taken, by=advisor)
    fresh = submit(make_user("acheteur"))
    client = client_for(advisor)
    page = client.get("/guichet-vert/file/").content.decode()
    positions = [page.index(r.reference) for r in (old, fresh, taken)]
    assert positions == sorted(positions)
    assert "queue-overdue" in page
    page = client.get("/guichet-vert/file/?kind=strategy").content.decode()
    assert old.reference in page and fresh.reference not in page
    page = client.get("/guichet-vert/file/?assignee=me").content.decode()
    assert taken.reference in page and fresh.reference not in page
    page = client.get("/guichet-vert/file/?age=overdue").content.decode()
    assert old.reference in page and fresh.reference not in page
    htmx = client.get(
        "/guichet-vert/file/?kind=strategy", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="queue-region"
    )
    assert htmx.content.decode().startswith('<div id="queue-region"')


def test_the_queue_figures_follow_every_change_at_once(client_for, advisor):
    def figures(page):
        return re.findall(r"<li><strong>(\d+)</strong> ([^<]+)</li>", page)[:3]

    client = client_for(advisor)
    first = submit(make_user("acheteur"))
    page = client.get("/guichet-vert/file/").content.decode()
    assert figures(page)[0] == ("1", "non attribuées") and figures(page)[2][0] == "0"
    second = submit(make_user("acheteur"))
    assert figures(client.get("/guichet-vert/file/").content.decode())[0][0] == "2"
    services.request_take(request=first, by=advisor)
    page = client.get("/guichet-vert/file/").content.decode()
    assert figures(page)[0][0] == "1" and figures(page)[2] == ("1", "ouvertes et attribuées à moi")
    other = client_for(make_user("conseiller"))
    assert figures(other.get("/guichet-vert/file/").content.decode())[2][0] == "0"
    assert second.reference in page


def test_the_second_advisor_is_told_who_took_it(client_for, advisor):
    request = submit(make_user("acheteur"))
    services.request_take(request=request, by=advisor)
    response = client_for(make_user("conseiller")).post(
        f"{request.get_absolute_url()}prendre/", {"next": "/guichet-vert/file/"}, follow=True
    )
    assert "Déjà prise par Thomas Leroy" in response.content.decode()


def test_assign_suggests_by_segment_and_load(client_for, advisor, expert, segment):
    past = submit(make_user("acheteur"), segment=segment)
    services.request_assign(request=past, by=advisor, assignee=expert)
    services.message_post(request=past, by=expert, body="Réponse d'experte")
    request = submit(make_user("acheteur"), segment=segment)
    page = client_for(advisor).get(request.get_absolute_url()).content.decode()
    options = re.findall(r'<option value="(\d+)"', page)
    assert options[0] == str(expert.pk)
    response = client_for(advisor).post(
        f"{request.get_absolute_url()}attribuer/", {"assignee": expert.pk}, follow=True
    )
    assert "Demande attribuée à Nadia Benali" in response.content.decode()


def test_capitalise_edit_and_publish_a_qa_shown_on_the_fiche(client_for, closed):
    from django.utils import timezone

    from clauses.models import Fiche

    fiche = Fiche.objects.create(
        slug="pain-bio",
        title="Pain bio local",
        kind="award_criterion",
        contract_type="supplies",
        level="base",
        tender_document="CCTP",
        text="x",
        status="published",
        published_at=timezone.now(),
    )
    staff = make_user("equipe")
    client = client_for(staff)
    response = client.post(f"{closed.get_absolute_url()}capitaliser/")
    edit_url = response["Location"]
    assert "/faq/" in edit_url
    response = client.post(
        edit_url,
        {
            "title": "Quelle part de bio en restauration scolaire ?",
            "kind": "project",
            "question": "Une commune rurale relance son marché de restauration…",
            "answer": "La loi EGalim impose 50 % de produits durables dont 20 % de bio.",
            "fiches": [fiche.pk],
            "publish": "1",
        },
        follow=True,
    )
    page = response.content.decode()
    assert "Quelle part de bio" in page and closed.reference not in page
    faq = client_for(None)
    client.logout()
    public = faq.get("/guichet-vert/faq/?q=egalim").content.decode()
    assert "Quelle part de bio" in public and closed.reference not in public
    fiche_page = faq.get(f"/clauses/{fiche.slug}/").content.decode()
    assert "Quelle part de bio" in fiche_page


def test_statistics_count_the_advice_and_exports_open(client_for, closed):
    import io

    from openpyxl import load_workbook

    services.time_entry_create(
        request=closed,
        by=closed.assignee,
        date=timezone.localdate(closed.created_at),
        minutes=45,
        channel="phone",
    )
    services.message_post(request=closed, by=closed.assignee, body=NOTE, internal=True)
    staff = make_user("equipe")
    client = client_for(staff)
    page = client.get("/guichet-vert/statistiques/").content.decode()
    assert "<svg viewBox" in page and 'id="months-table"' in page
    assert "Thomas Leroy" in page and "45" in page
    response = client.get("/guichet-vert/statistiques/export/demandes.xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "Référence" and rows[1][0] == closed.reference
    assert rows[1][rows[0].index("Minutes passées")] == 45
    assert all(NOTE not in str(cell) for row in rows for cell in row)
    csv = b"".join(client.get("/guichet-vert/statistiques/export/temps.csv").streaming_content)
    text = csv.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Référence;Date;Conseiller")
    assert closed.reference in text
    assert AuditEntry.objects.filter(action="export").count() == 2


def test_time_entry_correction_same_day_by_its_author(client_for, answered, advisor):
    entry = services.time_entry_create(
        request=answered,
        by=advisor,
        date=timezone.localdate(answered.created_at),
        minutes=30,
        channel="visio",
    )
    url = f"{answered.get_absolute_url()}temps/{entry.pk}/"
    assert client_for(make_user("conseiller")).get(url).status_code == 403
    client = client_for(advisor)
    assert client.get(url).status_code == 200
    client.post(url, {"date": entry.date.isoformat(), "minutes": "40", "channel": "visio"})
    entry.refresh_from_db()
    assert entry.minutes == 40


def test_the_cached_queue_shows_every_change_at_once(client_for, advisor):
    client = client_for(advisor)
    first = submit(make_user("acheteur"))
    assert first.reference in client.get("/guichet-vert/file/").content.decode()
    second = submit(make_user("acheteur"))
    page = client.get("/guichet-vert/file/").content.decode()
    assert second.reference in page
    services.request_take(request=first, by=advisor)
    page = client.get("/guichet-vert/file/?state=new").content.decode()
    assert first.reference not in page and second.reference in page
    # The page's own CSRF token, never a cached one.
    assert 'name="csrfmiddlewaretoken"' in page and "guichet-csrf" not in page
