"""Test data for the Appels à chantiers, built through the services. Time passing is
simulated by moving a call's dates (`set_phase`), never by touching its state."""

import itertools
from datetime import timedelta

import pytest
from django.utils import timezone

from chantiers import services
from chantiers.models import Call, Proposal
from tests.factories import OrganisationFactory, make_user

_counter = itertools.count(1)
DAY = timedelta(days=1)

# (proposals open, proposals close, voting opens, voting closes) relative to now
WINDOWS = {
    "announced": (DAY, 10 * DAY, 11 * DAY, 20 * DAY),
    "proposals": (-DAY, 5 * DAY, 6 * DAY, 15 * DAY),
    "review": (-10 * DAY, -DAY, 2 * DAY, 10 * DAY),
    "voting": (-20 * DAY, -10 * DAY, -DAY, 5 * DAY),
    "counting": (-30 * DAY, -20 * DAY, -10 * DAY, -timedelta(hours=1)),
}


def window(phase: str, now=None) -> dict:
    now = now or timezone.now()
    p_open, p_close, v_open, v_close = WINDOWS[phase]
    return {
        "proposals_open_at": now + p_open,
        "proposals_close_at": now + p_close,
        "voting_opens_at": now + v_open,
        "voting_closes_at": now + v_close,
    }


def set_phase(call: Call, phase: str) -> Call:
    """Time passes: the call's dates move so that it is in `phase` now."""
    Call.objects.filter(pk=call.pk).update(**window(phase))
    call.refresh_from_db()
    if hasattr(call, "_phase"):
        del call._phase
    return call


def build_call(*, phase="proposals", by=None, published=True, **fields) -> Call:
    by = by or make_user("equipe")
    n = next(_counter)
    data = {
        "title": f"Appel à chantiers {n}",
        "description": "Des chantiers pour la commande publique responsable.",
        "eligibility_rules": "Collectivités des Hauts-de-France.",
        "max_choices": 2,
        "seats": 2,
        **window(phase),
        **fields,
    }
    call = services.call_create(by=by, data=data)
    if published:
        call = services.call_publish(call=call, by=by)
    return call


def build_proposal(
    call: Call, *, lead=None, eligible=True, collective=(), staff=None, **fields
) -> Proposal:
    """Submitted during the proposal window, reviewed, then the call's dates come back."""
    lead = lead or make_user("acheteur")
    staff = staff or make_user("equipe")
    saved = {name: getattr(call, name) for name in window("proposals")}
    set_phase(call, "proposals")
    n = next(_counter)
    data = {
        "title": f"Chantier numéro {n}",
        "theme": "evaluation",
        "problem": "Évaluer un SPASER.",
        "deliverable_kind": "method",
        "deliverable": "Une méthode d'évaluation.",
        "needs_material": "",
        "needs_intellectual": "Un juriste.",
        "timeline": "Six mois.",
        **fields,
    }
    proposal = services.proposal_submit(call=call, by=lead, data=data, collective=collective)
    if eligible is not None:
        services.proposal_review(
            proposal=proposal, by=staff, eligible=eligible, reason="" if eligible else "Hors champ."
        )
    Call.objects.filter(pk=call.pk).update(**saved)
    call.refresh_from_db()
    if hasattr(call, "_phase"):
        del call._phase
    proposal.refresh_from_db()
    return proposal


@pytest.fixture
def make_call(db):
    return build_call


@pytest.fixture
def make_proposal(db):
    return build_proposal


@pytest.fixture
def member(db):
    return make_user("membre")


def make_member(**kwargs):
    return make_user("membre", **kwargs)


@pytest.fixture
def voting_call(db):
    """A call in its vote with four eligible proposals from four organisations."""
    call = build_call(phase="voting")
    proposals = [build_proposal(call) for _ in range(4)]
    return call, proposals


@pytest.fixture
def organisation(db):
    return OrganisationFactory()
