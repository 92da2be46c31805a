"""Who may do what at the Guichet Vert. Views, templates and selectors ask these rules only.

The buyer's side of a request is its requester, and the confirmed members of its
organisation; the advisors' side is every advisor, network staff, and the expert it is
assigned to (an expert sees only those). Anyone else: the request does not exist (404).
"""

from __future__ import annotations

import rules

from apure.permissions import (
    has_confirmed_organisation,
    is_advisor,
    is_authenticated,
    is_buyer,
    is_expert,
    is_network_staff,
)

from .models import FINAL_STATES, OPEN_STATES, State


@rules.predicate
def is_requester_side(user, request) -> bool:
    if request is None or not is_authenticated(user):
        return False
    if request.requester_id == user.pk:
        return True
    return bool(
        has_confirmed_organisation(user)
        and request.organisation_id is not None
        and request.organisation_id == user.organisation_id
    )


@rules.predicate
def is_assignee(user, request) -> bool:
    return bool(request is not None and user.is_authenticated and request.assignee_id == user.pk)


@rules.predicate
def is_open(user, request) -> bool:
    return bool(request is not None and request.state in OPEN_STATES)


@rules.predicate
def is_not_final(user, request) -> bool:
    return bool(request is not None and request.state not in FINAL_STATES)


@rules.predicate
def is_new(user, request) -> bool:
    return bool(request is not None and request.state == State.NEW)


@rules.predicate
def is_closed_unrated(user, request) -> bool:
    return bool(request is not None and request.state == State.CLOSED and request.rating is None)


@rules.predicate
def is_closed(user, request) -> bool:
    return bool(request is not None and request.state == State.CLOSED)


is_desk = is_advisor | is_network_staff  # the Guichet Vert team
is_advisor_side = is_desk | (is_expert & is_assignee)

rules.add_perm("guichet.submit_request", is_buyer)
rules.add_perm("guichet.list_requests", is_buyer)
rules.add_perm("guichet.view_request", is_requester_side | is_advisor_side)
rules.add_perm("guichet.reply_as_requester", is_requester_side & is_open)
rules.add_perm("guichet.reply_as_advisor", is_advisor_side & is_open)
rules.add_perm("guichet.add_note", is_advisor_side)
rules.add_perm("guichet.take_request", is_advisor & is_new)
rules.add_perm("guichet.take_any_request", is_advisor)
rules.add_perm("guichet.assign_request", is_desk & is_not_final)
rules.add_perm("guichet.log_time", is_advisor_side)
rules.add_perm("guichet.close_request", is_advisor_side & is_open)
rules.add_perm("guichet.redirect_request", is_desk & is_open)
rules.add_perm("guichet.withdraw_request", is_requester_side & is_open)
rules.add_perm("guichet.rate_request", is_requester_side & is_closed_unrated)
rules.add_perm("guichet.view_queue", is_desk | is_expert)
rules.add_perm("guichet.view_statistics", is_desk)
rules.add_perm("guichet.export", is_desk)
rules.add_perm("guichet.manage_qas", is_desk)
rules.add_perm("guichet.capitalise", is_desk & is_closed)
