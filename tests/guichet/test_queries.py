"""The Guichet Vert pages run the same number of SQL queries with 10 requests as with 500."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from apure.caching import namespace_bump
from guichet import services
from tests.factories import make_user
from tests.guichet.conftest import submit

pytestmark = pytest.mark.django_db

# Session, user, roles, then the page's own reads.
BOUNDS = {"queue": 7, "request": 7, "stats": 6, "list": 7, "faq": 8}


def populate(n, buyer, advisor, segment, start=0):
    today = timezone.localdate()
    for i in range(start, n):
        request = submit(
            buyer,
            segment=segment if i % 2 else None,
            kind=["strategy", "project", "targeted"][i % 3],
        )
        if i % 4 == 0:
            continue
        services.request_take(request=request, by=advisor)
        services.time_entry_create(
            request=request, by=advisor, date=today, minutes=30, channel="phone"
        )
        services.message_post(request=request, by=advisor, body=f"Réponse {i}")
        services.message_post(request=request, by=advisor, body=f"Note {i}", internal=True)
        if i % 4 == 2:
            services.request_close(request=request, by=advisor, summary="Synthèse")
            services.request_rate(request=request, by=buyer, rating=4)


def count(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


def test_query_counts_do_not_grow(client_for, segment):
    buyer = make_user("acheteur")
    advisor = make_user("conseiller")
    staff = make_user("equipe")
    counts = {}
    done = 0
    for size in (10, 500):
        populate(size, buyer, advisor, segment, start=done)
        done = size
        first = buyer.guichet_requests.order_by("pk")[1]
        closed = buyer.guichet_requests.filter(state="closed").order_by("pk").first()
        if size == 10:
            qa = services.qa_create_from_request(request=closed, by=staff)
            services.qa_publish(qa=qa, by=staff)
        advisor_client = client_for(advisor)
        advisor_client.get("/guichet-vert/file/")  # the filter choices, kept a minute
        namespace_bump("guichet")  # the list and its figures, kept within a minute: read again
        counts[size] = {
            "queue": count(advisor_client, "/guichet-vert/file/?state=all&kind=project"),
            "request": count(advisor_client, first.get_absolute_url()),
            "stats": count(advisor_client, "/guichet-vert/statistiques/"),
        }
        buyer_client = client_for(buyer)
        buyer_client.get("/guichet-vert/")
        counts[size]["list"] = count(buyer_client, "/guichet-vert/demandes/")
        counts[size]["faq"] = count(buyer_client, "/guichet-vert/faq/?q=synthèse")
    assert counts[10] == counts[500], counts
    for name, bound in BOUNDS.items():
        assert counts[500][name] <= bound, (name, counts[500][name])


def test_the_request_page_with_30_messages_is_bounded(client_for, answered, advisor):
    client = client_for(advisor)
    client.get("/guichet-vert/file/")  # the advisors (queue filter, assign form): kept a minute
    client.get(answered.get_absolute_url())
    namespace_bump("guichet")  # the page is rendered again, as after any change
    before = count(client, answered.get_absolute_url())
    for i in range(30):
        services.message_post(
            request=answered, by=advisor, body=f"Message {i}", internal=i % 2 == 0
        )
    assert count(client, answered.get_absolute_url()) == before
    # Until the next change (or the next minute: hence two tries), the person's page is
    # served as rendered: only their session is read.
    assert min(count(client, answered.get_absolute_url()) for _ in range(2)) == 1
