"""The calendar files parse back as valid RFC 5545 with Europe/Paris times."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from events import ics, services

from .conftest import build_event, register

pytestmark = pytest.mark.django_db
PARIS = ZoneInfo("Europe/Paris")


def test_an_event_file_has_uid_dtstamp_timezone_and_paris_times(client):
    event = build_event(
        start=datetime(2027, 11, 22, 9, 0, tzinfo=PARIS), capacity=60, groups=(20, 20, 20)
    )
    response = client.get(f"/evenements/{event.slug}/calendrier.ics")
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and "\r\nEND:VCALENDAR" in text
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    [timezone_] = calendar.walk("VTIMEZONE")
    assert timezone_["TZID"] == "Europe/Paris"
    [vevent] = calendar.walk("VEVENT")
    assert vevent["UID"] == f"evenement-{event.pk}@portail-apure"
    assert vevent["DTSTAMP"].dt.tzinfo is not None
    start = vevent["DTSTART"]
    assert start.params["TZID"] == "Europe/Paris"
    assert start.dt == datetime(2027, 11, 22, 9, 0, tzinfo=PARIS)
    assert vevent["DTEND"].dt.hour == 13
    assert "Atelier 3" in str(vevent["DESCRIPTION"])
    assert "La Citadelle" in str(vevent["LOCATION"])
    assert "DTSTART;TZID=Europe/Paris:20271122T090000" in text


def test_the_online_link_is_only_in_the_registered_persons_file():
    event = build_event(venue_name="", online_url="https://visio.example.fr/secret")
    assert "visio.example.fr" not in ics.event_ics(event)
    registration = register(event, 1)
    [vevent] = Calendar.from_ical(ics.event_ics(event, registration=registration)).walk("VEVENT")
    assert "visio.example.fr/secret" in str(vevent["DESCRIPTION"])


def test_the_feed_lists_published_events_and_marks_cancelled_ones(client):
    one, two = build_event(title="Un"), build_event(title="Deux")
    hidden = build_event(title="Brouillon", publish=False)
    services.event_cancel(event=two, by=None)
    calendar = Calendar.from_ical(client.get("/evenements/calendrier.ics").content)
    events = {str(v["SUMMARY"]): v for v in calendar.walk("VEVENT")}
    assert set(events) == {one.title, two.title} and hidden.title not in events
    assert events["Deux"]["STATUS"] == "CANCELLED"
    assert len({str(v["UID"]) for v in events.values()}) == 2
