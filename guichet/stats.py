"""The follow-up tool: advices per month against the 15-30 target, time spent, response times,
breakdowns, satisfaction; and the CSV/XLSX exports of requests and time entries.

A few queries whatever the number of requests: rows are read once as tuples and counted here.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apure.exports import Column
from apure.models import Departement, OrganisationKind

from . import workdays
from .models import Kind, Request, State, TimeEntry

TARGET_LOW, TARGET_HIGH = 15, 30


@dataclass(frozen=True)
class Period:
    start: dt.date  # first day of the first month
    end: dt.date  # first day of the month after the last one

    @property
    def months(self) -> list[dt.date]:
        months, day = [], self.start
        while day < self.end:
            months.append(day)
            day = add_months(day, 1)
        return months

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        tz = workdays.PARIS
        return (
            dt.datetime.combine(self.start, dt.time(0), tzinfo=tz),
            dt.datetime.combine(self.end, dt.time(0), tzinfo=tz),
        )


def add_months(day: dt.date, n: int) -> dt.date:
    month = day.year * 12 + day.month - 1 + n
    return dt.date(month // 12, month % 12 + 1, 1)


def default_period(today: dt.date) -> Period:
    end = add_months(today.replace(day=1), 1)
    return Period(add_months(end, -12), end)


def _person(first: str, last: str, email: str) -> str:
    return f"{first} {last}".strip() or email


def _share(part: int, total: int) -> int:
    return round(100 * part / total) if total else 0


def _breakdown(counter: Counter, labels: dict[str, str] | None = None) -> list[dict[str, Any]]:
    total = sum(counter.values())
    return [
        {"label": (labels or {}).get(key, key) or "—", "count": n, "share": _share(n, total)}
        for key, n in counter.most_common()
    ]


def statistics_for(period: Period) -> dict[str, Any]:
    """Everything the statistics page shows for the period."""
    start, end = period.bounds()
    created = Q(created_at__gte=start, created_at__lt=end)
    answered = Q(first_answer_at__gte=start, first_answer_at__lt=end)
    closed = Q(closed_at__gte=start, closed_at__lt=end)
    rows = list(
        Request.objects.filter(created | answered | closed).values_list(
            "created_at",
            "first_answer_at",
            "closed_at",
            "state",
            "kind",
            "segment__name",
            "segment__parent__name",
            "organisation__departement",
            "organisation__kind",
            "organisation__is_rural",
            "rating",
        )
    )
    per_month = Counter()
    to_answer, to_close, ratings = [], [], []
    kinds, segments, departements, org_kinds = Counter(), Counter(), Counter(), Counter()
    total = rural = 0
    for (
        created_at,
        first_answer_at,
        closed_at,
        state,
        kind,
        segment,
        parent,
        departement,
        org_kind,
        is_rural,
        rating,
    ) in rows:
        if first_answer_at and start <= first_answer_at < end:
            local = workdays.local(first_answer_at)
            per_month[dt.date(local.year, local.month, 1)] += 1
            to_answer.append(workdays.working_days_between(created_at, first_answer_at))
        if closed_at and start <= closed_at < end and state == State.CLOSED:
            to_close.append(workdays.working_days_between(created_at, closed_at))
            if rating:
                ratings.append(rating)
        if start <= created_at < end:
            total += 1
            rural += bool(is_rural)
            kinds[kind] += 1
            segments[f"{parent} › {segment}" if segment else _("Not specified")] += 1
            departements[departement or ""] += 1
            org_kinds[org_kind or ""] += 1
    months = [
        {
            "month": month,
            "label": date_format(month, "F Y"),
            "short": date_format(month, "M y"),
            "count": per_month.get(month, 0),
        }
        for month in period.months
    ]
    for item in months:
        count = item["count"]
        item["band"] = "below" if count < TARGET_LOW else "above" if count > TARGET_HIGH else "in"
    time_rows = list(
        TimeEntry.objects.filter(date__gte=period.start, date__lt=period.end).values_list(
            "author__first_name", "author__last_name", "author__email", "request__kind", "minutes"
        )
    )
    per_advisor, per_kind = defaultdict(int), defaultdict(int)
    for first, last, email, kind, minutes in time_rows:
        per_advisor[_person(first, last, email)] += minutes
        per_kind[kind] += minutes
    kind_labels = dict(Kind.choices)
    return {
        "months": months,
        "chart": chart(months),
        "advices": sum(m["count"] for m in months),
        "months_in_band": sum(1 for m in months if m["band"] == "in"),
        "requests": total,
        "rural": rural,
        "rural_share": _share(rural, total),
        "median_answer": round(statistics.median(to_answer), 1) if to_answer else None,
        "median_close": round(statistics.median(to_close), 1) if to_close else None,
        "satisfaction": round(statistics.fmean(ratings), 1) if ratings else None,
        "ratings": len(ratings),
        "time_total": sum(per_advisor.values()),
        "time_per_advisor": sorted(per_advisor.items(), key=lambda kv: (-kv[1], kv[0])),
        "time_per_kind": [
            (kind_labels.get(k, k), minutes)
            for k, minutes in sorted(per_kind.items(), key=lambda kv: -kv[1])
        ],
        "by_kind": _breakdown(kinds, kind_labels),
        "by_segment": _breakdown(segments),
        "by_departement": _breakdown(departements, dict(Departement.choices)),
        "by_org_kind": _breakdown(org_kinds, dict(OrganisationKind.choices)),
    }


def chart(months: list[dict[str, Any]]) -> dict[str, Any]:
    """Geometry of the bar chart (drawn by the template as SVG, no script)."""
    width, height = 720, 280
    left, right, top, bottom = 40, 10, 10, 40
    top_value = max([TARGET_HIGH + 5, *(m["count"] + 2 for m in months)])
    plot_w, plot_h = width - left - right, height - top - bottom

    def y(value: float) -> float:
        return round(top + plot_h - plot_h * value / top_value, 1)

    slot = plot_w / max(len(months), 1)
    bars = []
    for index, month in enumerate(months):
        x = left + index * slot + slot * 0.15
        bars.append(
            {
                **month,
                "x": round(x, 1),
                "y": y(month["count"]),
                "w": round(slot * 0.7, 1),
                "h": round(y(0) - y(month["count"]), 1),
                "label_x": round(x + slot * 0.35, 1),
                "value_y": round(y(month["count"]) - 4, 1),
            }
        )
    step = 10 if top_value <= 60 else 20
    ticks = [{"value": v, "y": y(v)} for v in range(0, int(top_value) + 1, step)]
    return {
        "width": width,
        "height": height,
        "left": left,
        "right": width - right,
        "base": y(0),
        "band_y": y(TARGET_HIGH),
        "band_h": round(y(TARGET_LOW) - y(TARGET_HIGH), 1),
        "band_w": plot_w,
        "bars": bars,
        "ticks": ticks,
        "label_y": height - bottom + 16,
    }


# Exports: one row per request / per time entry, stable keys, French headers.

REQUEST_COLUMNS = [
    Column("reference", gettext_lazy("Reference"), 16),
    Column("submitted_at", gettext_lazy("Submitted at"), 18),
    Column("kind", gettext_lazy("Request kind"), 28),
    Column("subject", gettext_lazy("Subject"), 40),
    Column("segment", gettext_lazy("Purchase segment"), 30),
    Column("organisation", gettext_lazy("Organisation"), 30),
    Column("organisation_kind", gettext_lazy("Organisation kind"), 20),
    Column("departement", gettext_lazy("Département"), 16),
    Column("rural", gettext_lazy("Rural or modest authority"), 12),
    Column("channel", gettext_lazy("Preferred channel"), 14),
    Column("state", gettext_lazy("State"), 14),
    Column("assignee", gettext_lazy("Assignee"), 24),
    Column("assigned_at", gettext_lazy("Assigned at"), 18),
    Column("first_answer_at", gettext_lazy("First answer at"), 18),
    Column("closed_at", gettext_lazy("Closed at"), 18),
    Column("days_to_answer", gettext_lazy("Working days to first answer"), 14),
    Column("days_to_close", gettext_lazy("Working days to close"), 14),
    Column("minutes", gettext_lazy("Minutes spent"), 12),
    Column("rating", gettext_lazy("Rating (1 to 5)"), 10),
]

TIME_COLUMNS = [
    Column("reference", gettext_lazy("Reference"), 16),
    Column("date", gettext_lazy("Date"), 12),
    Column("advisor", gettext_lazy("Advisor"), 24),
    Column("minutes", gettext_lazy("Minutes"), 10),
    Column("channel", gettext_lazy("Channel"), 14),
    Column("kind", gettext_lazy("Request kind"), 28),
    Column("departement", gettext_lazy("Département"), 16),
    Column("note", gettext_lazy("Note"), 40),
]


def request_rows(period: Period) -> Iterator[dict[str, Any]]:
    from django.db.models import Sum

    start, end = period.bounds()
    labels = {
        "kind": dict(Kind.choices),
        "state": dict(State.choices),
        "channel": dict(Request.Channel.choices),
        "org": dict(OrganisationKind.choices),
        "dep": dict(Departement.choices),
    }
    queryset = (
        Request.objects.filter(created_at__gte=start, created_at__lt=end)
        .select_related("organisation", "assignee", "segment__parent")
        .annotate(minutes=Sum("time_entries__minutes"))
        .order_by("created_at", "pk")
    )
    for r in queryset.iterator(chunk_size=500):
        org = r.organisation
        yield {
            "reference": r.reference,
            "submitted_at": r.created_at,
            "kind": labels["kind"].get(r.kind, r.kind),
            "subject": r.subject,
            "segment": str(r.segment) if r.segment_id else "",
            "organisation": org.name if org else "",
            "organisation_kind": labels["org"].get(org.kind, "") if org else "",
            "departement": labels["dep"].get(org.departement, "") if org else "",
            "rural": bool(org and org.is_rural),
            "channel": labels["channel"].get(r.channel, r.channel),
            "state": labels["state"].get(r.state, r.state),
            "assignee": str(r.assignee) if r.assignee_id else "",
            "assigned_at": r.assigned_at,
            "first_answer_at": r.first_answer_at,
            "closed_at": r.closed_at,
            "days_to_answer": workdays.working_days_between(r.created_at, r.first_answer_at)
            if r.first_answer_at
            else None,
            "days_to_close": workdays.working_days_between(r.created_at, r.closed_at)
            if r.closed_at
            else None,
            "minutes": r.minutes or 0,
            "rating": r.rating,
        }


def time_rows(period: Period) -> Iterator[dict[str, Any]]:
    kinds = dict(Kind.choices)
    channels = dict(TimeEntry.Channel.choices)
    deps = dict(Departement.choices)
    queryset = (
        TimeEntry.objects.filter(date__gte=period.start, date__lt=period.end)
        .select_related("request__organisation", "author")
        .order_by("date", "pk")
    )
    for e in queryset.iterator(chunk_size=500):
        org = e.request.organisation
        yield {
            "reference": e.request.reference,
            "date": e.date,
            "advisor": str(e.author),
            "minutes": e.minutes,
            "channel": channels.get(e.channel, e.channel),
            "kind": kinds.get(e.request.kind, e.request.kind),
            "departement": deps.get(org.departement, "") if org else "",
            "note": e.note,
        }
