"""French working days (weekends and public holidays excepted), in Europe/Paris.

The overdue rules ("assigned within 2 working days", "first answer within 5") and the
response-time statistics count them. A deadline keeps the time of day of its start: a request
sent on Friday at 10:00 must be assigned by Tuesday at 10:00; one sent on a Saturday counts
from Monday 00:00.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

PARIS = ZoneInfo("Europe/Paris")
ASSIGN_WITHIN = 2  # working days
ANSWER_WITHIN = 5  # working days


@lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.France(years=year).keys())


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def previous_working_day(day: dt.date) -> dt.date:
    day -= dt.timedelta(days=1)
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def add_working_days(day: dt.date, n: int) -> dt.date:
    for _ in range(n):
        day = next_working_day(day)
    return day


def local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(PARIS)


def deadline(start: dt.datetime, n: int) -> dt.datetime:
    """`n` working days after `start` (same time of day; a start on a day off counts from
    the next working day at midnight)."""
    start = local(start)
    day, time = start.date(), start.time().replace(tzinfo=None)
    if not is_working_day(day):
        day, time = next_working_day(day), dt.time(0, 0)
    return dt.datetime.combine(add_working_days(day, n), time, tzinfo=PARIS)


def threshold(now: dt.datetime, n: int) -> dt.datetime:
    """The latest start whose `n`-working-day deadline has passed at `now`:
    `deadline(start, n) <= now` exactly when `start <= threshold(now, n)`. The queue filters
    and sorts on it in SQL."""
    now = local(now)
    day, time = now.date(), now.time().replace(tzinfo=None)
    if not is_working_day(day):
        # Deadlines fall on working days only: the last one that passed ended that day.
        day, time = previous_working_day(day), dt.time.max
    for _ in range(n):
        day = previous_working_day(day)
    return dt.datetime.combine(day, time, tzinfo=PARIS)


def working_days_between(start: dt.datetime, end: dt.datetime) -> float:
    """The time from `start` to `end` counted in working days (days off do not count),
    with its fraction: the response-time statistics."""
    start, end = local(start), local(end)
    if end <= start:
        return 0.0
    total = dt.timedelta()
    day = start.date()
    while day <= end.date():
        if is_working_day(day):
            begin = dt.datetime.combine(day, dt.time(0, 0), tzinfo=PARIS)
            finish = begin + dt.timedelta(days=1)
            total += min(finish, end) - max(begin, start)
        day += dt.timedelta(days=1)
    return round(total.total_seconds() / 86400, 2)
