"""Pages run the same number of SQL queries with few rows as with many."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chantiers import services
from chantiers.models import Chantier
from tests.chantiers.conftest import build_call, build_proposal, make_member, set_phase
from tests.factories import make_user

pytestmark = pytest.mark.django_db

# A signed-in person adds the session, the user and their roles.
BOUNDS = {"index": 9, "call": 12, "ballot": 13, "chantier": 14, "results": 14}


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


def grow(call, staff, n):
    for _ in range(n):
        build_proposal(call, staff=staff)


def publish_chantiers(staff, n):
    call = build_call(phase="voting", seats=min(n, 20), max_choices=1)
    proposals = [build_proposal(call, staff=staff) for _ in range(n)]
    services.ballot_cast(call=call, voter=make_member(), proposal_ids=[proposals[0].pk])
    set_phase(call, "counting")
    services.selection_confirm(
        call=call, by=staff, proposal_ids=[p.pk for p in proposals], reason="Tous retenus."
    )
    services.results_publish(call=call, by=staff)


@pytest.mark.parametrize("role", ["visitor", "membre", "equipe"])
def test_query_counts_do_not_grow(client_for, role):
    staff = make_user("equipe")
    user = make_user(role)
    client = client_for(user)
    voting = build_call(phase="voting", max_choices=3)
    counting = build_call(phase="voting", max_choices=3)
    counts = {}
    for size in (3, 12):
        grow(voting, staff, size - voting.proposals.count())
        grow(counting, staff, size - counting.proposals.count())
        publish_chantiers(staff, size // 3)
        chantier = Chantier.objects.first()
        set_phase(counting, "voting")
        for i, proposal in enumerate(counting.proposals.all()):
            services.ballot_cast(call=counting, voter=make_member(), proposal_ids=[proposal.pk])
            if i > 2:
                break
        set_phase(counting, "counting")
        client.get("/chantiers/")  # the first request of a session writes it
        counts[size] = {
            "index": count_queries(client, "/chantiers/?theme=evaluation"),
            "call": count_queries(client, voting.get_absolute_url()),
            "chantier": count_queries(client, chantier.get_absolute_url()),
        }
        if role == "membre":
            counts[size]["ballot"] = count_queries(client, f"/chantiers/appels/{voting.slug}/vote/")
        if role == "equipe":
            counts[size]["results"] = count_queries(
                client, f"/chantiers/appels/{counting.slug}/resultats/"
            )
            counts[size]["counting"] = count_queries(client, counting.get_absolute_url())
    assert counts[3] == counts[12], counts
    for name, bound in BOUNDS.items():
        if name in counts[12]:
            assert counts[12][name] <= bound, (name, counts[12][name])
