"""iCalendar files (RFC 5545) made with the icalendar library: Europe/Paris times with their
VTIMEZONE, a stable UID per event (so a calendar updates the entry instead of adding one), a
DTSTAMP, and STATUS:CANCELLED once the event is cancelled."""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo

import segno
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent

from apure.site import site_url

from .models import Event, Registration

PARIS = ZoneInfo("Europe/Paris")
PRODID = "-//Portail APuRe//Evenements//FR"


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Paris")
    return calendar


def event_uid(event: Event) -> str:
    return f"evenement-{event.pk}@portail-apure"


def _programme_text(event: Event) -> str:
    lines = []
    for item in event.items.all():
        start = timezone.localtime(item.starts_at, PARIS).strftime("%H:%M")
        end = f"-{timezone.localtime(item.ends_at, PARIS):%H:%M}" if item.ends_at else ""
        lines.append(f"{start}{end} {item.title}")
        lines.extend(f"  - {group.title}" for group in item.groups.all())
    return "\n".join(lines)


def _vevent(event: Event, *, registration: Registration | None = None) -> VEvent:
    base = site_url()
    vevent = VEvent()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", timezone.now().astimezone(ZoneInfo("UTC")))
    vevent.add("dtstart", timezone.localtime(event.starts_at, PARIS))
    vevent.add("dtend", timezone.localtime(event.ends_at, PARIS))
    vevent.add("summary", event.title)
    vevent.add("sequence", int(event.updated_at.timestamp()) // 60 % 2_000_000_000)
    vevent.add("last-modified", event.updated_at.astimezone(ZoneInfo("UTC")))
    description = [event.summary]
    programme = _programme_text(event)
    if programme:
        description += ["", _("Programme"), programme]
    if registration is not None:
        groups = [c.group.title for c in registration.choices.all()]
        if groups:
            description += ["", _("Your groups: %(groups)s") % {"groups": ", ".join(groups)}]
        if event.online_url:
            description += ["", _("Online link: %(url)s") % {"url": event.online_url}]
        description += [
            "",
            _("Your registration: %(url)s") % {"url": base + registration.get_personal_url()},
        ]
    vevent.add("description", "\n".join(description))
    location = ", ".join(p for p in (event.venue_name, event.venue_address, event.venue_city) if p)
    if location:
        vevent.add("location", location)
    elif registration is not None and event.online_url:
        vevent.add("location", event.online_url)
    vevent.add("url", base + event.get_absolute_url())
    status = "CANCELLED" if event.status == Event.Status.CANCELLED else "CONFIRMED"
    vevent.add("status", status)
    vevent.add("transp", "OPAQUE")
    return vevent


def event_ics(event: Event, *, registration: Registration | None = None) -> str:
    calendar = _calendar(event.title)
    calendar.add_component(_vevent(event, registration=registration))
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()


def events_feed_ics(events: Iterable[Event]) -> str:
    calendar = _calendar(_("Portail APuRe events"))
    for event in events:
        calendar.add_component(_vevent(event))
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()


def qr_svg(url: str) -> str:
    """The QR code as inline SVG (no style attribute: the CSP allows it)."""
    return segno.make(url, error="m").svg_inline(scale=5, border=2, omitsize=False)


def qr_png_base64(url: str) -> str:
    data_uri = segno.make(url, error="m").png_data_uri(scale=6, border=2)
    return data_uri.split(",", 1)[1]
