"""Événements in Chromium: staff publish the Arras workshop, a buyer registers in one click for
atelier 2, a guest registers and confirms by email, the atelier fills and the next person waits
then is promoted, staff check people in from a phone, the XLSX opens with the right rows; every
page passes axe and fits a 375 px screen."""

import io
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.utils import timezone
from openpyxl import load_workbook
from playwright.sync_api import expect

from events import services
from events.models import Event, Registration
from tests.factories import make_user

pytestmark = pytest.mark.e2e
PARIS = ZoneInfo("Europe/Paris")


def _day():
    return timezone.localdate() + timedelta(days=20)


@pytest.fixture
def staff(transactional_db):
    return make_user("equipe")


def _arras(staff, *, atelier_capacity=25):
    day = _day()
    start = datetime(day.year, day.month, day.day, 9, tzinfo=PARIS)
    event = services.event_create(
        by=staff,
        data={
            "kind": "atelier",
            "title": "Questionnons ensemble la relation avec les fournisseurs",
            "audience": "acheteurs",
            "summary": "Premier atelier collectif du réseau APuRe.",
            "venue_name": "La Citadelle",
            "venue_city": "Arras",
            "starts_at": start,
            "ends_at": start + timedelta(hours=4),
            "capacity": 60,
        },
    )
    services.item_create(
        event=event, by=staff, data={"kind": "welcome", "title": "Accueil", "starts_at": start}
    )
    slot = services.item_create(
        event=event,
        by=staff,
        data={
            "kind": "parallel",
            "title": "Groupes de travail thématiques",
            "starts_at": start + timedelta(minutes=110),
            "ends_at": start + timedelta(minutes=205),
        },
    )
    for i in (1, 2, 3):
        services.group_create(
            item=slot,
            by=staff,
            data={"title": f"Atelier {i}", "capacity": atelier_capacity, "position": i},
        )
    return event


def test_staff_publish_a_buyer_and_a_guest_register(live_server, page, login, staff):
    event = _arras(staff, atelier_capacity=2)
    base = live_server.url
    # Staff publish from the programme page.
    login(page, staff)
    page.goto(f"{base}/evenements/{event.slug}/programme/")
    page.get_by_role("button", name="Publier l’événement").click()
    expect(page.locator(".messages")).to_contain_text("publié")
    page.context.clear_cookies()

    # A buyer registers in one click for atelier 2.
    buyer = make_user("acheteur")
    login(page, buyer)
    page.goto(f"{base}/evenements/{event.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
    page.get_by_label(re.compile("^Atelier 2")).check()
    page.get_by_role("button", name="M’inscrire").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon inscription")
    expect(page.locator(".messages")).to_contain_text("confirmée")
    expect(page.locator(".qr svg")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Ajouter à mon agenda (.ics)").click()
    assert download.value.suggested_filename == "atelier.ics"
    page.context.clear_cookies()

    # A guest registers for atelier 2 (the last place) and confirms by email.
    page.goto(f"{base}/evenements/{event.slug}/")
    page.get_by_label("Prénom").fill("Léa")
    page.get_by_label(re.compile("^Nom")).fill("Martin")
    page.get_by_label("Courriel").fill("lea.martin@mairie-doullens.fr")
    page.get_by_label(re.compile("^Organisation")).fill("Commune de Doullens")
    page.get_by_label("Type d’organisation").select_option("commune")
    page.get_by_label("Département").select_option("80")
    page.get_by_label("Votre fonction").fill("Secrétaire de mairie")
    page.get_by_label(re.compile("^Atelier 2")).check()
    page.get_by_role("button", name="M’inscrire").click()
    expect(page.locator(".messages")).to_contain_text("Presque terminé")
    link = re.search(r"(/evenements/confirmer/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(base + link)
    page.get_by_role("button", name="Confirmer mon inscription").click()
    expect(page.locator(".messages")).to_contain_text("confirmée")
    guest = Registration.objects.get(email="lea.martin@mairie-doullens.fr")
    assert guest.status == "confirmed" and guest.choices.get().status == "confirmed"

    # Atelier 2 is full: the next person waits for it, then is promoted when the guest cancels.
    page.goto(f"{base}/evenements/{event.slug}/")
    expect(page.get_by_label(re.compile("^Atelier 2"))).to_be_visible()
    page.get_by_label("Prénom").fill("Hugo")
    page.get_by_label(re.compile("^Nom")).fill("Caron")
    page.get_by_label("Courriel").fill("hugo.caron@ville.example.fr")
    page.get_by_label(re.compile("^Organisation")).fill("Ville de Dunkerque")
    page.get_by_label("Type d’organisation").select_option("commune")
    page.get_by_label("Département").select_option("59")
    page.get_by_label("Votre fonction").fill("Acheteur")
    page.get_by_label(re.compile("^Atelier 2")).check()
    page.get_by_role("button", name="M’inscrire").click()
    link = re.search(r"(/evenements/confirmer/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(base + link)
    page.get_by_role("button", name="Confirmer mon inscription").click()
    expect(page.locator(".messages")).to_contain_text("liste d’attente")
    hugo = Registration.objects.get(email="hugo.caron@ville.example.fr")
    assert hugo.choices.get().status == "waiting"

    page.goto(base + guest.get_personal_url())
    page.get_by_role("button", name="Annuler mon inscription").click()
    expect(page.locator(".messages")).to_contain_text("annulée")
    assert hugo.choices.get().status == "confirmed"
    assert any(
        "hugo.caron@ville.example.fr" in m.to and "Atelier 2" in m.subject for m in mail.outbox
    )


def test_staff_check_in_from_a_phone_and_export(live_server, browser, session_cookie_for, staff):
    event = _arras(staff)
    services.event_publish(event=event, by=staff)
    atelier = event.groups.get(title="Atelier 1")
    people = []
    for i, last in enumerate(["Lefebvre", "Dubois", "Martin"]):
        people.append(
            services.registration_create(
                event=event,
                person={
                    "first_name": "Camille",
                    "last_name": last,
                    "email": f"p{i}@mairie.example.fr",
                    "organisation_name": "Commune",
                    "organisation_kind": "commune",
                    "departement": "62",
                    "is_rural": True,
                },
                groups=[atelier],
                staff_add=True,
                notify=False,
            ).registration
        )
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, is_mobile=True, locale="fr-FR"
    )
    context.add_cookies(session_cookie_for(staff))
    page = context.new_page()
    page.set_default_timeout(8000)
    base = live_server.url
    page.goto(f"{base}/evenements/{event.slug}/emargement/")
    expect(page.locator(".checkin-count")).to_contain_text("0 présents sur 3")
    page.get_by_label("Trouver une personne").fill("dub")
    expect(page.locator(".checkin-row")).to_have_count(1)
    page.get_by_role("button", name=re.compile("Présent")).click()
    expect(page.locator(".checkin-row.is-present")).to_have_count(1)
    page.get_by_role("button", name=re.compile("Annuler")).click()
    expect(page.locator(".checkin-row.is-present")).to_have_count(0)
    page.get_by_role("button", name=re.compile("Présent")).click()
    expect(page.locator(".checkin-row.is-present")).to_have_count(1)
    people[1].refresh_from_db()
    assert people[1].checked_in_at is not None
    width = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert width <= 0

    # The QR link on the phone: one tap "Présent".
    page.goto(f"{base}{people[0].get_checkin_url()}")
    page.get_by_role("button", name="Présent").click()
    expect(page.locator(".messages")).to_contain_text("émargé")

    response = page.request.get(f"{base}/evenements/{event.slug}/inscriptions/export.xlsx")
    rows = list(load_workbook(io.BytesIO(response.body())).active.values)
    assert len(rows) == 4
    checked = {row[0]: row[13] for row in rows[1:]}
    assert checked["Dubois"] is not None and checked["Lefebvre"] is not None
    assert checked["Martin"] is None
    context.close()


def test_check_in_works_without_javascript(live_server, browser, session_cookie_for, staff):
    event = _arras(staff)
    services.event_publish(event=event, by=staff)
    registration = services.registration_create(
        event=event,
        person={"first_name": "Inès", "last_name": "Vasseur", "email": "ines@example.fr"},
        groups=[event.groups.first()],
        staff_add=True,
        notify=False,
    ).registration
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    context.add_cookies(session_cookie_for(staff))
    page = context.new_page()
    page.goto(f"{live_server.url}/evenements/{event.slug}/emargement/")
    page.get_by_label("Trouver une personne").fill("vass")
    page.get_by_role("button", name="Rechercher").click()
    expect(page.locator(".checkin-row")).to_have_count(1)
    page.get_by_role("button", name=re.compile("Présent")).click()
    expect(page.locator(".messages")).to_contain_text("émargé")
    registration.refresh_from_db()
    assert registration.checked_in_at is not None
    context.close()


def test_event_pages_pass_axe_and_fit_a_phone(
    live_server, axe_violations, phone_overflow, session_cookie_for, staff
):
    event = _arras(staff)
    services.event_publish(event=event, by=staff)
    registration = services.registration_create(
        event=event,
        person={
            "first_name": "Sophie",
            "last_name": "Martin-Desrousseaux-de-la-Vallée",
            "email": "sophie.martin.tres.longue.adresse@communaute-urbaine-arras.example.fr",
            "organisation_name": "Communauté urbaine d'Arras",
        },
        groups=[event.groups.first()],
        staff_add=True,
        notify=False,
    ).registration
    past = services.event_create(
        by=staff,
        data={
            "kind": "webinaire",
            "title": "Webinaire passé",
            "summary": "Un webinaire.",
            "online_url": "https://visio.example.fr/x",
            "starts_at": timezone.now() - timedelta(days=10),
            "ends_at": timezone.now() - timedelta(days=10) + timedelta(hours=1),
            "capacity": 10,
        },
    )
    Event.objects.filter(pk=past.pk).update(status="published")
    base = live_server.url
    cookies = session_cookie_for(staff)
    public = [
        "/evenements/",
        f"/evenements/{event.slug}/",
        registration.get_personal_url(),
        "/evenements/inscription/faux/",
    ]
    for path in public:
        assert axe_violations(base + path) == [], path
        assert phone_overflow(base + path) == 0, path
    buyer_cookies = session_cookie_for(make_user("acheteur"))
    assert axe_violations(f"{base}/evenements/{event.slug}/", buyer_cookies) == []
    staff_pages = [
        f"/evenements/{event.slug}/inscriptions/",
        f"/evenements/{event.slug}/emargement/",
        f"/evenements/{event.slug}/statistiques/",
        f"/evenements/{event.slug}/programme/",
        f"/evenements/{event.slug}/modifier/",
        f"/evenements/{event.slug}/documents/",
        "/evenements/nouveau/",
        "/evenements/statistiques/",
        registration.get_checkin_url(),
    ]
    for path in staff_pages:
        assert axe_violations(base + path, cookies) == [], path
        assert phone_overflow(base + path, cookies) == 0, path
