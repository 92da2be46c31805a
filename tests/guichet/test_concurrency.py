"""Races decided under a lock: numbering, double submits, two advisors taking one request.
Real parallel transactions: PostgreSQL row locks; on SQLite, IMMEDIATE transactions serialise."""

import threading
import uuid

import pytest
from django.db import close_old_connections

from apure.errors import DomainError
from guichet import services
from guichet.models import Request
from tests.factories import make_user

pytestmark = pytest.mark.django_db(transaction=True)


def run_together(functions):
    barrier = threading.Barrier(len(functions))
    results, errors = [], []

    def wrap(fn):
        try:
            barrier.wait()
            results.append(fn())
        except Exception as exc:
            errors.append(exc)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=wrap, args=(fn,)) for fn in functions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def _submit(buyer, token=None):
    return lambda: services.request_submit(
        by=buyer,
        token=token or uuid.uuid4(),
        kind="targeted",
        subject="Seuils 2026",
        question="Quels seuils de procédure au 1er janvier ?",
        channel="email",
    )


def test_concurrent_submissions_get_distinct_consecutive_numbers():
    buyers = [make_user("acheteur") for _ in range(8)]
    results, errors = run_together([_submit(b) for b in buyers])
    assert errors == []
    numbers = sorted(Request.objects.values_list("number", flat=True))
    assert numbers == list(range(1, 9))
    assert len({r.reference for r, _created in results}) == 8


def test_a_double_click_is_one_request():
    buyer = make_user("acheteur")
    token = uuid.uuid4()
    results, errors = run_together([_submit(buyer, token) for _ in range(4)])
    assert errors == []
    assert Request.objects.count() == 1
    assert sorted(created for _r, created in results) == [False, False, False, True]


def test_two_advisors_take_the_same_request_one_wins():
    request, _ = _submit(make_user("acheteur"))()
    first, second = make_user("conseiller"), make_user("conseiller")
    results, errors = run_together(
        [
            lambda: services.request_take(request=request, by=first),
            lambda: services.request_take(request=request, by=second),
        ]
    )
    assert len(results) == 1 and len(errors) == 1
    assert isinstance(errors[0], DomainError) and "Déjà prise par" in str(errors[0])
    request.refresh_from_db()
    assert request.assignee_id in (first.pk, second.pk)
