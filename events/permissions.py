"""Who may do what in Événements. Views, templates and selectors ask these rules only."""

from __future__ import annotations

import rules

from apure.permissions import is_authenticated, is_network_staff

is_organiser = is_network_staff


@rules.predicate
def is_public(user, event) -> bool:
    return bool(event is not None and event.status in ("published", "cancelled"))


# Published (and cancelled, with the notice) events are public; a draft exists for staff only.
rules.add_perm("events.see_event", is_public | is_organiser)
# One-click registration with the account's name and organisation.
rules.add_perm("events.register_one_click", is_authenticated)
rules.add_perm("events.manage_events", is_organiser)
rules.add_perm("events.view_registrations", is_organiser)
rules.add_perm("events.manage_registrations", is_organiser)
rules.add_perm("events.check_in", is_organiser)
rules.add_perm("events.export_registrations", is_organiser)
rules.add_perm("events.view_statistics", is_organiser)
