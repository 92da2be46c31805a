"""Guichet Vert in Chromium: a buyer asks with an attachment and gets a reference; an advisor
takes it, logs 45 minutes by phone and answers; the buyer reads and rates; staff publish the
Q&A; the statistics count it and the XLSX opens. Every page passes axe and fits a phone."""

import io
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from guichet import services
from guichet.models import QA, Request
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.e2e

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def people(transactional_db):
    return {
        "buyer": make_user("acheteur", first_name="Camille", last_name="Lefebvre"),
        "advisor": make_user("conseiller", first_name="Thomas", last_name="Leroy"),
        "staff": make_user("equipe", first_name="Claire", last_name="Dupont"),
    }


def test_the_whole_journey(live_server, browser, login, people, tmp_path):
    from openpyxl import load_workbook

    base = live_server.url
    buyer_page = browser.new_page(locale="fr-FR")
    login(buyer_page, people["buyer"])
    buyer_page.goto(f"{base}/guichet-vert/")
    expect(buyer_page.get_by_role("heading", level=1)).to_have_text("Guichet Vert")
    buyer_page.get_by_label("Expertise sur un projet").check()
    buyer_page.locator("#id_subject").fill("Critères pour la restauration scolaire")
    buyer_page.locator("#id_question").fill(
        "Nous relançons notre marché de restauration scolaire : quels critères pour 50 % de "
        "produits durables ?"
    )
    buyer_page.get_by_label("Téléphone").check()
    buyer_page.locator("#id_availability").fill("Mardi matin")
    attachment = tmp_path / "cahier-des-charges.pdf"
    attachment.write_bytes(PDF)
    buyer_page.locator("#id_attachments").set_input_files(str(attachment))
    buyer_page.get_by_role("button", name="Envoyer ma question").click()
    year = timezone.localdate().year
    expect(buyer_page.locator(".messages")).to_contain_text(f"GV-{year}-0001")
    expect(buyer_page.get_by_role("link", name="cahier-des-charges.pdf")).to_be_visible()
    request = Request.objects.get()

    advisor_page = browser.new_page(locale="fr-FR")
    login(advisor_page, people["advisor"])
    advisor_page.goto(f"{base}/guichet-vert/file/")
    item = advisor_page.locator(".queue-item", has_text=request.reference)
    item.get_by_role("button", name=re.compile("Je prends")).click()
    expect(advisor_page.locator(".messages")).to_contain_text("Vous avez pris la demande")
    advisor_page.goto(f"{base}{request.get_absolute_url()}")
    time_form = advisor_page.locator("#temps form")
    time_form.get_by_label("Minutes").fill("45")
    time_form.get_by_label("Canal").select_option("phone")
    time_form.get_by_role("button", name="Saisir ce temps").click()
    expect(advisor_page.locator(".messages")).to_contain_text("45 minutes saisies")
    advisor_page.get_by_label("Note interne").fill("Note interne : déjà conseillée en 2025.")
    advisor_page.get_by_role("button", name="Enregistrer la note").click()
    advisor_page.get_by_label("Votre réponse").fill(
        "Loi EGalim : 50 % de produits durables dont 20 % de bio. Critère de notation proposé."
    )
    advisor_page.get_by_role("button", name="Envoyer la réponse").click()
    expect(advisor_page.locator(".messages")).to_contain_text("Votre réponse a été envoyée")

    buyer_page.reload()
    expect(buyer_page.locator(".exchange")).to_contain_text("Loi EGalim")
    expect(buyer_page.locator(".exchange")).not_to_contain_text("déjà conseillée")

    advisor_page.get_by_label("Synthèse de la réponse").fill(
        "EGalim : 50 % durables dont 20 % bio ; critère de notation sur les circuits courts."
    )
    advisor_page.get_by_role("button", name="Clore la demande").click()
    expect(advisor_page.locator(".messages")).to_contain_text("La demande est close")

    buyer_page.reload()
    buyer_page.get_by_label("5", exact=True).check()
    buyer_page.get_by_label("Commentaire (facultatif)").fill("Très clair, merci.")
    buyer_page.get_by_role("button", name="Envoyer ma note").click()
    expect(buyer_page.locator(".messages")).to_contain_text("Merci pour votre évaluation")

    staff_page = browser.new_page(locale="fr-FR", accept_downloads=True)
    login(staff_page, people["staff"])
    staff_page.goto(f"{base}{request.get_absolute_url()}")
    staff_page.get_by_role("button", name="En faire une question-réponse").click()
    staff_page.get_by_label("Titre").fill("Quelle part de bio en restauration scolaire ?")
    staff_page.get_by_role("button", name="Enregistrer et publier").click()
    expect(staff_page.locator(".messages")).to_contain_text("publiée")
    assert QA.objects.get().status == "published"
    staff_page.goto(f"{base}/guichet-vert/faq/?q=bio")
    expect(staff_page.locator(".qa-list")).to_contain_text("Quelle part de bio")

    staff_page.goto(f"{base}/guichet-vert/statistiques/")
    month = timezone.localdate().strftime("%m")
    expect(staff_page.locator("#months-table")).to_contain_text("décembre" if month == "12" else "")
    assert staff_page.locator("#months-table tbody tr").last.locator("td").first.inner_text() == "1"
    with staff_page.expect_download() as download_info:
        staff_page.get_by_role("link", name="XLSX").first.click()
    with open(download_info.value.path(), "rb") as handle:
        rows = list(load_workbook(io.BytesIO(handle.read())).active.iter_rows(values_only=True))
    assert rows[1][0] == request.reference


def test_a_visitor_keeps_what_they_typed_through_sign_in(live_server, page, login, people):
    page.goto(f"{live_server.url}/guichet-vert/")
    page.get_by_label("Organisation et stratégie").check()
    page.locator("#id_subject").fill("Lancer notre SPASER")
    page.locator("#id_question").fill("Par où commencer notre SPASER ?")
    page.get_by_label("Visio").check()
    page.get_by_role("button", name="Me connecter pour envoyer ma question").click()
    expect(page).to_have_url(re.compile("/comptes/"))
    # The real sign-in form: Django keeps the session's data when it signs the person in.
    page.locator("input[name=login]").fill(people["buyer"].email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    expect(page).to_have_url(re.compile("/guichet-vert/"))
    expect(page.locator("#id_subject")).to_have_value("Lancer notre SPASER")
    page.get_by_role("button", name="Envoyer ma question").click()
    expect(page.locator(".messages")).to_contain_text("GV-")


@pytest.fixture
def pages(people):
    buyer, advisor, staff = people["buyer"], people["advisor"], people["staff"]
    request, _ = services.request_submit(
        by=buyer,
        kind="strategy",
        subject="SPASER intercommunal",
        question="Comment construire le SPASER de notre intercommunalité ?" * 5,
        channel="visio",
        availability="Lundi après-midi",
    )
    services.request_take(request=request, by=advisor)
    services.message_post(request=request, by=advisor, body="Premiers éléments de réponse.")
    services.message_post(request=request, by=advisor, body="Note interne.", internal=True)
    services.time_entry_create(
        request=request, by=advisor, date=timezone.localdate(), minutes=45, channel="phone"
    )
    closed, _ = services.request_submit(
        by=buyer,
        kind="targeted",
        subject="Seuils 2026",
        question="Quels seuils ?",
        channel="email",
    )
    services.request_take(request=closed, by=advisor)
    services.request_close(request=closed, by=advisor, summary="Les seuils en vigueur.")
    qa = services.qa_create_from_request(request=closed, by=staff)
    services.qa_publish(qa=qa, by=staff)
    services.request_submit(
        by=buyer,
        kind="project",
        subject="Isolation biosourcée",
        question="Quels labels ?",
        channel="phone",
    )
    return {
        "buyer": [
            "/guichet-vert/",
            "/guichet-vert/demandes/",
            request.get_absolute_url(),
            closed.get_absolute_url(),
        ],
        "advisor": [
            "/guichet-vert/file/",
            request.get_absolute_url(),
            "/guichet-vert/statistiques/",
        ],
        "staff": [f"/guichet-vert/faq/{qa.pk}/modifier/", "/guichet-vert/faq/"],
        "visitor": ["/guichet-vert/", "/guichet-vert/faq/"],
    }


def test_pages_pass_axe_and_fit_a_phone(
    live_server, axe_violations, phone_overflow, session_cookie_for, people, pages
):
    base = live_server.url
    for who, urls in pages.items():
        cookies = session_cookie_for(people[who]) if who in people else None
        for url in urls:
            assert axe_violations(f"{base}{url}", cookies) == [], (who, url)
            assert phone_overflow(f"{base}{url}", cookies) == 0, (who, url)


def test_the_queue_filters_live_with_the_csp_on(live_server, page, login, people, pages):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    login(page, people["advisor"])
    page.goto(f"{live_server.url}/guichet-vert/file/?state=all")
    expect(page.locator(".queue-item")).to_have_count(3)
    page.get_by_label("Type").select_option("project")
    expect(page).to_have_url(re.compile("kind=project"))
    expect(page.locator(".queue-item")).to_have_count(1)
    assert not [e for e in errors if "Content Security Policy" in e], errors
