"""The demo content loads, twice without duplicates, and shows what the issue promises."""

import pytest
from django.contrib.auth.models import AnonymousUser

from chantiers import demo, selectors
from chantiers.models import Ballot, Call, Chantier, Deliverable

pytestmark = pytest.mark.django_db


def seed():
    from apure.demo import seed_accounts, seed_organisations

    organisations = seed_organisations()
    users = seed_accounts(organisations)
    return demo.seed(users=users, organisations=organisations), users


def test_demo_calls_chantiers_and_idempotence(client):
    summary, users = seed()
    assert "6 propositions en vote" in summary
    voting = Call.objects.get(slug=demo.VOTING_CALL["slug"])
    assert voting.phase_at() == "voting"
    eligible = voting.proposals.filter(eligibility="eligible").select_related("lead_organisation")
    assert eligible.count() == 6
    assert len({p.lead_organisation.departement for p in eligible}) == 5  # all five départements
    assert Ballot.objects.filter(call=voting).count() == 4
    done = Call.objects.get(slug=demo.DONE_CALL["slug"])
    assert done.phase_at() == "running" and done.results_published_at
    assert Chantier.objects.filter(status="running").count() == 2
    spaser = Chantier.objects.get(proposal__title__startswith="Évaluer un SPASER")
    assert spaser.progress.count() == 3
    assert Deliverable.objects.filter(published_at__isnull=False).count() == 1
    assert selectors.chantier_deliverables(chantier=spaser, user=AnonymousUser())
    # The demo member has not voted yet, and sees the Arras proposal disabled.
    member = users["membre@demo.apure.test"]
    options = selectors.ballot_options(call=voting, voter=member)
    assert sum(1 for o in options if o.disabled_reason) == 1
    seed()
    assert Call.objects.count() == 2 and Chantier.objects.count() == 2
    page = client.get(spaser.get_absolute_url()).content.decode()
    assert "Licence Ouverte / Etalab 2.0" in page
    deliverable = Deliverable.objects.get()
    assert client.get(f"/chantiers/{spaser.slug}/livrables/{deliverable.pk}/").status_code == 200
