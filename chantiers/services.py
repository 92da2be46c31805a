"""Every write of the Appels à chantiers: one function per use case, atomic, audited.

The ballot is the heart of it: `ballot_cast` locks the call row, re-reads the phase under the
lock, checks every choice before touching anything (a refused ballot leaves the previous one
intact), then replaces the member's one ballot. Two submissions of the same member are
serialised by that lock; the one that commits last is the ballot that counts.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from apure.audit import audit_log
from apure.emails import email_enqueue
from apure.errors import DomainError
from apure.files import private_file_save
from apure.models import User
from apure.roles import Role

from .models import (
    DEFAULT_LICENCE,
    RESERVED_SLUGS,
    Ballot,
    BallotChoice,
    Call,
    Chantier,
    CollectiveMember,
    Deliverable,
    DeliverableFile,
    Phase,
    ProgressEntry,
    Proposal,
)

CALL_FIELDS = (
    "title",
    "description",
    "eligibility_rules",
    "proposals_open_at",
    "proposals_close_at",
    "voting_opens_at",
    "voting_closes_at",
    "work_starts_at",
    "max_choices",
    "seats",
)
PROPOSAL_FIELDS = (
    "title",
    "theme",
    "problem",
    "deliverable_kind",
    "deliverable",
    "needs_material",
    "needs_intellectual",
    "timeline",
)
COLLECTIVE_MAX = 12
INVITATION_SALT = "chantiers.collective"
INVITATION_MAX_AGE = 60 * 60 * 24 * 60  # sixty days
REMINDER_BEFORE_CLOSE = timedelta(days=2)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean_text(value: Any) -> Any:
    if isinstance(value, str):
        return _CONTROL.sub("", value).strip()
    return value


def _unique_slug(model, title: str, *, fallback: str) -> str:
    base = slugify(title)[:100].strip("-") or fallback
    slug, n = base, 2
    while slug in RESERVED_SLUGS or model.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _full_clean(instance, **kwargs) -> None:
    """Model validation as a DomainError naming the first field at fault."""
    try:
        instance.full_clean(**kwargs)
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            field, errors = next(iter(error.error_dict.items()))
            raise DomainError(
                " ".join(str(m) for e in errors for m in e.messages),
                field=None if field == "__all__" else field,
            ) from None
        raise DomainError(" ".join(error.messages)) from None


# Calls


def call_check_dates(values: dict[str, Any]) -> None:
    """Proposal window, then voting window, then the chantiers' start; each refusal names
    the field to correct."""
    p_open, p_close = values.get("proposals_open_at"), values.get("proposals_close_at")
    v_open, v_close = values.get("voting_opens_at"), values.get("voting_closes_at")
    start = values.get("work_starts_at")
    if p_open and p_close and p_close <= p_open:
        raise DomainError(_("Proposals must close after they open."), field="proposals_close_at")
    if p_close and v_open and v_open < p_close:
        raise DomainError(
            _("Voting cannot open before the proposal window closes."), field="voting_opens_at"
        )
    if v_open and v_close and v_close <= v_open:
        raise DomainError(_("Voting must close after it opens."), field="voting_closes_at")
    if start and v_close and start < v_close:
        raise DomainError(
            _("Chantiers cannot start before the vote closes."), field="work_starts_at"
        )


@transaction.atomic
def call_create(*, by: User, data: dict[str, Any], slug: str = "") -> Call:
    call = Call(created_by=by)
    for name in CALL_FIELDS:
        if name in data:
            setattr(call, name, _clean_text(data[name]))
    call_check_dates({name: getattr(call, name) for name in CALL_FIELDS})
    call.slug = slug or _unique_slug(Call, call.title, fallback="appel")
    _full_clean(call)
    call.save()
    audit_log(actor=by, action="chantiers.call_created", obj=call, slug=call.slug)
    return call


@transaction.atomic
def call_update(*, call: Call, by: User, data: dict[str, Any]) -> Call:
    """Staff edit a call. Once voting has opened, the rules of the vote (its opening and the
    number of choices) are fixed; once it has closed, so is its closing."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    now = timezone.now()
    before = {name: getattr(call, name) for name in CALL_FIELDS}
    for name in CALL_FIELDS:
        if name in data:
            setattr(call, name, _clean_text(data[name]))
    changed = sorted(name for name in CALL_FIELDS if getattr(call, name) != before[name])
    if not changed:
        return call
    if call.published_at and before["voting_opens_at"] <= now:
        for name in ("voting_opens_at", "max_choices", "proposals_open_at", "proposals_close_at"):
            if name in changed:
                raise DomainError(
                    _("Voting has opened: its windows and rules can no longer change."),
                    field=name,
                )
    if call.published_at and before["voting_closes_at"] <= now and "voting_closes_at" in changed:
        raise DomainError(
            _("The vote has closed: its closing date can no longer change."),
            field="voting_closes_at",
        )
    if call.results_published_at and "seats" in changed:
        raise DomainError(_("The results are published: the selection is final."), field="seats")
    call_check_dates({name: getattr(call, name) for name in CALL_FIELDS})
    _full_clean(call, exclude=["slug"])
    call.save()
    audit_log(actor=by, action="chantiers.call_updated", obj=call, fields=changed)
    return call


@transaction.atomic
def call_publish(*, call: Call, by: User) -> Call:
    call = Call.objects.select_for_update().get(pk=call.pk)
    if call.published_at is not None:
        raise DomainError(_("This call is already published."))
    call.published_at = timezone.now()
    call.save(update_fields=["published_at", "updated_at"])
    audit_log(actor=by, action="chantiers.call_published", obj=call)
    return call


@transaction.atomic
def call_close(*, call: Call, by: User) -> Call:
    call = Call.objects.select_for_update().get(pk=call.pk)
    if call.results_published_at is None:
        raise DomainError(_("A call is closed after its results are published."))
    if call.closed_at is not None:
        raise DomainError(_("This call is already closed."))
    call.closed_at = timezone.now()
    call.save(update_fields=["closed_at", "updated_at"])
    audit_log(actor=by, action="chantiers.call_closed", obj=call)
    return call


# Proposals


def _check_proposer(by: User) -> None:
    if not (by.is_authenticated and by.has_role(Role.BUYER)):
        raise DomainError(_("Only public buyers can propose a chantier."))
    if not by.organisation_id:
        raise DomainError(
            _("Name your organisation in your profile first: a chantier is proposed for it.")
        )
    if not by.organisation_confirmed:
        raise DomainError(
            _(
                "Your membership of %(organisation)s is waiting for confirmation by the network "
                "staff: you can propose once it is confirmed."
            )
            % {"organisation": by.organisation.name}
        )


def proposer_refusal(*, call: Call, user: User) -> str | None:
    """Why this person cannot propose to this call now, or None."""
    try:
        _check_proposer(user)
    except DomainError as error:
        return str(error)
    if not call.accepts_proposals():
        if call.published_at and timezone.now() >= call.proposals_close_at:
            return _("The proposal window of this call is closed.")
        return _("This call does not accept proposals at the moment.")
    return None


def _lock_call_accepting(call: Call) -> Call:
    call = Call.objects.select_for_update().get(pk=call.pk)
    if not call.accepts_proposals():
        if call.published_at and timezone.now() >= call.proposals_close_at:
            raise DomainError(_("The proposal window of this call is closed."))
        raise DomainError(_("This call does not accept proposals at the moment."))
    return call


def parse_collective(text: str) -> list[tuple[str, str]]:
    """`email ; role` lines (a comma or a tab also separates) into pairs, checked."""
    entries: dict[str, str] = {}
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = _CONTROL.sub("", raw).strip()
        if not line:
            continue
        email, _sep, role = _split_line(line)
        email = email.strip().lower()
        role = role.strip()[:150]
        try:
            validate_email(email)
        except ValidationError:
            raise DomainError(
                _("Line %(n)s: “%(email)s” is not an email address.")
                % {"n": number, "email": email[:80]},
                field="collective",
            ) from None
        if not role:
            raise DomainError(
                _("Line %(n)s: give the role of %(email)s in the collective.")
                % {"n": number, "email": email},
                field="collective",
            )
        if email in entries:
            raise DomainError(
                _("%(email)s is listed twice.") % {"email": email}, field="collective"
            )
        entries[email] = role
    if len(entries) > COLLECTIVE_MAX:
        raise DomainError(
            _("A collective holds at most %(n)s people.") % {"n": COLLECTIVE_MAX},
            field="collective",
        )
    return list(entries.items())


def _split_line(line: str) -> tuple[str, str, str]:
    for separator in (";", "\t", ","):
        if separator in line:
            email, role = line.split(separator, 1)
            return email, separator, role
    return line, "", ""


def collective_as_text(proposal: Proposal) -> str:
    return "\n".join(f"{m.email} ; {m.role}" for m in proposal.collective.all())


def invitation_token(member: CollectiveMember) -> str:
    return signing.dumps({"m": member.pk, "e": member.email}, salt=INVITATION_SALT, compress=True)


def invitation_read(token: str) -> CollectiveMember | None:
    """The invitation a link stands for, or None when the link is forged, stale or revoked."""
    try:
        data = signing.loads(token, salt=INVITATION_SALT, max_age=INVITATION_MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return (
        CollectiveMember.objects.select_related("proposal__call", "proposal__lead_organisation")
        .filter(pk=data.get("m"), email=data.get("e"))
        .first()
    )


def _invite(member: CollectiveMember, by: User) -> None:
    email_enqueue(
        to=[member.email],
        template="chantiers/invitation",
        context={
            "member": member,
            "proposal": member.proposal,
            "lead": by,
            "token": invitation_token(member),
            "has_account": User.objects.filter(email__iexact=member.email).exists(),
        },
        key=f"chantiers.invitation:{member.pk}",
    )


def _collective_sync(proposal: Proposal, entries: list[tuple[str, str]], by: User) -> list[str]:
    """Keep, update, remove and invite; returns the emails newly invited."""
    current = {m.email: m for m in proposal.collective.all()}
    wanted = dict(entries)
    lead_email = (proposal.lead.email.lower() if proposal.lead else "") or None
    if lead_email and lead_email in wanted:
        raise DomainError(
            _("You lead the chantier: list the other members of the collective only."),
            field="collective",
        )
    removed = [email for email in current if email not in wanted]
    if removed:
        CollectiveMember.objects.filter(proposal=proposal, email__in=removed).delete()
    invited = []
    for email, role in wanted.items():
        member = current.get(email)
        if member is None:
            member = CollectiveMember.objects.create(proposal=proposal, email=email, role=role)
            _invite(member, by)
            invited.append(email)
        elif member.role != role:
            member.role = role
            member.save(update_fields=["role"])
    return invited


@transaction.atomic
def proposal_submit(
    *, call: Call, by: User, data: dict[str, Any], collective: Iterable[tuple[str, str]] = ()
) -> Proposal:
    """A buyer proposes a chantier for their organisation during the proposal window."""
    _check_proposer(by)
    call = _lock_call_accepting(call)
    proposal = Proposal(call=call, lead=by, lead_organisation=by.organisation)
    for name in PROPOSAL_FIELDS:
        if name in data:
            setattr(proposal, name, _clean_text(data[name]))
    proposal.slug = _unique_slug(Proposal, proposal.title, fallback="chantier")
    _full_clean(proposal)
    proposal.save()
    invited = _collective_sync(proposal, list(collective), by)
    audit_log(
        actor=by, action="chantiers.proposal_submitted", obj=proposal, call=call.pk, invited=invited
    )
    email_enqueue(
        to=[by.email],
        template="chantiers/proposal_received",
        context={"proposal": proposal, "call": call},
        key=f"chantiers.proposal_received:{proposal.pk}",
    )
    return proposal


@transaction.atomic
def proposal_update(
    *,
    proposal: Proposal,
    by: User,
    data: dict[str, Any],
    collective: Iterable[tuple[str, str]] | None = None,
) -> Proposal:
    """Its lead edits the proposal until the proposal window closes."""
    _lock_call_accepting(proposal.call)
    proposal = (
        Proposal.objects.select_for_update(of=("self",)).select_related("lead").get(pk=proposal.pk)
    )
    if proposal.lead_id != by.pk:
        raise DomainError(_("Only the lead of a proposal can change it."))
    changed = []
    for name in PROPOSAL_FIELDS:
        if name in data:
            value = _clean_text(data[name])
            if getattr(proposal, name) != value:
                setattr(proposal, name, value)
                changed.append(name)
    _full_clean(proposal)
    if changed:
        proposal.save()
    invited = _collective_sync(proposal, list(collective), by) if collective is not None else []
    audit_log(
        actor=by, action="chantiers.proposal_updated", obj=proposal, fields=changed, invited=invited
    )
    return proposal


@transaction.atomic
def proposal_review(*, proposal: Proposal, by: User, eligible: bool, reason: str = "") -> Proposal:
    """Staff mark a proposal eligible or not, with a reason its lead sees; possible until
    the vote opens."""
    call = Call.objects.select_for_update().get(pk=proposal.call_id)
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if call.phase_at() not in (Phase.DRAFT, Phase.ANNOUNCED, Phase.PROPOSALS, Phase.REVIEW):
        raise DomainError(_("Voting has opened: eligibility can no longer change."))
    reason = _clean_text(reason or "")
    if not eligible and not reason:
        raise DomainError(
            _("Say why the proposal is not eligible: its lead will read it."), field="reason"
        )
    proposal.eligibility = (
        Proposal.Eligibility.ELIGIBLE if eligible else Proposal.Eligibility.INELIGIBLE
    )
    proposal.eligibility_reason = reason
    proposal.reviewed_at = timezone.now()
    proposal.save(update_fields=["eligibility", "eligibility_reason", "reviewed_at", "updated_at"])
    audit_log(
        actor=by,
        action="chantiers.proposal_reviewed",
        obj=proposal,
        eligibility=proposal.eligibility,
        reason=reason,
    )
    if proposal.lead and proposal.lead.is_active and proposal.lead.email:
        email_enqueue(
            to=[proposal.lead.email],
            template="chantiers/eligibility",
            context={"proposal": proposal, "call": call},
            key=f"chantiers.eligibility:{proposal.pk}:{proposal.reviewed_at.timestamp()}",
        )
    return proposal


@transaction.atomic
def collective_confirm(*, member: CollectiveMember, user: User) -> CollectiveMember:
    """The invited person confirms, signed in with the address the invitation went to."""
    member = CollectiveMember.objects.select_for_update().get(pk=member.pk)
    if user.email.lower() != member.email.lower():
        raise DomainError(
            _("This invitation was sent to %(email)s: sign in with that address to confirm it.")
            % {"email": member.email}
        )
    if member.confirmed_at is not None:
        raise DomainError(_("You have already joined this collective."))
    member.user = user
    member.confirmed_at = timezone.now()
    member.save(update_fields=["user", "confirmed_at"])
    audit_log(actor=user, action="chantiers.collective_joined", obj=member.proposal)
    return member


# The ballot


def voter_key(*, call: Call, user_id: int) -> str:
    """The voter's pseudonym in the audit export: stable within a call, unlinkable across
    calls and without the server's secret."""
    message = f"chantiers.ballot:{call.pk}:{user_id}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def voter_refusal(*, call: Call, voter: User) -> str | None:
    """Why this person cannot vote in this call now, or None."""
    if not (voter.is_authenticated and voter.has_role(Role.MEMBER)):
        return _("Only members of the APuRe network vote.")
    if not voter.organisation_id:
        return _(
            "You vote for your organisation: name it in your profile, then the network staff "
            "confirm your membership."
        )
    if not voter.organisation_confirmed:
        return _(
            "You vote for %(organisation)s once the network staff have confirmed that you "
            "belong to it. Your membership is waiting for their confirmation."
        ) % {"organisation": voter.organisation.name}
    phase = call.phase_at()
    if phase in (Phase.DRAFT, Phase.ANNOUNCED, Phase.PROPOSALS, Phase.REVIEW):
        return _("Voting has not opened yet.")
    if phase != Phase.VOTING:
        return _("The vote is closed.")
    return None


@transaction.atomic
def ballot_cast(*, call: Call, voter: User, proposal_ids: Iterable[Any]) -> Ballot:
    """Record or replace the member's approval ballot. Everything is checked before anything
    is written; the call row is locked so that the phase cannot move and two submissions of
    the same member cannot interleave."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    refusal = voter_refusal(call=call, voter=voter)
    if refusal:
        raise DomainError(refusal)
    raw = list(proposal_ids)
    try:
        ids = [int(value) for value in raw]
    except (TypeError, ValueError):
        raise DomainError(_("One of the choices is not a proposal of this call.")) from None
    if any(not 0 < pk < 2**63 for pk in ids):
        raise DomainError(_("One of the choices is not a proposal of this call."))
    if not ids:
        raise DomainError(_("Choose at least one proposal."))
    if len(set(ids)) != len(ids):
        raise DomainError(_("Each proposal can be chosen only once."))
    if len(ids) > call.max_choices:
        raise DomainError(
            ngettext(
                "Choose at most %(n)s proposal.",
                "Choose at most %(n)s proposals.",
                call.max_choices,
            )
            % {"n": call.max_choices}
        )
    proposals = {
        p.pk: p
        for p in Proposal.objects.filter(call=call, pk__in=ids).only(
            "pk", "title", "eligibility", "lead_organisation_id"
        )
    }
    for pk in ids:
        proposal = proposals.get(pk)
        if proposal is None:
            raise DomainError(_("One of the choices is not a proposal of this call."))
        if not proposal.is_eligible:
            raise DomainError(
                _("“%(title)s” is not eligible: it cannot be chosen.") % {"title": proposal.title}
            )
        if proposal.lead_organisation_id == voter.organisation_id:
            raise DomainError(
                _("“%(title)s” is led by your organisation: you cannot vote for it.")
                % {"title": proposal.title}
            )
    now = timezone.now()
    ballot = Ballot.objects.filter(call=call, voter=voter).first()
    if ballot is None:
        ballot = Ballot.objects.create(
            call=call,
            voter=voter,
            voter_key=voter_key(call=call, user_id=voter.pk),
            organisation_id=voter.organisation_id,
            cast_at=now,
            updated_at=now,
        )
    else:
        ballot.choices.all().delete()
        Ballot.objects.filter(pk=ballot.pk).update(
            updated_at=now, revision=F("revision") + 1, organisation_id=voter.organisation_id
        )
        ballot.refresh_from_db()
    BallotChoice.objects.bulk_create(BallotChoice(ballot=ballot, proposal_id=pk) for pk in ids)
    # Who chose what is never written anywhere but the ballot itself.
    audit_log(actor=voter, action="chantiers.ballot_cast", obj=call, revision=ballot.revision)
    return ballot


# Results


def ranking(call: Call) -> list[dict[str, Any]]:
    """Eligible proposals with their counts, most votes first; only after the close."""
    from .selectors import call_counts

    return call_counts(call=call)


def default_selection(rows: list[dict[str, Any]], seats: int) -> tuple[set[int], bool]:
    """The top `seats` by count, and whether a tie crosses the boundary (staff settle it)."""
    chosen = {row["proposal"].pk for row in rows[:seats]}
    tie = len(rows) > seats and rows[seats - 1]["votes"] == rows[seats]["votes"]
    return chosen, tie


@transaction.atomic
def selection_confirm(
    *, call: Call, by: User, proposal_ids: Iterable[Any], reason: str = ""
) -> Call:
    """Staff confirm which proposals become chantiers. Anything but the clear top N (a tie
    at the boundary, fewer, or another choice) needs a reason, which is recorded."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    if not call.vote_closed():
        raise DomainError(_("The selection is confirmed after the vote closes."))
    if call.results_published_at is not None:
        raise DomainError(_("The results are published: the selection is final."))
    try:
        ids = {int(v) for v in proposal_ids}
    except (TypeError, ValueError):
        raise DomainError(_("One of the choices is not a proposal of this call.")) from None
    rows = ranking(call)
    eligible = {row["proposal"].pk for row in rows}
    if not ids:
        raise DomainError(_("Select at least one proposal."), field="proposals")
    if not ids <= eligible:
        raise DomainError(_("Only eligible proposals of this call can be selected."))
    if len(ids) > call.seats:
        raise DomainError(
            ngettext(
                "This call selects %(n)s chantier.",
                "This call selects %(n)s chantiers.",
                call.seats,
            )
            % {"n": call.seats},
            field="proposals",
        )
    reason = _clean_text(reason or "")
    default, tie = default_selection(rows, call.seats)
    if (tie or ids != default) and not reason:
        raise DomainError(
            _(
                "This selection is not the clear top %(n)s (a tie, or another choice): "
                "record the reason."
            )
            % {"n": call.seats},
            field="reason",
        )
    Proposal.objects.filter(call=call).exclude(pk__in=ids).update(selected=False)
    Proposal.objects.filter(call=call, pk__in=ids).update(selected=True)
    call.selection_confirmed_at = timezone.now()
    call.selection_reason = reason
    call.save(update_fields=["selection_confirmed_at", "selection_reason", "updated_at"])
    audit_log(
        actor=by,
        action="chantiers.selection_confirmed",
        obj=call,
        selected=sorted(ids),
        default=sorted(default),
        tie=tie,
        reason=reason,
    )
    return call


def electorate_size() -> int:
    """Members who can vote: active, with the member role and a confirmed organisation."""
    return (
        User.objects.filter(
            is_active=True,
            groups__name=Role.MEMBER.value,
            organisation__isnull=False,
            organisation_confirmed=True,
        )
        .distinct()
        .count()
    )


@transaction.atomic
def results_publish(*, call: Call, by: User) -> Call:
    """Publish the counts and the selection; each selected proposal gets its chantier page;
    every lead of an eligible proposal hears the outcome."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    if call.results_published_at is not None:
        raise DomainError(_("The results are already published."))
    if not call.vote_closed():
        raise DomainError(_("The results are published after the vote closes."))
    if call.selection_confirmed_at is None:
        raise DomainError(_("Confirm the selection before publishing the results."))
    now = timezone.now()
    call.results_published_at = now
    call.electorate = electorate_size()
    call.save(update_fields=["results_published_at", "electorate", "updated_at"])
    proposals = list(
        Proposal.objects.filter(
            call=call, eligibility=Proposal.Eligibility.ELIGIBLE
        ).select_related("lead")
    )
    start = call.work_starts_at or now
    for proposal in proposals:
        if proposal.selected:
            Chantier.objects.get_or_create(
                proposal=proposal, defaults={"slug": proposal.slug, "started_at": start}
            )
    audit_log(
        actor=by,
        action="chantiers.results_published",
        obj=call,
        selected=[p.pk for p in proposals if p.selected],
        electorate=call.electorate,
    )
    for proposal in proposals:
        if proposal.lead and proposal.lead.is_active and proposal.lead.email:
            email_enqueue(
                to=[proposal.lead.email],
                template="chantiers/results",
                context={"proposal": proposal, "call": call},
                key=f"chantiers.results:{proposal.pk}",
            )
    return call


# Periodic emails


def _members():
    return (
        User.objects.filter(is_active=True, groups__name=Role.MEMBER.value)
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def voting_notices_send(*, now: datetime | None = None) -> int:
    """ "Voting is open" to members once per call, and a reminder two days before the close
    to members who have not voted. Idempotent: each call is stamped in the transaction that
    enqueues its emails, each email has its outbox key."""
    now = now or timezone.now()
    sent = 0
    for call_id in (
        Call.objects.in_voting(now)
        .filter(voting_open_notified_at__isnull=True)
        .values_list("pk", flat=True)
    ):
        sent += _send_open_notice(call_id, now)
    due = Call.objects.in_voting(now).filter(
        voting_reminder_sent_at__isnull=True, voting_closes_at__lte=now + REMINDER_BEFORE_CLOSE
    )
    for call_id in due.values_list("pk", flat=True):
        sent += _send_reminder(call_id, now)
    return sent


@transaction.atomic
def _send_open_notice(call_id: int, now: datetime) -> int:
    call = (
        Call.objects.select_for_update(skip_locked=True)
        .filter(pk=call_id, voting_open_notified_at__isnull=True)
        .first()
    )
    if call is None:
        return 0
    members = list(_members())
    for member in members:
        email_enqueue(
            to=[member.email],
            template="chantiers/voting_open",
            context={"call": call, "member": member},
            key=f"chantiers.voting_open:{call.pk}:{member.pk}",
        )
    call.voting_open_notified_at = now
    call.save(update_fields=["voting_open_notified_at"])
    audit_log(actor=None, action="chantiers.voting_open_notified", obj=call, count=len(members))
    return len(members)


@transaction.atomic
def _send_reminder(call_id: int, now: datetime) -> int:
    call = (
        Call.objects.select_for_update(skip_locked=True)
        .filter(pk=call_id, voting_reminder_sent_at__isnull=True)
        .first()
    )
    if call is None:
        return 0
    members = list(_members().exclude(chantier_ballots__call=call))
    for member in members:
        email_enqueue(
            to=[member.email],
            template="chantiers/voting_reminder",
            context={"call": call, "member": member},
            key=f"chantiers.voting_reminder:{call.pk}:{member.pk}",
        )
    call.voting_reminder_sent_at = now
    call.save(update_fields=["voting_reminder_sent_at"])
    audit_log(actor=None, action="chantiers.voting_reminder_sent", obj=call, count=len(members))
    return len(members)


# Chantiers


@transaction.atomic
def progress_add(*, chantier: Chantier, by: User, date: date, text: str) -> ProgressEntry:
    text = _clean_text(text or "")
    if not text:
        raise DomainError(_("Say what happened."), field="text")
    if date > timezone.localdate() + timedelta(days=1):
        raise DomainError(_("A progress entry cannot be dated in the future."), field="date")
    entry = ProgressEntry(chantier=chantier, author=by, date=date, text=text)
    _full_clean(entry)
    entry.save()
    audit_log(actor=by, action="chantiers.progress_added", obj=chantier, entry=entry.pk)
    return entry


@transaction.atomic
def deliverable_add(
    *,
    chantier: Chantier,
    by: User,
    title: str,
    description: str = "",
    url: str = "",
    licence: str = "",
    upload=None,
) -> Deliverable:
    """A file or a link the collective produced; staff publish it as a common resource."""
    url = (url or "").strip()
    if not url and upload is None:
        raise DomainError(_("Attach a file or give a link."), field="url")
    if url and upload is not None:
        raise DomainError(_("Give either a file or a link, not both."), field="url")
    deliverable = Deliverable(
        chantier=chantier,
        title=_clean_text(title),
        description=_clean_text(description or ""),
        url=url,
        licence=_clean_text(licence or "") or DEFAULT_LICENCE,
        added_by=by,
    )
    _full_clean(deliverable)
    deliverable.save()
    if upload is not None:
        private_file_save(DeliverableFile(deliverable=deliverable), upload)
    audit_log(actor=by, action="chantiers.deliverable_added", obj=deliverable, chantier=chantier.pk)
    return deliverable


@transaction.atomic
def deliverable_publish(*, deliverable: Deliverable, by: User) -> Deliverable:
    deliverable = Deliverable.objects.select_for_update().get(pk=deliverable.pk)
    if deliverable.published_at is not None:
        raise DomainError(_("This deliverable is already published."))
    deliverable.published_at = timezone.now()
    deliverable.save(update_fields=["published_at"])
    audit_log(actor=by, action="chantiers.deliverable_published", obj=deliverable)
    return deliverable


@transaction.atomic
def chantier_deliver(*, chantier: Chantier, by: User) -> Chantier:
    """Staff mark a chantier delivered once one of its deliverables is public."""
    chantier = Chantier.objects.select_for_update().get(pk=chantier.pk)
    if chantier.status == Chantier.Status.DELIVERED:
        raise DomainError(_("This chantier is already delivered."))
    if not chantier.deliverables.filter(published_at__isnull=False).exists():
        raise DomainError(_("Publish a deliverable before marking the chantier delivered."))
    chantier.status = Chantier.Status.DELIVERED
    chantier.delivered_at = timezone.now()
    chantier.save(update_fields=["status", "delivered_at"])
    audit_log(actor=by, action="chantiers.chantier_delivered", obj=chantier)
    return chantier


# Personal data


def personal_data(user: User) -> dict[str, Any]:
    return {
        "proposals": [
            {"call": p.call.title, "title": p.title, "submitted": p.created_at.isoformat()}
            for p in Proposal.objects.filter(lead=user).select_related("call")
        ],
        "collectives": [
            {
                "proposal": m.proposal.title,
                "role": m.role,
                "confirmed": m.confirmed_at.isoformat() if m.confirmed_at else None,
            }
            for m in CollectiveMember.objects.filter(user=user).select_related("proposal")
        ],
        # One's own ballots are one's own data; nobody else ever reads them.
        "ballots": [
            {
                "call": b.call.title,
                "choices": sorted(c.proposal.title for c in b.choices.all()),
                "updated": b.updated_at.isoformat(),
            }
            for b in Ballot.objects.filter(voter=user)
            .select_related("call")
            .prefetch_related("choices__proposal")
        ],
        "progress_entries": list(
            ProgressEntry.objects.filter(author=user).values_list("text", flat=True)
        ),
    }


def personal_data_erase(user: User) -> None:
    """Account deletion: ballots still count (by their pseudonym, without the person),
    invitations addressed to them go, authored work stays without their name."""
    Ballot.objects.filter(voter=user).update(voter=None)
    CollectiveMember.objects.filter(email__iexact=user.email, confirmed_at__isnull=True).delete()
    for member in CollectiveMember.objects.filter(user=user):
        # The collective keeps its size and roles; the person is gone.
        member.user, member.email = None, f"anonyme-{member.pk}@invalid.invalid"
        member.save(update_fields=["user", "email"])
    ProgressEntry.objects.filter(author=user).update(author=None)
    Deliverable.objects.filter(added_by=user).update(added_by=None)
    Proposal.objects.filter(lead=user).update(lead=None)
