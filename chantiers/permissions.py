"""Who may do what in the Appels à chantiers. Views, templates and selectors ask these only.

Object rules take the call, the proposal, the chantier or the deliverable they are about.
"""

from __future__ import annotations

import rules

from apure.permissions import is_apure_member, is_authenticated, is_buyer, is_network_staff

is_manager = is_network_staff


def _uid(user) -> int | None:
    return user.pk if user is not None and user.is_authenticated else None


@rules.predicate
def call_is_public(user, call) -> bool:
    return bool(call is not None and call.published_at is not None)


@rules.predicate
def counts_are_open(user, call) -> bool:
    """Counts exist for nobody, staff included, before the vote closes."""
    return bool(call is not None and call.published_at is not None and call.vote_closed())


@rules.predicate
def results_are_published(user, call) -> bool:
    return bool(call is not None and call.results_published_at is not None)


@rules.predicate
def is_lead(user, proposal) -> bool:
    uid = _uid(user)
    return bool(proposal is not None and uid and proposal.lead_id == uid)


def _collective_user_ids(proposal) -> set[int]:
    cached = getattr(proposal, "_collective_ids", None)
    if cached is None:
        cached = {
            m.user_id
            for m in proposal.collective.all()
            if m.user_id is not None and m.confirmed_at is not None
        }
        proposal._collective_ids = cached
    return cached


@rules.predicate
def is_in_collective(user, proposal) -> bool:
    uid = _uid(user)
    return bool(proposal is not None and uid and uid in _collective_user_ids(proposal))


@rules.predicate
def proposal_is_public(user, proposal) -> bool:
    """Eligible proposals are public from the vote on (the network chooses among them)."""
    return bool(
        proposal is not None
        and proposal.is_eligible
        and proposal.call.published_at is not None
        and proposal.call.phase_at() not in ("draft", "announced", "proposals", "review")
    )


@rules.predicate
def proposal_editable(user, proposal) -> bool:
    return bool(proposal is not None and proposal.call.accepts_proposals())


def _proposal(chantier):
    return chantier.proposal if chantier is not None else None


@rules.predicate
def is_chantier_team(user, chantier) -> bool:
    proposal = _proposal(chantier)
    return bool(is_lead(user, proposal) or is_in_collective(user, proposal))


@rules.predicate
def deliverable_published(user, deliverable) -> bool:
    return bool(deliverable is not None and deliverable.published_at is not None)


@rules.predicate
def deliverable_team(user, deliverable) -> bool:
    return bool(deliverable is not None and is_chantier_team(user, deliverable.chantier))


rules.add_perm("chantiers.manage", is_manager)
rules.add_perm("chantiers.see_call", call_is_public | is_manager)
# Counts: after the close, staff first; everyone once the results are published.
rules.add_perm("chantiers.see_counts", counts_are_open & (is_manager | results_are_published))
rules.add_perm("chantiers.propose", is_buyer)
rules.add_perm(
    "chantiers.see_proposal", proposal_is_public | is_lead | is_in_collective | is_manager
)
rules.add_perm("chantiers.edit_proposal", is_lead & proposal_editable)
rules.add_perm("chantiers.review_proposal", is_manager)
# The ballot page: members only. Whether they can vote now (phase, organisation) is the
# service's answer, shown on the page.
rules.add_perm("chantiers.vote", is_apure_member)
rules.add_perm("chantiers.join_collective", is_authenticated)
rules.add_perm("chantiers.post_progress", is_chantier_team | is_manager)
rules.add_perm("chantiers.add_deliverable", is_chantier_team | is_manager)
rules.add_perm("chantiers.publish_deliverable", is_manager)
rules.add_perm(
    "chantiers.download_deliverable", deliverable_published | deliverable_team | is_manager
)
