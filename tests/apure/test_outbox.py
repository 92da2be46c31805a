"""The transactional outbox: side effects survive a broker outage and happen exactly once."""

import contextlib
import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail
from django.db import transaction
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
    assert "outbox_pending" not in response.json()  # for operators only


@pytest.mark.django_db
def test_operators_see_the_outbox_backlog(client):
    from tests.factories import make_user

    with closed_port() as url, celery_broker(url), transaction.atomic():
        _email()
    client.force_login(make_user("equipe"))
    body = client.get(reverse("apure:health")).json()
    assert (body["outbox_pending"], body["outbox_failed"]) == (1, 0)


@pytest.mark.django_db(transaction=True)
def test_login_works_while_redis_is_dead(client, settings):
    """With REDIS_URL set the cache is the database's and sessions too: a dead Redis
    (here the broker pointed at a closed port) does not stop anyone from signing in."""
    from tests.factories import PASSWORD, UserFactory

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "apure_cache",
        },
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
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


@pytest.fixture
def failing_handler():
    """An outbox kind whose side effect fails until `state["fail"]` is set to False."""
    from apure.outbox import HANDLERS, outbox_handler

    state = {"fail": True, "calls": 0}

    @outbox_handler("test.flaky")
    def flaky(payload):
        state["calls"] += 1
        if state["fail"]:
            raise ConnectionError("SMTP server unreachable")

    yield state
    HANDLERS.pop("test.flaky")


@pytest.mark.django_db
def test_a_delivered_email_keeps_no_content(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        message = email_enqueue_rendered(
            to=["a@example.fr"], subject="Réinitialisation", body="https://lien-secret/"
        )
    message.refresh_from_db()
    assert message.delivered_at is not None
    assert message.payload == {}


@pytest.mark.django_db
def test_a_failing_side_effect_is_retried_then_parked(
    failing_handler, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    from apure.outbox import MAX_ATTEMPTS, outbox_enqueue

    with django_capture_on_commit_callbacks(execute=True):
        message = outbox_enqueue(kind="test.flaky", payload={})
    message.refresh_from_db()
    assert message.delivered_at is None
    assert message.attempts == 1
    assert "SMTP server unreachable" in message.last_error

    # The relay tries again once the hand-over is stale, and parks the row after MAX_ATTEMPTS.
    for _attempt in range(MAX_ATTEMPTS + 3):
        OutboxMessage.objects.filter(pk=message.pk).update(
            dispatched_at=timezone.now() - timedelta(hours=1)
        )
        outbox_relay()
    message.refresh_from_db()
    assert message.attempts == MAX_ATTEMPTS
    assert failing_handler["calls"] == MAX_ATTEMPTS


@pytest.mark.django_db
def test_without_a_broker_each_new_side_effect_retries_older_failures(
    failing_handler, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    from apure.outbox import outbox_enqueue

    with django_capture_on_commit_callbacks(execute=True):
        stuck = outbox_enqueue(kind="test.flaky", payload={})
    OutboxMessage.objects.filter(pk=stuck.pk).update(
        dispatched_at=timezone.now() - timedelta(hours=1)
    )
    failing_handler["fail"] = False
    with django_capture_on_commit_callbacks(execute=True):
        _email()
    stuck.refresh_from_db()
    assert stuck.delivered_at is not None
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_delivered_rows_are_purged_after_a_month(django_capture_on_commit_callbacks):
    from datetime import timedelta

    from django.utils import timezone

    from apure.outbox import outbox_purge

    with django_capture_on_commit_callbacks(execute=True):
        old, recent = _email(), _email()
    OutboxMessage.objects.filter(pk=old.pk).update(delivered_at=timezone.now() - timedelta(days=40))
    assert outbox_purge() == 1
    assert list(OutboxMessage.objects.values_list("pk", flat=True)) == [recent.pk]


@pytest.mark.django_db
def test_plain_text_emails_are_not_html_escaped(django_capture_on_commit_callbacks):
    from django.core import mail

    from apure.services import contact_message_send

    with django_capture_on_commit_callbacks(execute=True):
        contact_message_send(
            name="Zoé d'Hondt <mairie>",
            email="zoe@mairie.example.fr",
            organisation="Commune d'Exemple & Cie",
            subject="autre",
            subject_label="Chantiers d'exploration",
            message="L'atelier « achats » : 30 % & plus.",
        )
    message = mail.outbox[-1]
    assert "Chantiers d'exploration" in message.subject
    assert "Zoé d'Hondt <mairie>" in message.body
    assert "Commune d'Exemple & Cie" in message.body
    assert "&#x27;" not in message.body and "&amp;" not in message.body
