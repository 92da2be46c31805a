"""The pages through the test client: what a buyer, a guest and staff see and do."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from icalendar import Calendar
from openpyxl import load_workbook

from events import services
from events.models import Event, Registration
from tests.factories import make_user

from .conftest import build_event, register

pytestmark = pytest.mark.django_db


def test_list_shows_upcoming_first_then_past_and_filters(client):
    soon = build_event(title="Atelier à venir", start=timezone.now() + timedelta(days=3))
    webinar = build_event(
        title="Webinaire élus",
        kind=Event.Kind.WEBINAR,
        audience=Event.Audience.ELECTED,
        venue_name="",
        online_url="https://visio.example.fr/salle",
    )
    past = build_event(title="Atelier passé", start=timezone.now() - timedelta(days=30))
    draft = build_event(title="Brouillon caché", publish=False)
    page = client.get("/evenements/").content.decode()
    assert page.index(soon.title) < page.index(past.title)
    assert webinar.title in page and draft.title not in page
    filtered = client.get("/evenements/?kind=webinaire").content.decode()
    assert webinar.title in filtered and soon.title not in filtered
    assert "visio.example.fr" not in client.get(webinar.get_absolute_url()).content.decode()
    buyers = client.get("/evenements/?audience=acheteurs").content.decode()
    assert soon.title in buyers and webinar.title not in buyers


def test_event_page_shows_the_programme_and_places(client):
    event = build_event(capacity=3, groups=(1, 2))
    register(event, 1, groups=[event.groups.get(title="Atelier 1")])
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Groupes de travail thématiques" in page
    assert "Atelier 1" in page and "Atelier 2" in page
    assert "2 places restantes" in page
    assert "Complet : liste d’attente" in page
    assert 'name="email"' in page  # the guest form


def test_a_buyer_registers_in_one_click_and_gets_the_ics(client_for):
    buyer = make_user("acheteur")
    event = build_event(capacity=60, groups=(20, 20, 20))
    atelier2 = event.groups.get(title="Atelier 2")
    client = client_for(buyer)
    page = client.get(event.get_absolute_url()).content.decode()
    assert 'name="email"' not in page and "Vous vous inscrivez en tant que" in page
    response = client.post(
        f"/evenements/{event.slug}/inscription/", {f"slot_{atelier2.item_id}": atelier2.pk}
    )
    registration = Registration.objects.get(event=event, user=buyer)
    assert response.status_code == 302 and response["Location"] == registration.get_personal_url()
    personal = client.get(response["Location"]).content.decode()
    assert (
        "Atelier 2" in personal and "<svg" in personal and "Inscription confirmée" not in personal
    )
    [message] = mail.outbox
    assert [a[0] for a in message.attachments] == ["atelier.ics", "qr-code.png"]
    # A second click (another tab) changes nothing.
    client.post(f"/evenements/{event.slug}/inscription/", {f"slot_{atelier2.item_id}": atelier2.pk})
    assert Registration.objects.filter(event=event).count() == 1
    ics = client.get(f"/evenements/inscription/{registration.token}/calendrier.ics")
    calendar = Calendar.from_ical(ics.content)
    assert "Atelier 2" in str(calendar.walk("VEVENT")[0]["DESCRIPTION"])


def test_a_guest_registers_and_confirms_by_email(client):
    event = build_event(capacity=5, groups=(5,))
    group = event.groups.get()
    data = {
        "first_name": "Léa",
        "last_name": "Martin",
        "email": "lea.martin@mairie-doullens.fr",
        "organisation_name": "Commune de Doullens",
        "organisation_kind": "commune",
        "departement": "80",
        "job_title": "Secrétaire de mairie",
        "is_rural": "on",
        f"slot_{group.item_id}": group.pk,
    }
    response = client.post(f"/evenements/{event.slug}/inscription/", data, follow=True)
    assert "Presque terminé" in response.content.decode()
    registration = Registration.objects.get(event=event)
    assert registration.status == "pending" and registration.is_rural
    link = re.search(r"https?://\S+/evenements/confirmer/\S+/", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[-1] if "testserver" in link else "/" + link.split("/", 3)[3]
    page = client.get(path)
    assert page.status_code == 200 and "Confirmer mon inscription" in page.content.decode()
    registration.refresh_from_db()
    assert registration.status == "pending"  # opening the link alone does not confirm
    response = client.post(path, follow=True)
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    assert "Votre inscription est confirmée" in response.content.decode()
    assert any("atelier.ics" in [a[0] for a in m.attachments] for m in mail.outbox)


def test_a_tampered_link_shows_a_clear_page_and_changes_nothing(client):
    event = build_event(capacity=5)
    registration = register(event, 1)
    token = registration.token
    bad = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    for url in (
        f"/evenements/inscription/{bad}/",
        f"/evenements/confirmer/{bad}/",
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert "pas valide" in response.content.decode()
    response = client.post(f"/evenements/inscription/{bad}/annuler/")
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_the_personal_page_changes_the_group_and_cancels(client):
    event = build_event(capacity=1, groups=(1, 1))
    g1, g2 = event.groups.order_by("position")
    mine = register(event, 1, groups=[g1])
    waiting = register(event, 2, groups=[g2])
    url = mine.get_personal_url()
    response = client.post(
        f"/evenements/inscription/{mine.token}/groupes/", {f"slot_{g2.item_id}": g2.pk}
    )
    assert response.status_code == 302
    assert mine.choices.get().group == g2
    client.post(f"/evenements/inscription/{mine.token}/annuler/")
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.status == "cancelled" and waiting.status == "confirmed"
    page = client.get(url).content.decode()
    assert "Annulé" in page and "Annuler mon inscription" not in page


def test_the_qr_link_shows_staff_a_one_tap_check_in_and_others_the_personal_page(client_for):
    event = build_event(capacity=5)
    registration = register(event, 1)
    url = f"/evenements/presence/{registration.token}/"
    visitor = client_for(None).get(url)
    assert visitor.status_code == 302 and visitor["Location"] == registration.get_personal_url()
    staff = client_for(make_user("equipe"))
    page = staff.get(url).content.decode()
    assert "Présent" in page and registration.full_name in page
    staff.post(f"/evenements/{event.slug}/emargement/{registration.pk}/", {"next": url})
    registration.refresh_from_db()
    assert registration.checked_in_at is not None


def test_staff_check_in_list_searches_and_checks_in_with_htmx(client_for):
    event = build_event(capacity=5)
    lea = register(event, 1, last_name="Lefebvre")
    register(event, 2, last_name="Dubois")
    client = client_for(make_user("equipe"))
    full = client.get(f"/evenements/{event.slug}/emargement/?q=lefeb").content.decode()
    assert "Lefebvre" in full and "Dubois" not in full
    partial = client.get(
        f"/evenements/{event.slug}/emargement/?q=dub",
        headers={"HX-Request": "true", "HX-Target": "checkin-results"},
    ).content.decode()
    assert "Dubois" in partial and "<html" not in partial
    row = client.post(
        f"/evenements/{event.slug}/emargement/{lea.pk}/", headers={"HX-Request": "true"}
    ).content.decode()
    assert 'id="checkin-' in row and "is-present" in row
    row = client.post(
        f"/evenements/{event.slug}/emargement/{lea.pk}/",
        {"action": "undo"},
        headers={"HX-Request": "true"},
    ).content.decode()
    assert "is-present" not in row
    # Without JS: a plain POST then back to the list with a message.
    response = client.post(f"/evenements/{event.slug}/emargement/{lea.pk}/", follow=True)
    assert "est émargé" in response.content.decode()


def test_staff_add_move_cancel_and_export(client_for):
    staff = make_user("equipe")
    event = build_event(capacity=2, groups=(1, 5))
    g1, g2 = event.groups.order_by("position")
    client = client_for(staff)
    response = client.post(
        f"/evenements/{event.slug}/inscriptions/ajouter/",
        {
            "first_name": "Nadia",
            "last_name": "Benali",
            "email": "nadia@bailleur.example.fr",
            "organisation_name": '=HYPERLINK("x")',
            "organisation_kind": "bailleur_social",
            "departement": "59",
            f"slot_{g1.item_id}": g1.pk,
        },
        follow=True,
    )
    assert "Nadia Benali est inscrit" in response.content.decode()
    nadia = Registration.objects.get(email="nadia@bailleur.example.fr")
    assert nadia.status == "confirmed" and nadia.added_by_staff
    other = register(event, 2, groups=[g1])
    third = register(event, 3, groups=[g2])
    assert third.status == "waiting"
    page = client.get(f"/evenements/{event.slug}/inscriptions/?q=benali").content.decode()
    listed = page.split('class="registration-list"', 1)[1].split("</ul>", 1)[0]
    assert "Benali" in listed and "Invité2" not in listed
    client.post(f"/evenements/{event.slug}/inscriptions/{nadia.pk}/groupes/", {"group": g2.pk})
    assert nadia.choices.get().group == g2
    assert other.choices.get().status == "confirmed"  # the freed place went to the next
    client.post(f"/evenements/{event.slug}/inscriptions/{nadia.pk}/annuler/")
    third.refresh_from_db()
    assert third.status == "confirmed"

    services.registration_check_in(registration=other, by=staff)
    response = client.get(f"/evenements/{event.slug}/inscriptions/export.xlsx?status=all")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert rows[0][:3] == ("Nom", "Prénom", "Courriel")
    assert len(rows) == 4  # header + three registrations, the cancelled one included
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Benali"][4] == '\'=HYPERLINK("x")'
    assert by_name["Benali"][5] == "Bailleur social"
    assert by_name["Invité2"][8] == "Atelier 1"
    assert by_name["Invité2"][13] is not None  # check-in time
    response = client.get(f"/evenements/{event.slug}/inscriptions/export.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert table[0][0] == "Nom" and len(table) == 4


def test_staff_build_and_publish_an_event_in_the_pages(client_for):
    client = client_for(make_user("equipe"))
    response = client.post(
        "/evenements/nouveau/",
        {
            "kind": "atelier",
            "title": "Questionnons la relation fournisseurs",
            "audience": "acheteurs",
            "summary": "Premier atelier collectif.",
            "venue_name": "La Citadelle",
            "venue_city": "Arras",
            "starts_at": "2027-03-02T09:00",
            "ends_at": "2027-03-02T13:00",
            "capacity": "60",
        },
    )
    event = Event.objects.get(title="Questionnons la relation fournisseurs")
    assert response["Location"] == f"/evenements/{event.slug}/programme/"
    assert timezone.localtime(event.starts_at).hour == 9
    client.post(
        f"/evenements/{event.slug}/programme/",
        {
            "kind": "parallel",
            "title": "Ateliers",
            "day": "2027-03-02",
            "start": "10:50",
            "end": "12:25",
        },
    )
    item = event.items.get()
    # Outside the event's times: refused with the form shown again.
    response = client.post(
        f"/evenements/{event.slug}/programme/",
        {"kind": "closing", "title": "Trop tard", "day": "2027-03-02", "start": "14:00"},
    )
    assert response.status_code == 200 and "pendant les horaires" in response.content.decode()
    response = client.post(f"/evenements/{event.slug}/publier/", follow=True)
    assert "aucun groupe" in response.content.decode()
    client.post(
        f"/evenements/{event.slug}/programme/{item.pk}/groupes/",
        {"title": "Atelier 1", "capacity": "20", "position": "1"},
    )
    client.post(f"/evenements/{event.slug}/publier/")
    event.refresh_from_db()
    assert event.status == "published"


def test_staff_attach_documents_that_registered_people_download(client_for):
    event = build_event(capacity=5)
    registration = register(event, 1)
    client = client_for(make_user("equipe"))
    upload = SimpleUploadedFile("synthese.pdf", b"%PDF-1.4\n%%EOF\n" + b"x" * 50)
    client.post(f"/evenements/{event.slug}/documents/", {"title": "Synthèse", "file": upload})
    document = event.documents.get()
    personal = client.get(registration.get_personal_url()).content.decode()
    assert "Synthèse" in personal
    response = client.get(f"/evenements/inscription/{registration.token}/documents/{document.pk}/")
    assert response.status_code == 200 and response["Content-Disposition"].startswith("attachment")
    renamed = SimpleUploadedFile("virus.pdf", b"MZ\x90\x00" + b"\x00" * 64)
    response = client.post(f"/evenements/{event.slug}/documents/", {"file": renamed})
    assert response.status_code == 200 and event.documents.count() == 1


def test_statistics_per_event_and_over_a_period(client_for):
    staff = make_user("equipe")
    event = build_event(capacity=4, start=timezone.now() - timedelta(days=5))
    a = register(event, 1, is_rural=True, departement="80")
    register(event, 2, is_rural=False, departement="59", organisation_kind="epci")
    register(event, 3)
    services.registration_check_in(registration=a, by=staff)
    client = client_for(staff)
    page = client.get(f"/evenements/{event.slug}/statistiques/").content.decode()
    assert "33.3 %" in page or "33,3 %" in page  # 1 present of 3
    assert "Somme (80)" in page and "Établissement" not in page
    year = timezone.localdate().year
    page = client.get(f"/evenements/statistiques/?start={year - 1}-01-01&end={year}-12-31")
    assert event.title in page.content.decode()


def test_the_cached_event_page_follows_every_change(client, client_for):
    event = build_event(capacity=2, groups=(1, 5))
    small = event.groups.get(title="Atelier 1")
    assert "2 places restantes" in client.get(event.get_absolute_url()).content.decode()
    first = register(event, 1, groups=[small])
    page = client.get(event.get_absolute_url()).content.decode()
    assert "1 place restante" in page and "Complet : liste d" in page
    services.registration_cancel(registration=first, staff=True)
    assert "2 places restantes" in client.get(event.get_absolute_url()).content.decode()
    services.group_update(group=small, by=None, data={"title": "Atelier renommé"})
    assert "Atelier renommé" in client.get(event.get_absolute_url()).content.decode()
    services.event_cancel(event=event, by=None)
    assert "Cet événement est annulé" in client.get(event.get_absolute_url()).content.decode()


def test_an_export_asked_with_nul_characters_is_still_a_file(client_for):
    """Found by the fuzz test on PostgreSQL: a NUL character in the search or in a parameter's
    name reached the database (the search, the audit entry's JSON) and gave a 500."""
    staff = make_user("equipe")
    event = build_event(capacity=5)
    register(event, 1)
    client = client_for(staff)
    response = client.get(f"/evenements/{event.slug}/inscriptions/export.csv?q=inv%00&a%00=%00")
    assert response.status_code == 200
    assert "Invité1" in b"".join(response.streaming_content).decode("utf-8-sig")
