"""Capacity is never exceeded, whatever the concurrency: 50 people at once for 10 places."""

import threading

import pytest
from django.db import close_old_connections, connection

from events import services
from events.models import Choice, Registration

from .conftest import build_event, guest

pytestmark = pytest.mark.django_db(transaction=True)


def _burst(event, n, *, groups=(), confirm_guests=False):
    barrier = threading.Barrier(n)
    errors, results = [], []
    lock = threading.Lock()

    def worker(i):
        try:
            barrier.wait(timeout=30)
            result = services.registration_create(
                event=event,
                person=guest(i),
                groups=groups,
                staff_add=not confirm_guests,
                notify=False,
            )
            with lock:
                results.append(result.registration.pk)
        except Exception as error:
            with lock:
                errors.append(repr(error))
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results, errors


def _assert_arrival_order(event, confirmed_n, waiting_n):
    rows = list(Registration.objects.filter(event=event).order_by("sequence"))
    statuses = [r.status for r in rows]
    assert statuses.count("confirmed") == confirmed_n
    assert statuses.count("waiting") == waiting_n
    # The first `confirmed_n` to arrive have the places; the rest wait in arrival order.
    assert statuses == ["confirmed"] * confirmed_n + ["waiting"] * waiting_n
    assert [r.sequence for r in rows] == list(range(1, confirmed_n + waiting_n + 1))


def test_fifty_concurrent_registrations_for_ten_places():
    event = build_event(capacity=10)
    results, errors = _burst(event, 50)
    assert errors == []
    assert len(set(results)) == 50
    _assert_arrival_order(event, 10, 40)
    # The waiting list is served in that order: a cancellation promotes sequence 11.
    first = Registration.objects.filter(event=event, status="confirmed").first()
    services.registration_cancel(registration=first, staff=True, notify=False)
    promoted = Registration.objects.get(event=event, sequence=11)
    assert promoted.status == "confirmed"
    assert Registration.objects.filter(event=event, status="confirmed").count() == 10


def test_concurrent_group_choices_never_overfill_a_group():
    event = build_event(capacity=40, groups=(5, 30))
    small = event.groups.get(title="Atelier 1")
    _results, errors = _burst(event, 20, groups=[small])
    assert errors == []
    assert Choice.objects.filter(group=small, status="confirmed").count() == 5
    waiting = list(Choice.objects.filter(group=small, status="waiting").order_by("sequence"))
    assert len(waiting) == 15
    assert Registration.objects.filter(event=event, status="confirmed").count() == 20


def test_the_same_email_twice_at_once_takes_one_place():
    event = build_event(capacity=10)
    barrier = threading.Barrier(8)
    outcomes = []

    def worker():
        try:
            barrier.wait(timeout=30)
            result = services.registration_create(
                event=event, person=guest(1), staff_add=True, notify=False
            )
            outcomes.append((result.registration.pk, result.created))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(outcomes) == 8
    assert len({pk for pk, _created in outcomes}) == 1
    assert sum(created for _pk, created in outcomes) == 1
    assert Registration.objects.filter(event=event).count() == 1
