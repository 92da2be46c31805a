"""Every read of the Guichet Vert that joins, filters or annotates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from django.db.models import (
    BooleanField,
    Case,
    Count,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils import timezone

from apure.http import get_for_user_or_404
from apure.models import User
from apure.permissions import is_advisor, is_network_staff
from apure.roles import Role

from . import workdays
from .models import (
    OPEN_STATES,
    QA,
    WAITING_STATES,
    Attachment,
    Event,
    Message,
    Request,
    State,
    TimeEntry,
)
from .services import overdue_q

USER_FIELDS = ("first_name", "last_name", "email")


def _user_only(prefix: str) -> list[str]:
    return [f"{prefix}__{name}" for name in ("id", *USER_FIELDS)]


def request_get_for_user_or_404(*, reference: str, user) -> Request:
    """The request if this user may see it; 404 both for missing and for not theirs."""
    queryset = Request.objects.select_related(
        "requester", "assignee", "organisation", "segment__parent"
    )
    return get_for_user_or_404(
        queryset, user=user, perm="guichet.view_request", reference=reference[:20]
    )


@cache
def _request_pages() -> QuerySet[Request]:
    """Built once per process and only filtered per call (each filter is a copy; this one is
    never evaluated): building it cost as much as running it."""
    return (
        Request.objects.select_related("requester", "assignee", "organisation", "segment__parent")
        .only(
            *(f.name for f in Request._meta.concrete_fields),
            *_user_only("requester"),
            *_user_only("assignee"),
            "organisation__id",
            "organisation__name",
            "segment__id",
            "segment__name",
            "segment__parent__id",
            "segment__parent__name",
        )
        .annotate(
            has_documents=Exists(
                Attachment.objects.filter(request=OuterRef("pk"), message__isnull=True)
            )
        )
    )


def request_page_get_or_404(*, reference: str, user) -> Request:
    """The request for its page: the people joined with the columns the page shows, and
    whether the request itself carries documents (most do not: then they are not read)."""
    return get_for_user_or_404(
        _request_pages(), user=user, perm="guichet.view_request", reference=reference[:20]
    )


def _with_overdue(queryset: QuerySet, now: dt.datetime) -> QuerySet:
    return queryset.annotate(
        overdue=Case(When(overdue_q(now), then=Value(True)), default=Value(False)),
        unassigned=Case(
            When(assignee__isnull=True, state=State.NEW, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        ),
    )


def requests_for_buyer(*, user) -> QuerySet:
    """A buyer's requests, and once their membership is confirmed, their organisation's."""
    visible = Q(requester=user)
    if user.organisation_id and user.organisation_confirmed:
        visible |= Q(organisation_id=user.organisation_id)
    return (
        Request.objects.filter(visible)
        .select_related("requester", "segment__parent")
        .only(
            "pk",
            "reference",
            "subject",
            "kind",
            "state",
            "created_at",
            "first_answer_at",
            "closed_at",
            "requester_id",
            "segment",
            *_user_only("requester"),
        )
        .order_by("-created_at")
    )


QUEUE_FIELDS = (
    "pk",
    "reference",
    "subject",
    "kind",
    "state",
    "channel",
    "created_at",
    "first_answer_at",
    "assignee_id",
    "organisation_id",
    "segment_id",
    "organisation__name",
    "organisation__kind",
    "organisation__departement",
    "organisation__is_rural",
    "segment__name",
    "segment__parent__name",
    *_user_only("assignee"),
)

AGE_DAYS = {"2": 2, "5": 5, "20": 20}


def queue(*, user, filters: dict[str, Any], now: dt.datetime | None = None) -> QuerySet:
    """The advisors' queue: overdue first, then unassigned, then the oldest. An expert sees
    the requests assigned to them only. `filters` are a QueueFilterForm's clean values."""
    now = now or timezone.now()
    queryset = Request.objects.select_related("organisation", "assignee", "segment__parent")
    if not (is_advisor(user) or is_network_staff(user)):
        queryset = queryset.filter(assignee=user)
    state = filters.get("state") or "waiting"
    if state == "waiting":
        queryset = queryset.filter(state__in=WAITING_STATES)
    elif state == "open":
        queryset = queryset.filter(state__in=OPEN_STATES)
    elif state in State.values:
        queryset = queryset.filter(state=state)
    assignee = filters.get("assignee")
    if assignee == "me":
        queryset = queryset.filter(assignee=user)
    elif assignee == "none":
        queryset = queryset.filter(assignee__isnull=True)
    elif assignee:
        queryset = queryset.filter(assignee_id=assignee)
    for name in ("kind",):
        if filters.get(name):
            queryset = queryset.filter(**{name: filters[name]})
    if filters.get("segment"):
        queryset = queryset.filter(segment_id=filters["segment"])
    if filters.get("departement"):
        queryset = queryset.filter(organisation__departement=filters["departement"])
    age = filters.get("age")
    if age == "overdue":
        queryset = queryset.filter(overdue_q(now))
    elif age in AGE_DAYS:
        queryset = queryset.filter(created_at__lte=workdays.threshold(now, AGE_DAYS[age]))
    # Waiting requests: the oldest first (they wait longest); finished ones: the newest first.
    age_order = (
        ("created_at", "pk")
        if state in ("waiting", "open", *WAITING_STATES, State.ANSWERED)
        else ("-created_at", "-pk")
    )
    return (
        _with_overdue(queryset, now)
        .only(*QUEUE_FIELDS)
        .order_by("-overdue", "-unassigned", *age_order)
    )


def label_rows(rows) -> None:
    """The display labels of a page of the queue, translated once per page rather than once
    per row (the queue is the advisors' busiest page)."""
    from apure.models import Departement

    labels = {
        "kind": {k: str(v) for k, v in Request.Kind.choices},
        "state": {k: str(v) for k, v in State.choices},
        "channel": {k: str(v) for k, v in Request.Channel.choices},
        "departement": {k: str(v) for k, v in Departement.choices},
    }
    from django.urls import reverse

    placeholder = "GV-0000-0000"
    detail = reverse("guichet:request", kwargs={"reference": placeholder})
    take = reverse("guichet:take", kwargs={"reference": placeholder})
    for row in rows:
        row.url = detail.replace(placeholder, row.reference)
        row.take_url = take.replace(placeholder, row.reference)
        row.kind_label = labels["kind"].get(row.kind, row.kind)
        row.state_label = labels["state"].get(row.state, row.state)
        row.channel_label = labels["channel"].get(row.channel, row.channel)
        organisation = row.organisation
        row.departement_label = (
            labels["departement"].get(organisation.departement, "") if organisation else ""
        )


def queue_counts(*, user, now: dt.datetime | None = None) -> dict[str, int]:
    """The figures above the queue (and on the dashboard), in one query."""
    now = now or timezone.now()
    # Every figure is about open requests: the index on state keeps this off the archive.
    base = Request.objects.filter(state__in=OPEN_STATES)
    if not (is_advisor(user) or is_network_staff(user)):
        base = base.filter(assignee=user)
    return base.aggregate(
        unassigned=Count("pk", filter=Q(state=State.NEW)),
        overdue=Count("pk", filter=overdue_q(now)),
        mine=Count("pk", filter=Q(assignee=user, state__in=OPEN_STATES)),
        waiting=Count("pk", filter=Q(state__in=WAITING_STATES)),
    )


def assignable_users() -> QuerySet:
    """Advisors and experts, active, for the assign form and the queue's filter."""
    groups = User.groups.through.objects.filter(
        user_id=OuterRef("pk"), group__name__in=[Role.ADVISOR.value, Role.EXPERT.value]
    )
    expert = User.groups.through.objects.filter(
        user_id=OuterRef("pk"), group__name=Role.EXPERT.value
    )
    return (
        User.objects.filter(Exists(groups), is_active=True)
        .annotate(is_expert=Exists(expert))
        .only("pk", *USER_FIELDS)
        .order_by("last_name", "first_name", "email")
    )


def assignee_suggestions(*, request: Request, limit: int = 20) -> list[User]:
    """Advisors and experts, best first: those who handled requests of the same segment, then
    of the same kind, and among them the least loaded with open requests."""
    past = Q(guichet_assigned__state__in=[State.ANSWERED, State.CLOSED]) & ~Q(
        guichet_assigned__pk=request.pk
    )
    same_segment = (
        Count("guichet_assigned", filter=past & Q(guichet_assigned__segment_id=request.segment_id))
        if request.segment_id
        else Value(0)
    )
    return list(
        assignable_users()
        .annotate(
            same_segment=same_segment,
            same_kind=Count(
                "guichet_assigned", filter=past & Q(guichet_assigned__kind=request.kind)
            ),
            load=Count("guichet_assigned", filter=Q(guichet_assigned__state__in=OPEN_STATES)),
        )
        .order_by("-same_segment", "-same_kind", "load", "last_name", "first_name", "pk")[:limit]
    )


def request_page(*, request: Request, user) -> dict[str, Any]:
    """The exchange of a request as this user may read it: a buyer never gets internal notes
    (they are not even read from the database for them)."""
    advisor_side = user.has_perm("guichet.add_note", request)
    has_documents = getattr(request, "has_documents", True)
    context: dict[str, Any] = {
        "request_attachments": list(
            Attachment.objects.filter(request=request, message__isnull=True).only(
                "pk",
                "request_id",
                "message_id",
                "original_name",
                "content_kind",
                "size",
                "uploaded_at",
            )
        )
        if has_documents
        else [],
        "advisor_side": advisor_side,
    }
    if advisor_side:
        context["events"] = request_history(request=request)
        context["time_entries"] = request_time_entries(request=request)
        context["time_total"] = sum(e.minutes for e in context["time_entries"])
        if request.state == State.CLOSED:
            context["qas"] = list(request.qas.only("pk", "title", "status"))
    return context


class HistoryItem(NamedTuple):
    at: dt.datetime
    to_state: str
    note: str
    actor: str | None  # the person's name as the portal writes it


class _Names(dict):
    """Each person's name as the portal writes it, from plain values read with a row (a busy
    request repeats the same few people)."""

    def of(self, pk: int | None, first_name: str, last_name: str, email: str) -> str | None:
        if pk is None:
            return None
        if pk not in self:
            self[pk] = str(User(pk=pk, first_name=first_name, last_name=last_name, email=email))
        return self[pk]


def request_history(*, request: Request) -> list[HistoryItem]:
    """The request's state changes, oldest first, read as plain values: a busy request has
    dozens, and the page only writes them out."""
    names = _Names()
    items = []
    for at, to_state, note, actor_id, first_name, last_name, email in (
        Event.objects.filter(request=request)
        .order_by("at", "pk")
        .values_list(
            "at",
            "to_state",
            "note",
            "actor_id",
            "actor__first_name",
            "actor__last_name",
            "actor__email",
        )
    ):
        actor = names.of(actor_id, first_name, last_name, email)
        items.append(HistoryItem(at, to_state, note, actor))
    return items


@dataclass(slots=True)
class TimeItem:
    pk: int
    date: dt.date
    minutes: int
    channel: str
    note: str
    created_at: dt.datetime
    author_id: int
    author: str  # the person's name as the portal writes it
    editable: bool = False  # set by the page: by this reader, today
    edit_url: str = ""


def request_time_entries(*, request: Request) -> list[TimeItem]:
    """The time logged on the request, in date order, read as plain values."""
    names = _Names()
    items = []
    for pk, date, minutes, channel, note, created_at, author_id, first, last, email in (
        TimeEntry.objects.filter(request=request)
        .order_by("date", "pk")
        .values_list(
            "pk",
            "date",
            "minutes",
            "channel",
            "note",
            "created_at",
            "author_id",
            "author__first_name",
            "author__last_name",
            "author__email",
        )
    ):
        author = names.of(author_id, first, last, email)
        items.append(TimeItem(pk, date, minutes, channel, note, created_at, author_id, author))
    return items


class ExchangeItem(NamedTuple):
    pk: int
    author_id: int
    author: str  # the person's name as the portal writes it
    from_requester: bool
    internal: bool
    body: str
    created_at: dt.datetime
    files: list[Attachment]


def request_exchange(*, request: Request, advisor_side: bool) -> list[ExchangeItem]:
    """The messages of a request as one side reads it, oldest first, read as plain values:
    the buyer's side never gets internal notes (they are not even read from the database for
    them), each with its documents."""
    messages = Message.objects.filter(request=request)
    if not advisor_side:
        messages = messages.filter(internal=False)
    rows = list(
        messages.order_by("created_at", "pk").values_list(
            "pk",
            "author_id",
            "author__first_name",
            "author__last_name",
            "author__email",
            "from_requester",
            "internal",
            "body",
            "created_at",
        )
    )
    files: dict[int, list[Attachment]] = {}
    if rows:
        for attachment in Attachment.objects.filter(request=request, message__isnull=False).only(
            "pk", "request_id", "message_id", "original_name", "content_kind", "size"
        ):
            files.setdefault(attachment.message_id, []).append(attachment)
    names = _Names()
    items = []
    for pk, author_id, first, last, email, from_requester, internal, body, created_at in rows:
        items.append(
            ExchangeItem(
                pk,
                author_id,
                names.of(author_id, first, last, email),
                from_requester,
                internal,
                body,
                created_at,
                files.get(pk, []),
            )
        )
    return items


def published_qas(*, query: str = "") -> QuerySet:
    queryset = QA.objects.filter(status=QA.Status.PUBLISHED)
    query = " ".join(query.split())[:200]
    for word in query.split(" ")[:8] if query else []:
        queryset = queryset.filter(
            Q(title__icontains=word) | Q(question__icontains=word) | Q(answer__icontains=word)
        )
    return queryset.prefetch_related("fiches").order_by("-published_at", "-pk")


def draft_qas() -> QuerySet:
    return (
        QA.objects.filter(status=QA.Status.DRAFT).select_related("source").order_by("-created_at")
    )


def qas_for_fiche(fiche) -> list[QA]:
    return list(
        fiche.qas.filter(status=QA.Status.PUBLISHED)
        .only("pk", "title", "question", "published_at")
        .order_by("-published_at")[:10]
    )
