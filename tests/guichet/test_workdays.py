import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from guichet import workdays

P = workdays.PARIS


def at(*args):
    return dt.datetime(*args, tzinfo=P)


def test_french_public_holidays_and_weekends_are_not_working_days():
    assert not workdays.is_working_day(dt.date(2026, 12, 25))  # Noël
    assert not workdays.is_working_day(dt.date(2026, 5, 1))  # fête du Travail
    assert not workdays.is_working_day(dt.date(2026, 5, 14))  # Ascension
    assert not workdays.is_working_day(dt.date(2026, 12, 5))  # samedi
    assert workdays.is_working_day(dt.date(2026, 12, 1))


def test_deadlines_skip_weekends_and_holidays():
    # Friday 10:00 + 2 working days = Tuesday 10:00.
    assert workdays.deadline(at(2026, 11, 27, 10), 2) == at(2026, 12, 1, 10)
    # Wednesday 23 December + 2: Thursday 24, then Monday 28 (25 is Christmas).
    assert workdays.deadline(at(2026, 12, 23, 9), 2) == at(2026, 12, 28, 9)
    # A Saturday counts from Monday midnight.
    assert workdays.deadline(at(2026, 12, 5, 15), 2) == at(2026, 12, 9, 0)


def test_working_days_between_counts_only_working_time():
    assert workdays.working_days_between(at(2026, 11, 27, 12), at(2026, 11, 30, 12)) == 1.0
    assert workdays.working_days_between(at(2026, 12, 1, 9), at(2026, 12, 1, 21)) == 0.5
    assert workdays.working_days_between(at(2026, 12, 2), at(2026, 12, 1)) == 0.0


moments = st.datetimes(
    min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2027, 12, 31), timezones=st.just(P)
)


@settings(max_examples=300, deadline=None)
@given(start=moments, now=moments, n=st.sampled_from([2, 5, 20]))
def test_threshold_is_the_exact_inverse_of_deadline(start, now, n):
    """The queue filters in SQL with `created_at <= threshold(now)`: it must agree with the
    rule stated on each request, `deadline(created_at) <= now`."""
    assert (workdays.deadline(start, n) <= now) == (start <= workdays.threshold(now, n))
