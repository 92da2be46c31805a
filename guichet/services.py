"""Every write of the Guichet Vert: one function per use case, atomic, audited, notified.

A state change locks the request row first (`_locked`), checks the move is possible, writes
the change and an `Event` (who, when), the audit entry, and the emails through the outbox in
the same transaction. What cannot be done raises `DomainError` with a French message.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from apure.audit import audit_log
from apure.caching import namespace_bump
from apure.emails import email_enqueue
from apure.errors import DomainError
from apure.files import private_file_save
from apure.models import User
from apure.roles import Role

from . import workdays
from .models import (
    FINAL_STATES,
    OPEN_STATES,
    QA,
    QUESTION_MAX_LENGTH,
    WAITING_STATES,
    Attachment,
    Event,
    Message,
    Request,
    RequestCounter,
    State,
    TimeEntry,
)

MAX_ATTACHMENTS = 5
# Overdue alerts go out once per working day, from this hour (Europe/Paris).
ALERT_HOUR = 8


def _clean(text: str) -> str:
    """Trim, and drop control characters a browser never sends (tabs and newlines kept)."""
    text = "".join(ch for ch in (text or "") if ch in "\n\t" or ch.isprintable())
    return text.replace("\r\n", "\n").strip()


def _text(value: str, *, field: str, label: str, max_length: int = QUESTION_MAX_LENGTH) -> str:
    value = _clean(value)
    if not value:
        raise DomainError(_("%(label)s cannot be empty.") % {"label": label}, field=field)
    if len(value) > max_length:
        raise DomainError(
            _("%(label)s is too long: at most %(max)s characters (it has %(n)s).")
            % {"label": label, "max": f"{max_length:,}".replace(",", "\u202f"), "n": len(value)},
            field=field,
        )
    return value


def _locked(request: Request) -> Request:
    return (
        Request.objects.select_for_update(of=("self",))
        .select_related("requester", "assignee")
        .get(pk=request.pk)
    )


def _move(request: Request, *, by: User | None, to: str, note: str = "", **fields: Any) -> None:
    before = request.state
    request.state = to
    for name, value in fields.items():
        setattr(request, name, value)
    request.full_clean(exclude=["segment", "requester", "organisation", "assignee"])
    request.save(update_fields=["state", "updated_at", *fields])
    Event.objects.create(request=request, actor=by, from_state=before, to_state=to, note=note[:300])
    namespace_bump("guichet")  # the cached queue pages are stale
    audit_log(
        actor=by,
        action=f"guichet.request_{to}",
        obj=request,
        reference=request.reference,
        previous=before,
    )


def _desk_emails() -> list[str]:
    """The Guichet Vert team: advisors and network staff."""
    return list(
        User.objects.filter(groups__name__in=[Role.ADVISOR.value, Role.STAFF.value], is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
        .order_by("email")
    )


def _staff_emails() -> list[str]:
    return list(
        User.objects.filter(groups__name=Role.STAFF.value, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
        .order_by("email")
    )


def _can_be_assigned(user: User) -> bool:
    return user.is_active and (user.has_role(Role.ADVISOR) or user.has_role(Role.EXPERT))


def _to_requester(request: Request, template: str, key: str, **context: Any) -> None:
    """An email to the buyer. Its context holds the request and public content only: an
    internal note is never passed to a buyer's email."""
    requester = request.requester
    if not requester.is_active or requester.anonymised_at or not requester.email:
        return
    email_enqueue(
        to=[requester.email],
        template=f"guichet/{template}",
        context={"request": request, "requester": requester, **context},
        key=key,
    )


# Submission


def _next_number(year: int) -> RequestCounter:
    """The year's counter row, locked until the transaction ends (created on first use)."""
    if not RequestCounter.objects.filter(year=year).exists():
        try:
            with transaction.atomic():
                RequestCounter.objects.create(year=year, last=0)
        except IntegrityError:
            pass  # created at the same instant by another submission
    return RequestCounter.objects.select_for_update().get(year=year)


@transaction.atomic
def request_submit(
    *,
    by: User,
    kind: str,
    subject: str,
    question: str,
    channel: str,
    availability: str = "",
    segment=None,
    uploads: Iterable = (),
    token: uuid.UUID | None = None,
) -> tuple[Request, bool]:
    """A buyer asks a question. Returns the request and whether it is new: the form's token
    makes a second click (or a resent form) return the first request instead of a copy."""
    subject = _text(subject, field="subject", label=_("The subject"), max_length=200)
    question = _text(question, field="question", label=_("The question"))
    uploads = list(uploads)
    if len(uploads) > MAX_ATTACHMENTS:
        raise DomainError(
            _("At most %(n)s files can be attached.") % {"n": MAX_ATTACHMENTS},
            field="attachments",
        )
    now = timezone.now()
    year = workdays.local(now).year
    token = token or uuid.uuid4()
    # The counter row is the lock that serialises submissions: numbers without gaps or
    # duplicates, and a token seen once only.
    counter = _next_number(year)
    existing = Request.objects.filter(token=token).first()
    if existing is not None:
        if existing.requester_id != by.pk:
            raise DomainError(_("This form was already used. Reload the page and try again."))
        return existing, False
    counter.last += 1
    counter.save(update_fields=["last"])
    request = Request(
        reference=f"GV-{year}-{counter.last:04d}",
        year=year,
        number=counter.last,
        token=token,
        kind=kind,
        subject=subject,
        question=question,
        segment=segment,
        channel=channel,
        availability=_clean(availability)[:500],
        requester=by,
        organisation=by.organisation if by.organisation_id else None,
        created_at=now,
    )
    request.full_clean(exclude=["token"])
    request.save()
    for upload in uploads:
        private_file_save(Attachment(request=request, uploaded_by=by), upload)
    Event.objects.create(request=request, actor=by, to_state=State.NEW, at=now)
    namespace_bump("guichet")
    audit_log(
        actor=by, action="guichet.request_submitted", obj=request, reference=request.reference
    )
    _to_requester(request, "received", f"guichet.received:{request.pk}")
    desk = _desk_emails()
    if desk:
        email_enqueue(
            to=desk,
            template="guichet/received_desk",
            context={"request": request},
            key=f"guichet.received_desk:{request.pk}",
        )
    return request, True


# The advisors' side


@transaction.atomic
def request_take(*, request: Request, by: User) -> Request:
    """An advisor takes a new request. Two advisors at the same instant: the second one is
    told who has it."""
    request = _locked(request)
    if request.assignee_id is not None:
        raise DomainError(
            _("Already taken by %(name)s.") % {"name": request.assignee}
            if request.assignee_id != by.pk
            else _("You have already taken this request.")
        )
    if request.state != State.NEW:
        raise DomainError(_("Only a new request can be taken."))
    if not by.has_role(Role.ADVISOR):
        raise DomainError(_("Only an advisor can take a request."))
    _move(request, by=by, to=State.ASSIGNED, assignee=by, assigned_at=timezone.now())
    return request


@transaction.atomic
def request_assign(*, request: Request, by: User, assignee: User) -> Request:
    """Staff or an advisor give the request to an advisor or an expert (again, to hand it
    over); the assignee is told by email."""
    request = _locked(request)
    if request.state in FINAL_STATES:
        raise DomainError(_("This request is finished: it can no longer be assigned."))
    if not _can_be_assigned(assignee):
        raise DomainError(_("A request can only be assigned to an advisor or an expert."))
    if request.assignee_id == assignee.pk:
        raise DomainError(_("The request is already assigned to %(name)s.") % {"name": assignee})
    to = State.ASSIGNED if request.state == State.NEW else request.state
    _move(request, by=by, to=to, assignee=assignee, assigned_at=timezone.now(), note=str(assignee))
    if assignee.pk != by.pk and assignee.email:
        event = request.events.order_by("-pk").values_list("pk", flat=True).first()
        email_enqueue(
            to=[assignee.email],
            template="guichet/assigned",
            context={"request": request, "assignee": assignee, "by": by},
            key=f"guichet.assigned:{request.pk}:{event}",
        )
    return request


def _is_requester_side(user: User, request: Request) -> bool:
    return user.has_perm("guichet.reply_as_requester", request) and not user.has_perm(
        "guichet.add_note", request
    )


@transaction.atomic
def message_post(
    *,
    request: Request,
    by: User,
    body: str,
    internal: bool = False,
    uploads: Iterable = (),
) -> Message:
    """A message of the exchange. From the buyer's side it reopens an answered request; from
    the advisors' side a public reply answers it; an internal note stays with the advisors."""
    request = _locked(request)
    body = _text(body, field="body", label=_("The message"))
    uploads = list(uploads)
    from_requester = request.requester_id == by.pk or _is_requester_side(by, request)
    if from_requester and by.has_perm("guichet.add_note", request):
        from_requester = False  # an advisor who is also a member of the organisation
    if internal and from_requester:
        raise DomainError(_("Only advisors can write internal notes."))
    if internal and uploads:
        raise DomainError(_("Attach documents to a public reply, not to a note."), field="body")
    if not internal and request.state not in OPEN_STATES:
        raise DomainError(_("This request is finished: no more replies can be sent."))
    if not internal and not from_requester and request.assignee_id is None:
        raise DomainError(_("Take or assign the request before answering it."))
    if len(uploads) > MAX_ATTACHMENTS:
        raise DomainError(
            _("At most %(n)s files can be attached.") % {"n": MAX_ATTACHMENTS},
            field="attachments",
        )
    now = timezone.now()
    message = Message.objects.create(
        request=request,
        author=by,
        from_requester=from_requester,
        internal=internal,
        body=body,
        created_at=now,
    )
    for upload in uploads:
        private_file_save(
            Attachment(request=request, message=message, uploaded_by=by, uploaded_at=now), upload
        )
    namespace_bump("guichet")  # the cached exchanges are stale
    audit_log(
        actor=by,
        action="guichet.note_added" if internal else "guichet.message_posted",
        obj=request,
        message=message.pk,
    )
    if internal:
        if request.state == State.ASSIGNED:
            _move(request, by=by, to=State.IN_PROGRESS)
        return message
    if from_requester:
        if request.state == State.ANSWERED:
            _move(request, by=by, to=State.IN_PROGRESS, note=_("The buyer replied."))
        recipients = [request.assignee.email] if request.assignee_id else _desk_emails()
        recipients = [email for email in recipients if email]
        if recipients:
            email_enqueue(
                to=recipients,
                template="guichet/reply_desk",
                context={"request": request, "message": message},
                key=f"guichet.reply:{message.pk}",
            )
    else:
        _move(
            request,
            by=by,
            to=State.ANSWERED,
            first_answer_at=request.first_answer_at or now,
        )
        _to_requester(request, "reply", f"guichet.reply:{message.pk}", message=message)
    return message


def _check_time(request: Request, *, date: dt.date, minutes: int, channel: str) -> None:
    today = timezone.localdate()
    if date > today:
        raise DomainError(_("Time cannot be logged in the future."), field="date")
    if date < workdays.local(request.created_at).date():
        raise DomainError(_("This date is before the request was sent."), field="date")
    if not 1 <= int(minutes) <= 480:
        raise DomainError(_("Between 1 and 480 minutes."), field="minutes")
    if channel not in TimeEntry.Channel.values:
        raise DomainError(_("Choose a channel."), field="channel")


@transaction.atomic
def time_entry_create(
    *, request: Request, by: User, date: dt.date, minutes: int, channel: str, note: str = ""
) -> TimeEntry:
    """Log an intervention: date, minutes (1 to 480), channel, a note."""
    request = _locked(request)
    if request.state == State.NEW:
        raise DomainError(_("Take or assign the request before logging time on it."))
    _check_time(request, date=date, minutes=minutes, channel=channel)
    entry = TimeEntry(
        request=request,
        author=by,
        date=date,
        minutes=minutes,
        channel=channel,
        note=_clean(note)[:500],
    )
    entry.full_clean()
    entry.save()
    if request.state == State.ASSIGNED:
        _move(request, by=by, to=State.IN_PROGRESS)
    namespace_bump("guichet")  # the request's page shows its time log
    audit_log(actor=by, action="guichet.time_logged", obj=request, minutes=entry.minutes)
    return entry


def time_entry_editable(entry: TimeEntry, user: User) -> bool:
    """Its author may correct an entry on the day they logged it."""
    return (
        user.is_authenticated
        and entry.author_id == user.pk
        and timezone.localdate(entry.created_at) == timezone.localdate()
    )


@transaction.atomic
def time_entry_update(
    *, entry: TimeEntry, by: User, date: dt.date, minutes: int, channel: str, note: str = ""
) -> TimeEntry:
    entry = (
        TimeEntry.objects.select_for_update(of=("self",)).select_related("request").get(pk=entry.pk)
    )
    if entry.author_id != by.pk:
        raise DomainError(_("Only the person who logged this time can change it."))
    if not time_entry_editable(entry, by):
        raise DomainError(_("A time entry can only be changed on the day it was logged."))
    _check_time(entry.request, date=date, minutes=minutes, channel=channel)
    entry.date, entry.minutes, entry.channel, entry.note = (
        date,
        minutes,
        channel,
        _clean(note)[:500],
    )
    entry.full_clean()
    entry.save(update_fields=["date", "minutes", "channel", "note"])
    namespace_bump("guichet")
    audit_log(actor=by, action="guichet.time_changed", obj=entry.request, minutes=entry.minutes)
    return entry


@transaction.atomic
def request_close(*, request: Request, by: User, summary: str) -> Request:
    """Close with a one-paragraph summary of the answer; the buyer is asked to rate it."""
    request = _locked(request)
    if request.state not in OPEN_STATES:
        raise DomainError(_("This request is already finished."))
    if request.assignee_id is None:
        raise DomainError(_("Take or assign the request before closing it."))
    summary = _text(summary, field="summary", label=_("The summary"), max_length=3000)
    now = timezone.now()
    _move(
        request,
        by=by,
        to=State.CLOSED,
        summary=summary,
        closed_at=now,
        first_answer_at=request.first_answer_at or now,
    )
    _to_requester(request, "satisfaction", f"guichet.satisfaction:{request.pk}")
    return request


@transaction.atomic
def request_redirect(*, request: Request, by: User, to: str) -> Request:
    """Send the buyer to an external expert or another network."""
    request = _locked(request)
    if request.state not in OPEN_STATES:
        raise DomainError(_("This request is already finished."))
    target = _text(to, field="to", label=_("The destination"), max_length=300)
    _move(request, by=by, to=State.REDIRECTED, redirected_to=target, note=target)
    _to_requester(request, "redirected", f"guichet.redirected:{request.pk}")
    return request


@transaction.atomic
def request_withdraw(*, request: Request, by: User) -> Request:
    """The buyer no longer needs an answer."""
    request = _locked(request)
    if request.state not in OPEN_STATES:
        raise DomainError(_("This request is already finished."))
    _move(request, by=by, to=State.WITHDRAWN)
    if request.assignee_id and request.assignee.email:
        email_enqueue(
            to=[request.assignee.email],
            template="guichet/withdrawn",
            context={"request": request},
            key=f"guichet.withdrawn:{request.pk}",
        )
    return request


@transaction.atomic
def request_rate(*, request: Request, by: User, rating: int, comment: str = "") -> Request:
    request = _locked(request)
    if request.state != State.CLOSED:
        raise DomainError(_("A request can be rated once it is closed."))
    if request.rating is not None:
        raise DomainError(_("This answer has already been rated. Thank you!"))
    if not 1 <= int(rating) <= 5:
        raise DomainError(_("Give a rating from 1 to 5."), field="rating")
    request.rating = int(rating)
    request.rating_comment = _clean(comment)[:3000]
    request.rated_at = timezone.now()
    request.save(update_fields=["rating", "rating_comment", "rated_at", "updated_at"])
    namespace_bump("guichet")
    audit_log(actor=by, action="guichet.request_rated", obj=request, rating=request.rating)
    return request


# Periodic: the overdue alert


def overdue_q(now: dt.datetime) -> Q:
    """Not assigned within 2 working days, or no first answer within 5."""
    return Q(state=State.NEW, created_at__lte=workdays.threshold(now, workdays.ASSIGN_WITHIN)) | Q(
        state__in=WAITING_STATES,
        first_answer_at__isnull=True,
        created_at__lte=workdays.threshold(now, workdays.ANSWER_WITHIN),
    )


def overdue_alert_send(*, now: dt.datetime | None = None) -> int:
    """Tell staff which requests are overdue, once per working day (the outbox key is the
    date: a second run that day sends nothing). Returns how many requests were listed."""
    now = now or timezone.now()
    today = workdays.local(now)
    if not workdays.is_working_day(today.date()) or today.hour < ALERT_HOUR:
        return 0
    overdue = list(
        Request.objects.filter(overdue_q(now))
        .select_related("assignee", "organisation")
        .order_by("created_at")[:200]
    )
    recipients = _staff_emails()
    if not overdue or not recipients:
        return 0
    with transaction.atomic():
        email_enqueue(
            to=recipients,
            template="guichet/overdue",
            context={"requests": overdue, "now": now},
            key=f"guichet.overdue:{today.date().isoformat()}",
        )
    return len(overdue)


# Capitalisation: Q&As


@transaction.atomic
def qa_create_from_request(*, request: Request, by: User) -> QA:
    """A draft Q&A from a closed request, to be rewritten without names before publishing."""
    request = _locked(request)
    if request.state != State.CLOSED:
        raise DomainError(_("Only a closed request can become a Q&A."))
    qa = QA.objects.create(
        title=request.subject,
        question=request.question,
        answer=request.summary,
        kind=request.kind,
        source=request,
        created_by=by,
    )
    audit_log(actor=by, action="guichet.qa_created", obj=qa, source=request.reference)
    return qa


@transaction.atomic
def qa_update(
    *, qa: QA, by: User, title: str, question: str, answer: str, kind: str, fiches=()
) -> QA:
    qa = QA.objects.select_for_update().get(pk=qa.pk)
    qa.title = _text(title, field="title", label=_("The title"), max_length=200)
    qa.question = _text(question, field="question", label=_("The question"))
    qa.answer = _text(answer, field="answer", label=_("The answer"))
    qa.kind = kind
    qa.full_clean(exclude=["source", "created_by"])
    qa.save()
    qa.fiches.set([f.pk for f in fiches])
    audit_log(actor=by, action="guichet.qa_updated", obj=qa)
    return qa


@transaction.atomic
def qa_publish(*, qa: QA, by: User, publish: bool = True) -> QA:
    qa = QA.objects.select_for_update().get(pk=qa.pk)
    if publish and qa.status == QA.Status.PUBLISHED:
        raise DomainError(_("This Q&A is already published."))
    if not publish and qa.status != QA.Status.PUBLISHED:
        raise DomainError(_("This Q&A is not published."))
    qa.status = QA.Status.PUBLISHED if publish else QA.Status.DRAFT
    qa.published_at = timezone.now() if publish else None
    qa.save(update_fields=["status", "published_at", "updated_at"])
    audit_log(
        actor=by, action="guichet.qa_published" if publish else "guichet.qa_unpublished", obj=qa
    )
    return qa


# Personal data


def personal_data(user: User) -> dict[str, Any]:
    """What the Guichet Vert keeps about a person: their requests and the public exchange
    (internal notes are the advisors' working notes, never part of a buyer's export)."""
    requests = (
        Request.objects.filter(requester=user)
        .select_related("segment")
        .prefetch_related("messages__author")
        .order_by("created_at")
    )
    data: dict[str, Any] = {
        "requests": [
            {
                "reference": r.reference,
                "submitted_at": r.created_at.isoformat(),
                "kind": r.get_kind_display(),
                "subject": r.subject,
                "question": r.question,
                "channel": r.get_channel_display(),
                "availability": r.availability,
                "state": r.get_state_display(),
                "summary": r.summary,
                "rating": r.rating,
                "rating_comment": r.rating_comment,
                "messages": [
                    {
                        "at": m.created_at.isoformat(),
                        "from_me": m.author_id == user.pk,
                        "body": m.body,
                    }
                    for m in r.messages.all()
                    if not m.internal
                ],
            }
            for r in requests
        ]
    }
    entries = TimeEntry.objects.filter(author=user).select_related("request").order_by("date")
    if entries.exists():
        data["time_entries"] = [
            {
                "request": e.request.reference,
                "date": e.date.isoformat(),
                "minutes": e.minutes,
                "channel": e.get_channel_display(),
                "note": e.note,
            }
            for e in entries
        ]
    return data


@transaction.atomic
def personal_data_erase(user: User) -> None:
    """The account is being anonymised: the requests stay (the statistics need them), what
    only the person wrote about themselves goes."""
    Request.objects.filter(requester=user).update(availability="", rating_comment="")
    namespace_bump("guichet")
