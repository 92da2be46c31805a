"""The transactional outbox: side effects survive a broker outage and happen exactly once."""

import contextlib
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.urls import reverse

from apure.emails import email_enqueue_rendered
from apure.models import OutboxMessage, User
from apure.outbox import outbox_relay
from tests.apure.brokers import REDIS_URL, celery_broker, closed_port, silent_port
from tests.apure.test_accounts import SIGNUP


def _email(key=None):
    return email_enqueue_rendered(
        to=["acheteur@mairie.example.fr"], subject="Objet", body="Bonjour", key=key
    )


@pytest.mark.django_db
def test_a_side_effect_is_delivered_after_commit_and_only_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message = _email()
        assert mail.outbox == []  # nothing leaves before the transaction commits
    assert len(mail.outbox) == 1
    message.refresh_from_db()
    assert message.delivered_at is not None
    assert outbox_relay() == 0
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_the_same_key_is_one_side_effect(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        first = _email(key="rappel:42")
        second = _email(key="rappel:42")
    assert first.pk == second.pk
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_nothing_is_sent_when_the_transaction_rolls_back(django_capture_on_commit_callbacks):
    from django.db import transaction

    with (
        django_capture_on_commit_callbacks(execute=True),
        contextlib.suppress(RuntimeError),
        transaction.atomic(),
    ):
        _email()
        raise RuntimeError("the change failed")
    assert mail.outbox == []
    assert not OutboxMessage.objects.exists()


@contextlib.contextmanager
def _reachable_broker():
    """The real Redis with a real worker when REDIS_URL is set; in-process tasks otherwise."""
    if REDIS_URL:
        with (
            celery_broker(REDIS_URL) as app,
            start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10),
        ):
            yield
    else:
        yield  # the autouse fixture runs tasks eagerly


def _wait_for(condition, timeout=15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("broker", [closed_port, silent_port], ids=["closed", "silent"])
def test_signup_survives_a_broker_outage_and_the_relay_delivers_once(client, broker):
    # A fresh address per case: the database cache (REDIS_URL runs) outlives the
    # transactional test, and allauth limits confirmation emails per address.
    signup = {**SIGNUP, "email": f"{broker.__name__}@mairie-exemple.fr"}
    with broker() as url, celery_broker(url):
        started = time.monotonic()
        response = client.post(reverse("account_signup"), signup)
        elapsed = time.monotonic() - started
    assert response.status_code == 302, "the user sees a normal answer"
    assert elapsed < 10, f"a broken broker held the request for {elapsed:.1f} s"
    assert User.objects.filter(email=signup["email"]).exists()
    message = OutboxMessage.objects.get()
    assert message.kind == "email" and message.delivered_at is None
    assert message.last_error
    assert mail.outbox == []

    with _reachable_broker():
        assert outbox_relay() == 1
        assert _wait_for(lambda: len(mail.outbox) == 1)
        assert outbox_relay() == 0  # running the relay again sends nothing twice
    time.sleep(0.2)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [signup["email"]]
    message.refresh_from_db()
    assert message.delivered_at is not None


@pytest.mark.django_db(transaction=True)
def test_a_row_handed_over_twice_is_delivered_once(django_capture_on_commit_callbacks):
    from apure.tasks import outbox_deliver

    with django_capture_on_commit_callbacks(execute=False):
        message = _email()
    outbox_deliver.apply(args=[message.pk])
    outbox_deliver.apply(args=[message.pk])
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_health_reports_an_unreachable_broker_without_failing(client):
    with closed_port() as url, celery_broker(url):
        response = client.get(reverse("apure:health"))
    assert response.status_code == 200
    assert response.json()["broker"] == "unavailable"
    assert response.json()["database"] == "ok"


@pytest.mark.django_db(transaction=True)
def test_login_works_while_redis_is_dead(client, settings):
    """With REDIS_URL set the cache is the database's and sessions too: a dead Redis
    (here the broker pointed at a closed port) does not stop anyone from signing in."""
    from tests.factories import PASSWORD, UserFactory

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "apure_cache",
        }
    }
    from django.core.management import call_command

    call_command("createcachetable")
    user = UserFactory()
    with closed_port() as url, celery_broker(url):
        response = client.post(
            reverse("account_login"), {"login": user.email, "password": PASSWORD}
        )
        assert response.status_code == 302
        assert client.get(reverse("apure:dashboard")).status_code == 200
