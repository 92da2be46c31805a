"""Every form and GET parameter of the Guichet Vert: no input yields a 500, a refusal
changes nothing."""

import pytest

from guichet import services
from guichet.models import QA, Message, Request, TimeEntry
from tests.factories import make_user
from tests.fuzz import fuzz
from tests.guichet.conftest import submit

pytestmark = pytest.mark.django_db


def test_request_form(client_for, buyer):
    fuzz(
        client_for(buyer),
        "post",
        "/guichet-vert/",
        fields=["token", "kind", "subject", "question", "segment", "channel", "availability"],
        models=[Request],
    )


def test_request_form_as_a_visitor(client):
    fuzz(
        client,
        "post",
        "/guichet-vert/",
        fields=["kind", "subject", "question", "channel"],
        models=[Request],
    )


def test_queue_parameters(client_for, advisor):
    submit(make_user("acheteur"))
    fuzz(
        client_for(advisor),
        "get",
        "/guichet-vert/file/",
        fields=["state", "assignee", "kind", "segment", "departement", "age", "page"],
    )


def test_queue_parameters_as_an_expert(client_for, expert):
    fuzz(
        client_for(expert),
        "get",
        "/guichet-vert/file/",
        fields=["state", "assignee", "age", "page"],
    )


def test_statistics_and_export_parameters(client_for, closed):
    client = client_for(make_user("equipe"))
    fuzz(client, "get", "/guichet-vert/statistiques/", fields=["start", "end"])
    fuzz(
        client,
        "get",
        "/guichet-vert/statistiques/export/demandes.csv",
        fields=["start", "end"],
        max_examples=10,
    )


def test_faq_and_lists(client_for, buyer):
    fuzz(client_for(buyer), "get", "/guichet-vert/faq/", fields=["q", "page"])
    fuzz(client_for(buyer), "get", "/guichet-vert/demandes/", fields=["page"])


def test_request_actions(client_for, answered, advisor):
    url = answered.get_absolute_url()
    client = client_for(advisor)
    fuzz(client, "post", f"{url}note/", fields=["body"], models=[Message])
    fuzz(
        client,
        "post",
        f"{url}temps/",
        fields=["date", "minutes", "channel", "note"],
        models=[TimeEntry],
    )
    fuzz(client, "post", f"{url}attribuer/", fields=["assignee"])
    fuzz(client, "post", f"{url}reorienter/", fields=["to"], max_examples=10)


def test_buyer_actions(client_for, closed):
    client = client_for(closed.requester)
    fuzz(client, "post", f"{closed.get_absolute_url()}evaluer/", fields=["rating", "comment"])


def test_qa_form(client_for, closed):
    staff = make_user("equipe")
    qa = services.qa_create_from_request(request=closed, by=staff)
    fuzz(
        client_for(staff),
        "post",
        f"/guichet-vert/faq/{qa.pk}/modifier/",
        fields=["title", "kind", "question", "answer", "fiches"],
        models=[QA],
    )
