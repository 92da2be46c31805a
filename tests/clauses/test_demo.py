import pytest

from clauses.models import Fiche

pytestmark = pytest.mark.django_db


def test_demo_content_is_complete_and_idempotent(demo_fiches):
    from apure.demo import seed_accounts, seed_organisations
    from clauses import demo

    published = Fiche.objects.published()
    assert published.count() >= 40
    for field, choices in (
        ("kind", Fiche.Kind.values),
        ("level", Fiche.Level.values),
        ("contract_type", Fiche.ContractType.values),
    ):
        assert set(published.values_list(field, flat=True)) == set(choices), field
    assert all(f.author and f.author.email == demo.DEMO_AUTHOR for f in published)
    counts = (Fiche.objects.count(), Fiche.history.count())
    organisations = seed_organisations()
    summary = demo.seed(users=seed_accounts(organisations), organisations=organisations)
    assert "0 fiches created, 0 updated" in summary
    assert (Fiche.objects.count(), Fiche.history.count()) == counts


def test_every_demo_fiche_renders(client, demo_fiches):
    for fiche in demo_fiches:
        response = client.get(fiche.get_absolute_url())
        assert response.status_code == 200, fiche.slug
