import pytest

from apure.models import OutboxMessage
from guichet.models import QA, Kind, Message, Request, State, TimeEntry

pytestmark = pytest.mark.django_db


def test_the_demo_covers_every_state_kind_and_departement_and_is_idempotent():
    from apure.demo import seed_accounts, seed_organisations
    from clauses import demo as clauses_demo
    from guichet import demo

    organisations = seed_organisations()
    users = seed_accounts(organisations)
    clauses_demo.seed(users=users, organisations=organisations)
    summary = demo.seed(users=users, organisations=organisations)
    assert summary.startswith("60 demandes créées")
    requests = Request.objects.select_related("organisation")
    assert requests.count() == 60
    assert set(requests.values_list("state", flat=True)) == set(State.values)
    assert set(requests.values_list("kind", flat=True)) == set(Kind.values)
    assert {r.organisation.departement for r in requests} == {"02", "59", "60", "62", "80", "hors"}
    assert TimeEntry.objects.count() > 40 and Message.objects.filter(internal=True).exists()
    assert QA.objects.filter(status="published").count() == 10
    assert QA.objects.filter(fiches__isnull=False).distinct().count() >= 5
    ordered = list(requests.order_by("created_at").values_list("reference", flat=True))
    assert ordered[-1].startswith("GV-2026-")
    dates = [r.created_at for r in requests]
    assert (max(dates) - min(dates)).days > 300
    for r in requests.filter(state="closed"):
        assert r.created_at <= r.first_answer_at <= r.closed_at
    assert not OutboxMessage.objects.filter(key__startswith="guichet.").exists()
    again = demo.seed(users=users, organisations=organisations)
    assert again.startswith("0 demandes créées") and Request.objects.count() == 60
    assert QA.objects.count() == 10
