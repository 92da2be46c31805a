"""A real Celery worker against the real Redis of REDIS_URL (CI's PostgreSQL run)."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.db import transaction

from apure.emails import email_enqueue_rendered
from apure.models import OutboxMessage
from apure.tasks import outbox_relay
from tests.apure.brokers import REDIS_URL, celery_broker

pytestmark = [
    pytest.mark.skipif(not REDIS_URL, reason="REDIS_URL is not set: no Redis to run a worker on"),
    pytest.mark.django_db(transaction=True),
]


def _wait_for(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not condition():
        time.sleep(0.1)
    return condition()


def test_a_committed_side_effect_reaches_the_worker_through_redis():
    with (
        celery_broker(REDIS_URL) as app,
        start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10),
    ):
        with transaction.atomic():
            message = email_enqueue_rendered(
                to=["conseiller@cd2e.example.fr"], subject="Nouvelle demande", body="Bonjour"
            )
        assert _wait_for(lambda: len(mail.outbox) == 1)
    message.refresh_from_db()
    assert message.dispatched_at is not None and message.delivered_at is not None
    assert mail.outbox[0].subject == "Nouvelle demande"


def test_the_periodic_relay_runs_on_the_worker():
    with transaction.atomic():
        message = OutboxMessage.objects.create(
            key="test:relay",
            kind="email",
            payload={"to": ["a@example.fr"], "subject": "Relais", "body": "x", "html": ""},
        )
    with (
        celery_broker(REDIS_URL) as app,
        start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10),
    ):
        outbox_relay.delay()
        assert _wait_for(lambda: len(mail.outbox) == 1)
    message.refresh_from_db()
    assert message.delivered_at is not None
