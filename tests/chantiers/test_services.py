"""Every rule of the Appels à chantiers, against the database."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from apure.errors import DomainError
from apure.models import AuditEntry
from chantiers import selectors, services
from chantiers.models import Ballot, BallotChoice, Call, Chantier, CollectiveMember, Phase, Proposal
from tests.chantiers.conftest import build_call, build_proposal, make_member, set_phase, window
from tests.factories import make_user

pytestmark = pytest.mark.django_db


# Phases


def test_phase_follows_the_dates_at_the_minute(make_call):
    call = make_call(phase="proposals")
    close = call.proposals_close_at
    assert call.phase_at(close - timedelta(seconds=1)) == Phase.PROPOSALS
    assert call.phase_at(close) == Phase.REVIEW
    assert call.phase_at(call.voting_opens_at) == Phase.VOTING
    assert call.phase_at(call.voting_closes_at - timedelta(seconds=1)) == Phase.VOTING
    assert call.phase_at(call.voting_closes_at) == Phase.COUNTING
    assert call.phase_at(call.proposals_open_at - timedelta(seconds=1)) == Phase.ANNOUNCED


def test_draft_then_published_then_results_running_closed(make_call, staff):
    call = make_call(phase="counting", published=False)
    assert call.phase_at() == Phase.DRAFT
    call = services.call_publish(call=call, by=staff)
    assert call.phase_at() == Phase.COUNTING
    with pytest.raises(DomainError):
        services.call_publish(call=call, by=staff)
    call.results_published_at = timezone.now()
    call.work_starts_at = timezone.now() + timedelta(days=30)
    assert call.phase_at() == Phase.RESULTS
    assert call.phase_at(call.work_starts_at) == Phase.RUNNING
    call.closed_at = timezone.now()
    assert call.phase_at() == Phase.CLOSED


@pytest.mark.parametrize(
    ("field", "delta"),
    [
        ("proposals_close_at", -timedelta(days=2)),  # before proposals open
        ("voting_opens_at", -timedelta(days=5)),  # before proposals close
        ("voting_closes_at", -timedelta(days=30)),  # before voting opens
    ],
)
def test_dates_out_of_order_are_refused(staff, field, delta):
    data = {
        "title": "Appel",
        "description": "d",
        "eligibility_rules": "r",
        "max_choices": 2,
        "seats": 2,
        **window("proposals"),
    }
    data[field] = timezone.now() + delta
    with pytest.raises(DomainError) as error:
        services.call_create(by=staff, data=data)
    assert error.value.field == field
    assert not Call.objects.exists()


def test_vote_rules_are_fixed_once_voting_opened(make_call, staff):
    call = make_call(phase="voting")
    with pytest.raises(DomainError):
        services.call_update(call=call, by=staff, data={"max_choices": 5})
    call = services.call_update(
        call=call, by=staff, data={"voting_closes_at": call.voting_closes_at + timedelta(days=1)}
    )
    assert services.call_update(call=call, by=staff, data={"title": "Nouveau titre"}).title == (
        "Nouveau titre"
    )


# Proposals


def test_buyer_proposes_with_a_collective_of_two_experts(
    make_call, django_capture_on_commit_callbacks
):
    call = make_call(phase="proposals")
    lead = make_user("acheteur")
    expert1, expert2 = make_user("expert"), make_user("expert")
    with django_capture_on_commit_callbacks(execute=True):
        proposal = build_proposal(
            call,
            lead=lead,
            eligible=None,
            collective=[(expert1.email, "juriste"), (expert2.email, "économiste")],
        )
    assert proposal.lead == lead and proposal.lead_organisation == lead.organisation
    assert proposal.eligibility == Proposal.Eligibility.PENDING
    invitations = [m for m in mail.outbox if expert1.email in m.to or expert2.email in m.to]
    assert len(invitations) == 2
    assert "/chantiers/collectif/" in invitations[0].body
    member = CollectiveMember.objects.get(email=expert1.email)
    token = services.invitation_token(member)
    assert services.invitation_read(token) == member
    assert services.invitation_read(token + "x") is None
    with pytest.raises(DomainError):
        services.collective_confirm(member=member, user=expert2)
    services.collective_confirm(member=member, user=expert1)
    member.refresh_from_db()
    assert member.user == expert1 and member.confirmed_at
    assert expert1.has_perm("chantiers.see_proposal", proposal)
    with pytest.raises(DomainError):
        services.collective_confirm(member=member, user=expert1)


def test_proposal_after_its_window_is_refused(make_call):
    call = make_call(phase="review")
    lead = make_user("acheteur")
    with pytest.raises(DomainError, match="close"):
        services.proposal_submit(
            call=call,
            by=lead,
            data={
                "title": "Trop tard",
                "theme": "clauses",
                "problem": "p",
                "deliverable_kind": "text",
                "deliverable": "d",
                "timeline": "t",
            },
        )
    assert not Proposal.objects.exists()


def test_buyer_without_confirmed_organisation_cannot_propose(make_call):
    call = make_call(phase="proposals")
    lead = make_user("acheteur", organisation_confirmed=False)
    assert "confirmation" in services.proposer_refusal(call=call, user=lead)
    with pytest.raises(DomainError):
        services.proposal_submit(call=call, by=lead, data={"title": "x"})


def test_only_the_lead_edits_until_the_window_closes(make_call):
    call = make_call(phase="proposals")
    proposal = build_proposal(call, eligible=None)
    other = make_user("acheteur")
    assert proposal.lead.has_perm("chantiers.edit_proposal", proposal)
    assert not other.has_perm("chantiers.edit_proposal", proposal)
    with pytest.raises(DomainError):
        services.proposal_update(proposal=proposal, by=other, data={"title": "Pris"})
    services.proposal_update(proposal=proposal, by=proposal.lead, data={"title": "Mieux dit"})
    assert Proposal.objects.get(pk=proposal.pk).title == "Mieux dit"
    set_phase(call, "review")
    proposal = Proposal.objects.get(pk=proposal.pk)
    assert not proposal.lead.has_perm("chantiers.edit_proposal", proposal)
    with pytest.raises(DomainError):
        services.proposal_update(proposal=proposal, by=proposal.lead, data={"title": "Trop tard"})


def test_collective_sync_removes_and_renames(make_call):
    call = make_call(phase="proposals")
    proposal = build_proposal(
        call, eligible=None, collective=[("a@x.fr", "un"), ("b@x.fr", "deux")]
    )
    services.proposal_update(
        proposal=proposal,
        by=proposal.lead,
        data={},
        collective=[("b@x.fr", "trois"), ("c@x.fr", "c")],
    )
    assert dict(proposal.collective.values_list("email", "role")) == {
        "b@x.fr": "trois",
        "c@x.fr": "c",
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pas-une-adresse ; rôle", "adresse électronique"),
        ("a@x.fr", "rôle"),
        ("a@x.fr ; un\nA@x.fr ; deux", "deux fois"),
        ("\n".join(f"p{i}@x.fr ; r" for i in range(13)), "au plus"),
    ],
)
def test_collective_lines_are_checked(text, message):
    with pytest.raises(DomainError, match=message):
        services.parse_collective(text)


def test_staff_review_with_a_reason_the_lead_sees(
    make_call, staff, django_capture_on_commit_callbacks
):
    call = make_call(phase="review")
    proposal = build_proposal(call, eligible=None)
    mail.outbox.clear()
    with pytest.raises(DomainError):
        services.proposal_review(proposal=proposal, by=staff, eligible=False, reason="")
    with django_capture_on_commit_callbacks(execute=True):
        services.proposal_review(proposal=proposal, by=staff, eligible=False, reason="Hors région.")
    proposal.refresh_from_db()
    assert proposal.eligibility == "ineligible" and proposal.eligibility_reason == "Hors région."
    review = [m for m in mail.outbox if "Hors région." in m.body]
    assert len(review) == 1 and review[0].to == [proposal.lead.email]
    set_phase(call, "voting")
    with pytest.raises(DomainError):
        services.proposal_review(proposal=proposal, by=staff, eligible=True)


# The ballot


def test_member_votes_and_changes_their_ballot(voting_call):
    call, proposals = voting_call
    voter = make_member()
    services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[0].pk])
    services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[1].pk, proposals[2].pk])
    ballot = Ballot.objects.get(call=call, voter=voter)
    assert ballot.revision == 2
    assert set(ballot.choices.values_list("proposal_id", flat=True)) == {
        proposals[1].pk,
        proposals[2].pk,
    }
    assert Ballot.objects.count() == 1
    assert ballot.voter_key == services.voter_key(call=call, user_id=voter.pk)
    # The audit log says a ballot was cast, never what it holds.
    entry = AuditEntry.objects.filter(action="chantiers.ballot_cast").last()
    assert set(entry.data) == {"revision"}


@pytest.mark.parametrize(
    "bad",
    ["too_many", "duplicate", "ineligible", "unknown", "other_call", "own", "empty", "garbage"],
)
def test_bad_ballots_are_refused_and_the_previous_one_kept(voting_call, bad):
    call, proposals = voting_call
    voter = make_member()
    own = build_proposal(call, lead=make_user("acheteur", organisation=voter.organisation))
    ineligible = build_proposal(call, eligible=False)
    other = build_proposal(build_call(phase="voting"))
    services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[0].pk])
    choices = {
        "too_many": [p.pk for p in proposals[:3]],
        "duplicate": [proposals[1].pk, proposals[1].pk],
        "ineligible": [ineligible.pk],
        "unknown": [999999],
        "other_call": [other.pk],
        "own": [own.pk],
        "empty": [],
        "garbage": ["abc"],
    }[bad]
    with pytest.raises(DomainError):
        services.ballot_cast(call=call, voter=voter, proposal_ids=choices)
    ballot = Ballot.objects.get(call=call, voter=voter)
    assert list(ballot.choices.values_list("proposal_id", flat=True)) == [proposals[0].pk]
    assert ballot.revision == 1


def test_vote_after_the_close_is_refused(voting_call):
    call, proposals = voting_call
    voter = make_member()
    services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[0].pk])
    set_phase(call, "counting")
    with pytest.raises(DomainError, match="clos"):
        services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[1].pk])
    assert list(BallotChoice.objects.values_list("proposal_id", flat=True)) == [proposals[0].pk]


def test_non_members_and_unconfirmed_members_cannot_vote(voting_call):
    call, proposals = voting_call
    buyer = make_user("acheteur")
    unconfirmed = make_member(organisation_confirmed=False)
    assert "membres" in services.voter_refusal(call=call, voter=buyer)
    message = services.voter_refusal(call=call, voter=unconfirmed)
    assert unconfirmed.organisation.name in message and "confirm" in message
    for voter in (buyer, unconfirmed):
        with pytest.raises(DomainError):
            services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[0].pk])
    assert not Ballot.objects.exists()


def test_one_ballot_per_member_is_a_database_rule(voting_call):
    from django.db import IntegrityError, transaction

    call, proposals = voting_call
    voter = make_member()
    services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[0].pk])
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(
            call=call, voter=voter, voter_key="x", organisation=voter.organisation
        )


def test_order_is_random_per_voter_and_stable(make_call):
    call = make_call(phase="voting", max_choices=3)
    for _ in range(8):
        build_proposal(call)
    a, b = make_member(), make_member()
    order_a = [o.pk for o in selectors.ballot_options(call=call, voter=a)]
    order_b = [o.pk for o in selectors.ballot_options(call=call, voter=b)]
    assert order_a == [o.pk for o in selectors.ballot_options(call=call, voter=a)]
    assert sorted(order_a) == sorted(order_b) and order_a != order_b


def test_own_organisation_option_is_disabled_with_the_reason(voting_call):
    call, proposals = voting_call
    voter = make_member()
    own = build_proposal(call, lead=make_user("acheteur", organisation=voter.organisation))
    options = {o.pk: o for o in selectors.ballot_options(call=call, voter=voter)}
    assert "votre structure" in options[own.pk].disabled_reason
    assert not options[proposals[0].pk].disabled_reason


def test_counts_are_sealed_until_the_close_for_everyone(voting_call, staff):
    call, proposals = voting_call
    services.ballot_cast(call=call, voter=make_member(), proposal_ids=[proposals[0].pk])
    for reader in (selectors.call_counts, selectors.call_turnout):
        with pytest.raises(selectors.CountsSealed):
            reader(call=call)
    with pytest.raises(selectors.CountsSealed):
        list(selectors.audit_rows(call=call))
    assert not staff.has_perm("chantiers.see_counts", call)
    set_phase(call, "counting")
    assert staff.has_perm("chantiers.see_counts", call)
    assert not make_member().has_perm("chantiers.see_counts", call)  # until publication
    assert selectors.call_counts(call=call)[0]["votes"] == 1


# Results


def cast(call, proposals, *ballots):
    for choice in ballots:
        services.ballot_cast(
            call=call, voter=make_member(), proposal_ids=[proposals[i].pk for i in choice]
        )


def test_results_default_top_n_and_publication(
    voting_call, staff, django_capture_on_commit_callbacks
):
    call, proposals = voting_call
    cast(call, proposals, [0, 1], [0, 2], [0, 1], [3])
    set_phase(call, "counting")
    rows = selectors.call_counts(call=call)
    assert [(r["proposal"].pk, r["votes"]) for r in rows[:2]] == [
        (proposals[0].pk, 3),
        (proposals[1].pk, 2),
    ]
    turnout = selectors.call_turnout(call=call)
    assert turnout["ballots"] == 4 and turnout["electorate"] >= 4
    with pytest.raises(DomainError, match="Confirmez"):
        services.results_publish(call=call, by=staff)
    services.selection_confirm(call=call, by=staff, proposal_ids=[proposals[0].pk, proposals[1].pk])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call = services.results_publish(call=call, by=staff)
    assert call.electorate == turnout["electorate"]
    chantiers = Chantier.objects.order_by("slug")
    assert {c.proposal_id for c in chantiers} == {proposals[0].pk, proposals[1].pk}
    assert {m.to[0] for m in mail.outbox} == {p.lead.email for p in proposals}
    selected_mail = next(m for m in mail.outbox if m.to == [proposals[0].lead.email])
    assert f"/chantiers/{proposals[0].slug}/" in selected_mail.body
    assert make_member().has_perm("chantiers.see_counts", call)
    assert make_user(None) is None
    with pytest.raises(DomainError):
        services.results_publish(call=call, by=staff)
    with pytest.raises(DomainError):
        services.selection_confirm(call=call, by=staff, proposal_ids=[proposals[2].pk], reason="x")


def test_a_tie_at_the_boundary_needs_a_recorded_reason(voting_call, staff):
    call, proposals = voting_call
    cast(call, proposals, [0, 1], [0, 2], [3])
    set_phase(call, "counting")
    rows = selectors.call_counts(call=call)
    _default, tie = services.default_selection(rows, call.seats)
    assert tie
    with pytest.raises(DomainError) as error:
        services.selection_confirm(
            call=call, by=staff, proposal_ids=[proposals[0].pk, proposals[2].pk]
        )
    assert error.value.field == "reason"
    services.selection_confirm(
        call=call,
        by=staff,
        proposal_ids=[proposals[0].pk, proposals[2].pk],
        reason="Départagé par le comité : priorité au rural.",
    )
    call.refresh_from_db()
    assert call.selection_reason.startswith("Départagé")
    entry = AuditEntry.objects.filter(action="chantiers.selection_confirmed").last()
    assert entry.data["tie"] is True and entry.data["reason"].startswith("Départagé")


def test_selection_limits(voting_call, staff):
    call, proposals = voting_call
    with pytest.raises(DomainError):
        services.selection_confirm(call=call, by=staff, proposal_ids=[proposals[0].pk])
    set_phase(call, "counting")
    with pytest.raises(DomainError):
        services.selection_confirm(
            call=call, by=staff, proposal_ids=[p.pk for p in proposals[:3]], reason="x"
        )
    with pytest.raises(DomainError):
        services.selection_confirm(call=call, by=staff, proposal_ids=[], reason="x")


def test_audit_rows_are_pseudonymous_and_enough_to_recount(voting_call):
    call, proposals = voting_call
    voters = [make_member(), make_member()]
    services.ballot_cast(
        call=call, voter=voters[0], proposal_ids=[proposals[0].pk, proposals[1].pk]
    )
    services.ballot_cast(call=call, voter=voters[1], proposal_ids=[proposals[0].pk])
    set_phase(call, "counting")
    rows = list(selectors.audit_rows(call=call))
    assert len(rows) == 3
    recount = {}
    for row in rows:
        recount[row["proposal_id"]] = recount.get(row["proposal_id"], 0) + 1
    assert recount == {proposals[0].pk: 2, proposals[1].pk: 1}
    keys = {row["voter"] for row in rows}
    assert len(keys) == 2
    assert not any(str(v.pk) == k or v.email in k for v in voters for k in keys)


# Periodic emails


def test_voting_open_and_reminder_are_sent_once(voting_call, django_capture_on_commit_callbacks):
    call, proposals = voting_call
    voted, waiting = make_member(), make_member()
    services.ballot_cast(call=call, voter=voted, proposal_ids=[proposals[0].pk])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.voting_notices_send()
    opened = [m for m in mail.outbox if "Vote ouvert" in m.subject]
    assert {m.to[0] for m in opened} >= {voted.email, waiting.email}
    assert not any("Plus que deux jours" in m.subject for m in mail.outbox)
    count = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        services.voting_notices_send()
    assert len(mail.outbox) == count
    # Two days before the close, only those who have not voted.
    later = call.voting_closes_at - timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        services.voting_notices_send(now=later)
        services.voting_notices_send(now=later)
    reminders = [m for m in mail.outbox if "deux jours" in m.subject]
    recipients = [m.to[0] for m in reminders]
    assert waiting.email in recipients and voted.email not in recipients
    assert len(recipients) == len(set(recipients))


def test_no_notice_for_a_call_not_in_its_vote(make_call, django_capture_on_commit_callbacks):
    make_call(phase="review")
    make_member()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.voting_notices_send() == 0


# Chantiers


def published_chantier(staff):
    call = build_call(phase="voting", seats=1)
    expert = make_user("expert")
    proposal = build_proposal(call, collective=[(expert.email, "experte")])
    services.collective_confirm(member=proposal.collective.get(), user=expert)
    services.ballot_cast(call=call, voter=make_member(), proposal_ids=[proposal.pk])
    set_phase(call, "counting")
    services.selection_confirm(call=call, by=staff, proposal_ids=[proposal.pk])
    services.results_publish(call=call, by=staff)
    return Chantier.objects.get(proposal=proposal), expert


def test_progress_and_deliverables(staff):
    from django.core.files.uploadedfile import SimpleUploadedFile

    chantier, expert = published_chantier(staff)
    assert expert.has_perm("chantiers.post_progress", chantier)
    assert not make_user("acheteur").has_perm("chantiers.post_progress", chantier)
    services.progress_add(chantier=chantier, by=expert, date=timezone.localdate(), text="Réunion 1")
    with pytest.raises(DomainError):
        services.progress_add(
            chantier=chantier, by=expert, date=timezone.localdate() + timedelta(days=9), text="x"
        )
    with pytest.raises(DomainError):
        services.deliverable_add(chantier=chantier, by=expert, title="Rien")
    pdf = SimpleUploadedFile("guide.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    deliverable = services.deliverable_add(chantier=chantier, by=expert, title="Guide", upload=pdf)
    assert deliverable.licence == "Licence Ouverte / Etalab 2.0"
    assert deliverable.upload.content_kind == "pdf"
    visitor = make_user(None)
    from django.contrib.auth.models import AnonymousUser

    assert not AnonymousUser().has_perm("chantiers.download_deliverable", deliverable)
    assert expert.has_perm("chantiers.download_deliverable", deliverable)
    with pytest.raises(DomainError):
        services.chantier_deliver(chantier=chantier, by=staff)
    services.deliverable_publish(deliverable=deliverable, by=staff)
    deliverable.refresh_from_db()
    assert AnonymousUser().has_perm("chantiers.download_deliverable", deliverable)
    assert visitor is None
    services.chantier_deliver(chantier=chantier, by=staff)
    chantier.refresh_from_db()
    assert chantier.status == "delivered"


def test_personal_data_export_and_erase(staff):
    chantier, expert = published_chantier(staff)
    proposal = chantier.proposal
    lead = proposal.lead
    data = services.personal_data(lead)
    assert data["proposals"][0]["title"] == proposal.title
    voter_ballot = Ballot.objects.get()
    voter = voter_ballot.voter
    assert services.personal_data(voter)["ballots"][0]["choices"] == [proposal.title]
    services.personal_data_erase(voter)
    services.personal_data_erase(expert)
    services.personal_data_erase(lead)
    voter_ballot.refresh_from_db()
    assert voter_ballot.voter is None and voter_ballot.voter_key  # still counted
    assert Proposal.objects.get(pk=proposal.pk).lead is None
    assert not CollectiveMember.objects.filter(email=expert.email).exists()
