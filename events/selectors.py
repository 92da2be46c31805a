"""Every read of Événements that joins, filters or counts: one selector per page."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from apure.caching import cached
from apure.models import Departement, OrganisationKind

from .models import (
    Choice,
    Event,
    EventDocument,
    Group,
    ProgrammeItem,
    Registration,
    event_namespace,
)
from .tokens import BadToken, read_registration_token

PLACED = (Registration.Status.CONFIRMED, Registration.Status.WAITING)


def _count(queryset: QuerySet, by: str) -> Coalesce:
    """The number of rows of `queryset` (correlated with OuterRef("pk") through `by`), as a
    scalar subquery: a group's choices are counted through their index, where joining every
    choice to its registration then grouping took 4 ms at 5,000 registrations (under 1 now)."""
    counted = queryset.order_by().values(by).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


def _with_counts(queryset: QuerySet[Event]) -> QuerySet[Event]:
    registrations = Registration.objects.filter(event=OuterRef("pk"))
    return queryset.annotate(
        confirmed_count=_count(registrations.filter(status=Registration.Status.CONFIRMED), "event"),
        waiting_count=_count(registrations.filter(status=Registration.Status.WAITING), "event"),
    )


def event_list(
    *, user, kind: str = "", audience: str = "", now: datetime | None = None
) -> tuple[list[Event], QuerySet[Event]]:
    """Upcoming events first (soonest first, all of them), then past ones (latest first, a
    queryset the view paginates)."""
    now = now or timezone.now()
    queryset = (
        Event.objects.all() if user.has_perm("events.manage_events") else Event.objects.public()
    )
    if kind in Event.Kind.values:
        queryset = queryset.filter(kind=kind)
    if audience in Event.Audience.values:
        queryset = queryset.filter(audience__in=[audience, Event.Audience.ALL])
    queryset = _with_counts(queryset)
    upcoming = list(queryset.filter(ends_at__gt=now).order_by("starts_at", "pk")[:100])
    past = queryset.filter(ends_at__lte=now).order_by("-starts_at", "-pk")
    return upcoming, past


def event_get_for_user_or_404(*, slug: str, user, cache: bool = False) -> Event:
    """An event the user may see, with its programme and each group's counts; a draft is a
    404 for anyone but staff. With `cache`, read from the event's versioned cache (exact: the
    services bump it with every change)."""
    slug = slug[:120]
    if cache:
        event = cached(event_namespace(slug), ("event",), lambda: _event_page(slug))
    else:
        event = _event_page(slug)
    if event is None or not user.has_perm("events.see_event", event):
        raise Http404
    return event


def _with_group_counts(queryset: QuerySet[Group]) -> QuerySet[Group]:
    """Places taken in each group, and the people waiting for one (already in the event)."""
    return queryset.annotate(
        confirmed_count=_count(
            Choice.objects.filter(group=OuterRef("pk"), status=Choice.Status.CONFIRMED), "group"
        ),
        waiting_count=_count(
            Choice.objects.filter(
                group=OuterRef("pk"),
                status=Choice.Status.WAITING,
                registration__status=Registration.Status.CONFIRMED,
            ),
            "group",
        ),
    )


# The querysets with counts are built once per process and only filtered per call (each
# filter is a copy; these are never evaluated themselves): resolving their count subqueries
# cost as much as running them, on the first view after every registration.


@cache
def _events_with_counts() -> QuerySet[Event]:
    return _with_counts(Event.objects.all())


@cache
def _groups_with_counts() -> QuerySet[Group]:
    return _with_group_counts(Group.objects.select_related("item")).order_by(
        "item__starts_at", "position", "pk"
    )


@cache
def _event_pages() -> QuerySet[Event]:
    groups = _with_group_counts(Group.objects.all()).order_by("position", "pk")
    return _events_with_counts().prefetch_related(
        Prefetch("items", ProgrammeItem.objects.prefetch_related(Prefetch("groups", groups)))
    )


def _event_page(slug: str) -> Event | None:
    return _event_pages().filter(slug=slug).first()


def event_for_staff_or_404(*, slug: str, cache: bool = False) -> Event:
    slug = slug[:120]
    if cache:
        event = cached(
            event_namespace(slug),
            ("staff-event",),
            lambda: _events_with_counts().filter(slug=slug).first(),
        )
    else:
        event = _events_with_counts().filter(slug=slug).first()
    if event is None:
        raise Http404
    return event


def event_groups(*, event: Event, cache: bool = False) -> list[Group]:
    if cache:
        return cached(event_namespace(event.slug), ("groups",), lambda: event_groups(event=event))
    return list(_groups_with_counts().filter(event=event))


def places_left(event: Event) -> int:
    return max(0, event.capacity - getattr(event, "confirmed_count", 0))


def registration_from_token(token: str) -> Registration:
    """The registration a personal link names, or 404 (tampered, or no longer valid)."""
    try:
        pk, secret = read_registration_token(token)
    except BadToken:
        raise Http404 from None
    registration = (
        Registration.objects.select_related("event", "user")
        .prefetch_related(
            Prefetch(
                "choices",
                Choice.objects.select_related("group", "item").order_by("item__starts_at"),
            )
        )
        .filter(pk=pk, secret=secret)
        .first()
    )
    if registration is None:
        raise Http404
    return registration


def registration_of_user(*, event: Event, user) -> Registration | None:
    if not user.is_authenticated:
        return None
    return (
        Registration.objects.filter(
            event=event, email_normalised=user.email.lower(), status__in=Registration.ACTIVE
        )
        .prefetch_related(Prefetch("choices", Choice.objects.select_related("group")))
        .first()
    )


def registrations_of_user(*, user, limit: int = 5) -> list[Registration]:
    """The dashboard's "my registrations": active ones of events still to come."""
    return list(
        Registration.objects.filter(
            user=user, status__in=Registration.ACTIVE, event__ends_at__gt=timezone.now()
        )
        .select_related("event")
        .order_by("event__starts_at")[:limit]
    )


def waiting_position(registration: Registration) -> int | None:
    if registration.status != Registration.Status.WAITING:
        return None
    return (
        Registration.objects.filter(
            event_id=registration.event_id,
            status=Registration.Status.WAITING,
            sequence__lt=registration.sequence,
        ).count()
        + 1
    )


def group_waiting_position(choice: Choice) -> int | None:
    if choice.status != Choice.Status.WAITING:
        return None
    return (
        Choice.objects.filter(
            group_id=choice.group_id,
            status=Choice.Status.WAITING,
            registration__status=Registration.Status.CONFIRMED,
            sequence__lt=choice.sequence,
        ).count()
        + 1
    )


STATUS_FILTERS = {
    "active": list(Registration.ACTIVE),
    "confirmed": [Registration.Status.CONFIRMED],
    "waiting": [Registration.Status.WAITING],
    "pending": [Registration.Status.PENDING],
    "cancelled": [Registration.Status.CANCELLED, Registration.Status.EXPIRED],
    "present": [Registration.Status.CONFIRMED],
}


def _search(queryset: QuerySet[Registration], q: str) -> QuerySet[Registration]:
    q = q.replace("\x00", "")  # PostgreSQL refuses NUL in text
    for word in q.split()[:5]:
        queryset = queryset.filter(
            Q(last_name__icontains=word)
            | Q(first_name__icontains=word)
            | Q(email_normalised__icontains=word.lower())
            | Q(organisation_name__icontains=word)
        )
    return queryset


def registrations_for_staff(
    *, event: Event, q: str = "", status: str = "", group: int | None = None
) -> QuerySet[Registration]:
    """The staff list: filtered, searched, with the chosen groups in one extra query."""
    queryset = Registration.objects.filter(event=event)
    statuses = STATUS_FILTERS.get(status, STATUS_FILTERS["active"])
    queryset = queryset.filter(status__in=statuses)
    if status == "present":
        queryset = queryset.filter(checked_in_at__isnull=False)
    if group:
        queryset = queryset.filter(choices__group_id=group)
    q = q.strip()[:100]
    if q:
        queryset = _search(queryset, q)
    # The columns the rows show (a row holds a dozen more: secrets, dates of emails sent),
    # in arrival order (the (event, sequence) index); their groups come from
    # `with_chosen_groups`, once the page is cut.
    return queryset.only(*STAFF_ROW_FIELDS).order_by("sequence", "pk")


class ChosenGroup(NamedTuple):
    group_id: int
    title: str
    status: str


def with_chosen_groups(registrations: Iterable[Registration]) -> list[Registration]:
    """Each registration with `chosen`: its groups in programme order, read in one query as
    plain values (a prefetch of model instances was a fifth of the staff list's time)."""
    rows = list(registrations)
    chosen: dict[int, list[ChosenGroup]] = {r.pk: [] for r in rows}
    for registration_id, group_id, title, status in (
        Choice.objects.filter(registration_id__in=chosen)
        .order_by("item__starts_at")
        .values_list("registration_id", "group_id", "group__title", "status")
    ):
        chosen[registration_id].append(ChosenGroup(group_id, title, status))
    for r in rows:
        r.chosen = chosen[r.pk]
    return rows


STAFF_ROW_FIELDS = (
    "pk",
    "event_id",
    "status",
    "first_name",
    "last_name",
    "email",
    "organisation_name",
    "checked_in_at",
    "sequence",
)


def waiting_lists(
    *, event: Event, groups: list[Group] | None = None, limit: int = 50, cache: bool = False
) -> dict[str, Any]:
    """The event's waiting list and each group's, in arrival order. A list its count says is
    empty (`event.waiting_count`, each of `groups`' `waiting_count`, when known) is not read."""
    if cache:
        return cached(
            event_namespace(event.slug),
            ("waiting", limit),
            lambda: waiting_lists(event=event, groups=groups, limit=limit),
        )
    event_waiting = []
    if getattr(event, "waiting_count", None) != 0:
        event_waiting = list(
            Registration.objects.filter(event=event, status=Registration.Status.WAITING).order_by(
                "sequence", "pk"
            )[:limit]
        )
    by_group: dict[int, list[Choice]] = {}
    if groups is None or any(group.waiting_count for group in groups):
        for choice in (
            Choice.objects.filter(
                group__event=event,
                status=Choice.Status.WAITING,
                registration__status=Registration.Status.CONFIRMED,
            )
            .select_related("registration", "group")
            .order_by("group__position", "group_id", "sequence", "pk")[: limit * 5]
        ):
            by_group.setdefault(choice.group_id, []).append(choice)
    return {"event": event_waiting, "groups": by_group}


def checkin_list(*, event: Event, q: str = "", limit: int = 60) -> list[Registration]:
    queryset = Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED)
    q = q.strip()[:100]
    if q:
        queryset = _search(queryset, q)
    return list(
        queryset.prefetch_related(
            Prefetch("choices", Choice.objects.select_related("group").order_by("item__starts_at"))
        ).order_by("last_name", "first_name", "pk")[:limit]
    )


def checkin_counts(*, event: Event) -> dict[str, int]:
    return Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).aggregate(
        confirmed=Count("pk"), present=Count("pk", filter=Q(checked_in_at__isnull=False))
    )


def export_rows(*, event: Event, q: str = "", status: str = "all"):
    """One row per registration, for the CSV and XLSX exports (streamed)."""
    queryset = Registration.objects.filter(event=event)
    if status in STATUS_FILTERS and status != "all":
        queryset = queryset.filter(status__in=STATUS_FILTERS[status])
        if status == "present":
            queryset = queryset.filter(checked_in_at__isnull=False)
    if q.strip():
        queryset = _search(queryset, q.strip()[:100])
    queryset = queryset.prefetch_related(
        Prefetch("choices", Choice.objects.select_related("group").order_by("item__starts_at"))
    ).order_by("sequence", "pk")
    kinds = dict(OrganisationKind.choices)
    departements = dict(Departement.choices)
    statuses = dict(Registration.Status.choices)
    for r in queryset.iterator(chunk_size=500):
        yield {
            "last_name": r.last_name,
            "first_name": r.first_name,
            "email": r.email,
            "job_title": r.job_title,
            "organisation": r.organisation_name,
            "organisation_kind": str(kinds.get(r.organisation_kind, "")),
            "departement": str(departements.get(r.departement, "")),
            "is_rural": r.is_rural,
            "groups": [c.group.title for c in r.choices.all()],
            "group_status": [str(Choice.Status(c.status).label) for c in r.choices.all()],
            "status": str(statuses.get(r.status, r.status)),
            "sequence": r.sequence,
            "registered_at": r.created_at,
            "checked_in_at": r.checked_in_at,
        }


def event_documents(*, event: Event) -> list[EventDocument]:
    return list(EventDocument.objects.filter(event=event))


# Statistics


@dataclass
class Stats:
    registrations: int = 0
    confirmed: int = 0
    waiting: int = 0
    cancelled: int = 0
    present: int = 0
    past_confirmed: int = 0
    by_kind: list[tuple[str, int]] = field(default_factory=list)
    by_departement: list[tuple[str, int]] = field(default_factory=list)
    rural: int = 0

    @property
    def no_shows(self) -> int:
        return max(0, self.past_confirmed - self.present)

    @property
    def attendance_rate(self) -> float | None:
        return round(100 * self.present / self.past_confirmed, 1) if self.past_confirmed else None

    @property
    def rural_share(self) -> float | None:
        return round(100 * self.rural / self.confirmed, 1) if self.confirmed else None


def _stats(registrations: QuerySet[Registration], now: datetime) -> Stats:
    totals = registrations.aggregate(
        registrations=Count("pk", filter=~Q(status=Registration.Status.EXPIRED)),
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
        cancelled=Count("pk", filter=Q(status=Registration.Status.CANCELLED)),
        present=Count(
            "pk",
            filter=Q(status=Registration.Status.CONFIRMED, checked_in_at__isnull=False),
        ),
        past_confirmed=Count(
            "pk", filter=Q(status=Registration.Status.CONFIRMED, event__ends_at__lte=now)
        ),
        rural=Count("pk", filter=Q(status=Registration.Status.CONFIRMED, is_rural=True)),
    )
    stats = Stats(**totals)
    confirmed = registrations.filter(status=Registration.Status.CONFIRMED)
    kinds = dict(OrganisationKind.choices)
    departements = dict(Departement.choices)
    counter = Counter(
        dict(confirmed.values_list("organisation_kind").annotate(n=Count("pk")).order_by())
    )
    stats.by_kind = sorted(
        ((str(kinds.get(k, "")) or "—", n) for k, n in counter.items()),
        key=lambda pair: (-pair[1], pair[0]),
    )
    counter = Counter(dict(confirmed.values_list("departement").annotate(n=Count("pk")).order_by()))
    stats.by_departement = sorted(
        ((str(departements.get(k, "")) or "—", n) for k, n in counter.items()),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return stats


def event_statistics(*, event: Event, now: datetime | None = None) -> Stats:
    return _stats(Registration.objects.filter(event=event), now or timezone.now())


def period_statistics(
    *, start: datetime, end: datetime, now: datetime | None = None
) -> tuple[Stats, list[dict[str, Any]]]:
    """Over the events that start in [start, end): the totals, then one line per event."""
    now = now or timezone.now()
    events = Event.objects.filter(
        starts_at__gte=start, starts_at__lt=end, status=Event.Status.PUBLISHED
    )
    stats = _stats(Registration.objects.filter(event__in=events), now)
    rows = []
    per_event = events.annotate(
        n_confirmed=Count(
            "registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)
        ),
        n_present=Count(
            "registrations",
            filter=Q(
                registrations__status=Registration.Status.CONFIRMED,
                registrations__checked_in_at__isnull=False,
            ),
        ),
        n_rural=Count(
            "registrations",
            filter=Q(
                registrations__status=Registration.Status.CONFIRMED,
                registrations__is_rural=True,
            ),
        ),
    ).order_by("starts_at")
    for event in per_event:
        past = event.ends_at <= now
        rows.append(
            {
                "event": event,
                "confirmed": event.n_confirmed,
                "present": event.n_present if past else None,
                "no_shows": max(0, event.n_confirmed - event.n_present) if past else None,
                "rate": round(100 * event.n_present / event.n_confirmed, 1)
                if past and event.n_confirmed
                else None,
                "rural": event.n_rural,
            }
        )
    return stats, rows
