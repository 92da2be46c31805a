"""Every form and GET parameter of the Appels à chantiers: no input yields a 500, and a
refused submission changes nothing."""

import pytest

from chantiers import services
from chantiers.models import (
    Ballot,
    BallotChoice,
    Call,
    Chantier,
    CollectiveMember,
    Deliverable,
    ProgressEntry,
    Proposal,
)
from tests.chantiers.conftest import build_proposal, make_member, set_phase
from tests.factories import make_user
from tests.fuzz import fuzz

pytestmark = pytest.mark.django_db

CALL_FIELDS = list(services.CALL_FIELDS)
PROPOSAL_FIELDS = [*services.PROPOSAL_FIELDS, "collective"]


def test_listing_parameters(client_for):
    for role in ("visitor", "equipe"):
        fuzz(client_for(make_user(role)), "get", "/chantiers/", fields=["q", "theme", "page"])


def test_call_forms(client_for, make_call):
    staff = make_user("equipe")
    call = make_call(phase="proposals")
    client = client_for(staff)
    fuzz(client, "post", "/chantiers/appels/nouveau/", fields=CALL_FIELDS, models=[Call])
    fuzz(
        client,
        "post",
        f"/chantiers/appels/{call.slug}/modifier/",
        fields=CALL_FIELDS,
        models=[Call],
    )


def test_proposal_forms(client_for, make_call):
    call = make_call(phase="proposals")
    proposal = build_proposal(call, eligible=None)
    fuzz(
        client_for(make_user("acheteur")),
        "post",
        f"/chantiers/appels/{call.slug}/proposer/",
        fields=PROPOSAL_FIELDS,
        models=[Proposal, CollectiveMember],
    )
    fuzz(
        client_for(proposal.lead),
        "post",
        f"/chantiers/appels/{call.slug}/propositions/{proposal.slug}/modifier/",
        fields=PROPOSAL_FIELDS,
        models=[Proposal, CollectiveMember],
    )
    fuzz(
        client_for(make_user("equipe")),
        "post",
        f"/chantiers/appels/{call.slug}/propositions/{proposal.slug}/eligibilite/",
        fields=["eligible", "reason", "next"],
    )


def test_ballot_form(client_for, voting_call):
    call, proposals = voting_call
    voter = make_member()
    services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[0].pk])
    fuzz(
        client_for(voter),
        "post",
        f"/chantiers/appels/{call.slug}/vote/",
        fields=["choice"],
        models=[Ballot, BallotChoice],
    )
    assert list(BallotChoice.objects.values_list("proposal_id", flat=True)) in (
        [proposals[0].pk],
        *[[p.pk] for p in proposals],
        *[[a.pk, b.pk] for a in proposals for b in proposals],
    )


def test_results_form_and_invitation_tokens(client_for, voting_call):
    call, proposals = voting_call
    services.ballot_cast(call=call, voter=make_member(), proposal_ids=[proposals[0].pk])
    set_phase(call, "counting")
    client = client_for(make_user("equipe"))
    fuzz(
        client, "post", f"/chantiers/appels/{call.slug}/resultats/", fields=["proposals", "reason"]
    )
    fuzz(client, "get", f"/chantiers/appels/{call.slug}/resultats/", fields=["proposals"])
    for token in ["x", "a:b:c", "eyJtIjoxfQ:1abc:def", "%00", "é" * 300]:
        assert client.get(f"/chantiers/collectif/{token}/").status_code == 404


def test_chantier_forms(client_for, staff):
    from tests.chantiers.test_services import published_chantier

    chantier, expert = published_chantier(staff)
    client = client_for(expert)
    fuzz(
        client,
        "post",
        f"/chantiers/{chantier.slug}/avancement/",
        fields=["date", "text"],
        models=[ProgressEntry],
    )
    fuzz(
        client,
        "post",
        f"/chantiers/{chantier.slug}/livrables/",
        fields=["title", "description", "url", "licence", "upload"],
        models=[Deliverable],
    )
    assert Chantier.objects.count() == 1
