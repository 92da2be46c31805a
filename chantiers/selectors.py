"""Every read of the Appels à chantiers: each page's lists come from one function here.

Vote counts come from `call_counts` only, and it refuses to count before the vote closes: no
page, staff's included, can show a count earlier, whatever its template asks for.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from apure.caching import cached
from apure.errors import DomainError

from .models import (
    Ballot,
    BallotChoice,
    Call,
    Chantier,
    CollectiveMember,
    Deliverable,
    Phase,
    ProgressEntry,
    Proposal,
    Theme,
)

PUBLIC_PROPOSAL_PHASES = (Phase.VOTING, Phase.COUNTING, Phase.RESULTS, Phase.RUNNING, Phase.CLOSED)


class CountsSealed(DomainError):
    """Asked for counts before the vote closed."""


# Calls


def calls_for_index(*, user) -> QuerySet[Call]:
    calls = Call.objects.all() if user.has_perm("chantiers.manage") else Call.objects.visible()
    return calls.annotate(
        eligible_count=Count("proposals", filter=Q(proposals__eligibility="eligible"))
    ).order_by("-voting_closes_at", "-pk")


def call_get_for_user_or_404(*, slug: str, user) -> Call:
    call = Call.objects.filter(slug=slug[:120]).first()
    if call is None or not user.has_perm("chantiers.see_call", call):
        raise Http404
    return call


def _collective_prefetch() -> Prefetch:
    return Prefetch(
        "collective", CollectiveMember.objects.select_related("user").order_by("invited_at", "pk")
    )


def call_proposals(*, call: Call, user) -> list[Proposal]:
    """The proposals of a call this person may see: all for staff; the eligible ones from the
    vote on; their own (lead or confirmed collective member) at any time."""
    proposals = (
        Proposal.objects.filter(call=call)
        .select_related("lead", "lead_organisation")
        .prefetch_related(_collective_prefetch())
        .order_by("title", "pk")
    )
    if not user.has_perm("chantiers.manage"):
        visible = Q(pk__in=[])
        if call.phase in PUBLIC_PROPOSAL_PHASES:
            visible |= Q(eligibility=Proposal.Eligibility.ELIGIBLE)
        if user.is_authenticated:
            visible |= Q(lead=user) | Q(
                Exists(
                    CollectiveMember.objects.filter(
                        proposal=OuterRef("pk"), user=user, confirmed_at__isnull=False
                    )
                )
            )
        proposals = proposals.filter(visible)
    result = list(proposals)
    for proposal in result:
        proposal.call = call  # the permission rules read the call: no query per proposal
    return result


def proposal_get_for_user_or_404(*, call: Call, slug: str, user) -> Proposal:
    proposal = (
        Proposal.objects.filter(call=call, slug=slug[:120])
        .select_related("lead", "lead_organisation")
        .prefetch_related(_collective_prefetch())
        .first()
    )
    if proposal is None:
        raise Http404
    proposal.call = call
    if not user.has_perm("chantiers.see_proposal", proposal):
        raise Http404
    return proposal


# The ballot


def ballot_order_key(*, call: Call, voter_id: int, proposal_id: int) -> str:
    """Random per voter, stable for that voter: a hash of the call's secret, the voter and
    the proposal (the secret never leaves the server, so nobody can predict another's order)."""
    return hashlib.sha256(f"{call.secret}:{voter_id}:{proposal_id}".encode()).hexdigest()


@dataclass(frozen=True)
class BallotState:
    """The member's own ballot as their page shows it: when it was last changed."""

    updated_at: Any


@dataclass(frozen=True)
class BallotOption:
    pk: int
    html: str
    chosen: bool
    disabled_reason: str


def _ballot_fragments(call: Call) -> list[tuple[int, int, str]]:
    """(proposal id, lead organisation id, rendered label) of each eligible proposal; the
    same for every voter, so it is cached until a proposal, a call or an organisation
    changes (the "chantiers" namespace is bumped in the writing transaction)."""

    def compute() -> list[tuple[int, int, str]]:
        proposals = (
            Proposal.objects.filter(call=call, eligibility=Proposal.Eligibility.ELIGIBLE)
            .select_related("lead_organisation")
            .order_by("pk")
        )
        fragments = []
        for proposal in proposals:
            proposal.call = call
            html = render_to_string("chantiers/_ballot_option.html", {"proposal": proposal})
            fragments.append((proposal.pk, proposal.lead_organisation_id, mark_safe(html)))  # noqa: S308
        return fragments

    return cached("chantiers", ("ballot", call.pk, get_language()), compute)


def ballot_options_and_state(*, call: Call, voter) -> tuple[list[BallotOption], BallotState | None]:
    """The options and the member's ballot, with one query for the ballot and its choices."""
    rows = list(
        BallotChoice.objects.filter(ballot__call=call, ballot__voter=voter).values_list(
            "proposal_id", "ballot__updated_at"
        )
    )
    state = BallotState(rows[0][1]) if rows else None
    return _options(call, voter, {pk for pk, _at in rows}), state


def ballot_options(*, call: Call, voter) -> list[BallotOption]:
    """The eligible proposals in this voter's order, each marked chosen (current ballot) and
    disabled with the reason when their organisation leads it."""
    return _options(call, voter, set(ballot_choice_ids(call=call, voter=voter)))


def _options(call: Call, voter, chosen: set[int]) -> list[BallotOption]:
    fragments = sorted(
        _ballot_fragments(call),
        key=lambda f: ballot_order_key(call=call, voter_id=voter.pk, proposal_id=f[0]),
    )
    own = _("Led by your organisation: you cannot vote for it.")
    return [
        BallotOption(
            pk,
            html,
            pk in chosen,
            own if voter.organisation_id and organisation_id == voter.organisation_id else "",
        )
        for pk, organisation_id, html in fragments
    ]


def ballot_of(*, call: Call, voter) -> Ballot | None:
    if not voter.is_authenticated:
        return None
    return Ballot.objects.filter(call=call, voter=voter).first()


def ballot_choice_ids(*, call: Call, voter) -> list[int]:
    """The member's own current choices (only ever shown to them)."""
    if not voter.is_authenticated:
        return []
    return list(
        BallotChoice.objects.filter(ballot__call=call, ballot__voter=voter).values_list(
            "proposal_id", flat=True
        )
    )


def ballots_to_cast(*, user) -> list[dict[str, Any]]:
    """Calls in their vote, for a member's dashboard: closing date and whether they voted."""
    if not user.has_perm("chantiers.vote"):
        return []
    now = timezone.now()
    calls = Call.objects.in_voting(now).annotate(
        voted=Exists(Ballot.objects.filter(call=OuterRef("pk"), voter=user))
    )
    return [{"call": call, "voted": call.voted} for call in calls.order_by("voting_closes_at")]


# Results: counts exist only after the close


def call_counts(*, call: Call) -> list[dict[str, Any]]:
    """Eligible proposals with their number of approvals, most first (ties by title).
    Refused before the vote closes, for everyone."""
    if not call.vote_closed():
        raise CountsSealed(_("The counts are sealed until the vote closes."))
    counts = dict(
        BallotChoice.objects.filter(ballot__call=call)
        .values("proposal")
        .annotate(n=Count("pk"))
        .values_list("proposal", "n")
    )
    proposals = list(
        Proposal.objects.filter(
            call=call, eligibility=Proposal.Eligibility.ELIGIBLE
        ).select_related("lead_organisation")
    )
    rows = [{"proposal": p, "votes": counts.get(p.pk, 0)} for p in proposals]
    rows.sort(key=lambda row: (-row["votes"], row["proposal"].title.lower(), row["proposal"].pk))
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
        row["proposal"].call = call
    return rows


def call_turnout(*, call: Call) -> dict[str, Any]:
    """Ballots cast over members who could vote (fixed at publication)."""
    if not call.vote_closed():
        raise CountsSealed(_("The counts are sealed until the vote closes."))
    from .services import electorate_size

    ballots = Ballot.objects.filter(call=call).count()
    electorate = call.electorate if call.electorate is not None else electorate_size()
    share = round(100 * ballots / electorate) if electorate else 0
    return {"ballots": ballots, "electorate": electorate, "percent": share}


def audit_rows(*, call: Call):
    """One row per chosen proposal per ballot: pseudonym, timestamps, proposal; enough to
    recount, nothing to identify the voter."""
    if not call.vote_closed():
        raise CountsSealed(_("The counts are sealed until the vote closes."))
    choices = (
        BallotChoice.objects.filter(ballot__call=call)
        .select_related("ballot", "proposal")
        .order_by("ballot__voter_key", "proposal__title", "pk")
    )
    for choice in choices.iterator(chunk_size=500):
        ballot = choice.ballot
        yield {
            "voter": ballot.voter_key[:16],
            "cast_at": ballot.cast_at,
            "updated_at": ballot.updated_at,
            "revision": ballot.revision,
            "proposal_id": choice.proposal_id,
            "proposal": choice.proposal.title,
        }


# Chantiers


def chantier_search(*, theme: str = "", query: str = "") -> QuerySet[Chantier]:
    chantiers = Chantier.objects.select_related(
        "proposal__lead_organisation", "proposal__call"
    ).order_by("status", "-started_at", "pk")
    if theme in Theme.values:
        chantiers = chantiers.filter(proposal__theme=theme)
    if query:
        chantiers = chantiers.filter(
            Q(proposal__title__icontains=query)
            | Q(proposal__problem__icontains=query)
            | Q(proposal__deliverable__icontains=query)
        )
    return chantiers


def chantier_get_or_404(*, slug: str) -> Chantier:
    chantier = (
        Chantier.objects.select_related(
            "proposal__lead", "proposal__lead_organisation", "proposal__call"
        )
        .prefetch_related(Prefetch("proposal__collective", _collective_prefetch().queryset))
        .filter(slug=slug[:120])
        .first()
    )
    if chantier is None:
        raise Http404
    return chantier


def chantier_progress(*, chantier: Chantier) -> list[ProgressEntry]:
    return list(chantier.progress.select_related("author").order_by("-date", "-pk"))


def chantier_deliverables(*, chantier: Chantier, user) -> list[Deliverable]:
    """Published deliverables for everyone; unpublished ones for the collective and staff."""
    deliverables = chantier.deliverables.select_related("upload").order_by("created_at", "pk")
    if not (
        user.has_perm("chantiers.manage") or user.has_perm("chantiers.add_deliverable", chantier)
    ):
        deliverables = deliverables.filter(published_at__isnull=False)
    result = list(deliverables)
    for deliverable in result:
        deliverable.chantier = chantier
    return result


def deliverable_get_for_user_or_404(*, chantier: Chantier, pk: int, user) -> Deliverable:
    if not 0 < pk < 2**63:
        raise Http404
    deliverable = (
        Deliverable.objects.select_related("upload").filter(chantier=chantier, pk=pk).first()
    )
    if deliverable is None:
        raise Http404
    deliverable.chantier = chantier
    if not user.has_perm("chantiers.download_deliverable", deliverable):
        raise Http404
    return deliverable


def proposals_led_by(*, user) -> list[Proposal]:
    if not user.is_authenticated:
        return []
    return list(
        Proposal.objects.filter(lead=user).select_related("call").order_by("-created_at")[:5]
    )


def invitations_pending(*, user) -> list[CollectiveMember]:
    if not user.is_authenticated:
        return []
    return list(
        CollectiveMember.objects.filter(email__iexact=user.email, confirmed_at__isnull=True)
        .select_related("proposal__call")
        .order_by("-invited_at")[:5]
    )
