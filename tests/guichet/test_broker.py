"""A request submitted while the broker is down is saved, the buyer sees their reference, and
the emails go out once the broker is back (as tests/apure/test_outbox.py does for signup)."""

import re
import time

import pytest
from django.core import mail

from apure.models import OutboxMessage
from apure.outbox import outbox_relay
from guichet.models import Request
from tests.apure.brokers import celery_broker, closed_port, silent_port
from tests.apure.test_outbox import _reachable_broker, _wait_for
from tests.factories import make_user


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("broker", [closed_port, silent_port], ids=["closed", "silent"])
def test_a_request_survives_a_broker_outage(client, broker):
    buyer = make_user("acheteur")
    staff = make_user("equipe")
    client.force_login(buyer)
    page = client.get("/guichet-vert/").content.decode()
    token = re.search(r'name="token" value="([0-9a-f-]+)"', page).group(1)
    data = {
        "token": token,
        "kind": "strategy",
        "subject": "Notre SPASER",
        "question": "Comment lancer notre SPASER ?",
        "channel": "visio",
    }
    with broker() as url, celery_broker(url):
        started = time.monotonic()
        response = client.post("/guichet-vert/", data, follow=True)
        elapsed = time.monotonic() - started
    request = Request.objects.get()
    assert response.status_code == 200 and request.reference in response.content.decode()
    assert elapsed < 15, f"a broken broker held the request for {elapsed:.1f} s"
    pending = OutboxMessage.objects.filter(delivered_at__isnull=True)
    assert pending.count() == 2 and mail.outbox == []

    with _reachable_broker():
        assert outbox_relay() == 2
        assert _wait_for(lambda: len(mail.outbox) == 2)
        assert outbox_relay() == 0
    time.sleep(0.2)
    assert sorted(tuple(m.to) for m in mail.outbox) == sorted([(buyer.email,), (staff.email,)])
    assert all(request.reference in m.subject for m in mail.outbox)
