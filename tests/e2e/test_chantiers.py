"""Appels à chantiers in Chromium: a buyer proposes a chantier with a collective of two experts,
staff mark it eligible, three members vote (one changes their ballot), counts stay hidden,
the vote closes, staff publish the results, the chantier page shows its progress log and a
deliverable. Every page passes axe and fits a 375 px phone."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from chantiers.models import Ballot, Chantier, Proposal
from tests.chantiers.conftest import build_call, build_proposal, set_phase
from tests.factories import make_user

pytestmark = pytest.mark.e2e


def test_propose_review_vote_publish_and_follow(live_server, page, login, transactional_db):
    base = live_server.url
    call = build_call(phase="proposals", max_choices=2, seats=1)
    others = [build_proposal(call) for _ in range(2)]
    buyer = make_user("acheteur")
    experts = [make_user("expert"), make_user("expert")]
    staff = make_user("equipe")

    # A buyer proposes, with a collective of two experts.
    login(page, buyer)
    page.goto(f"{base}{call.get_absolute_url()}")
    page.get_by_role("link", name="Proposer un chantier").first.click()
    page.get_by_label(re.compile(r"^Titre")).fill("Évaluer notre SPASER ensemble")
    page.get_by_label(re.compile(r"^Thème")).select_option("evaluation")
    page.get_by_label(re.compile(r"^Problématique")).fill(
        "Comment mesurer les effets de notre SPASER ?"
    )
    page.get_by_label(re.compile(r"^Type de livrable")).select_option("method")
    page.get_by_label(re.compile(r"^Le livrable :")).fill("Une méthode.")
    page.get_by_label(re.compile(r"^Calendrier")).fill("Février à juin.")
    page.get_by_label(re.compile(r"^Le collectif")).fill(
        f"{experts[0].email} ; statisticienne\n{experts[1].email} ; juriste"
    )
    page.get_by_role("button", name="Déposer la proposition").click()
    expect(page.locator(".messages")).to_contain_text("Votre proposition est enregistrée")
    proposal = Proposal.objects.get(title="Évaluer notre SPASER ensemble")

    # Each expert confirms through the link of their invitation.
    for expert in experts:
        message = next(m for m in mail.outbox if m.to == [expert.email])
        path = re.search(r"/chantiers/collectif/\S+/", message.body).group(0)
        page.context.clear_cookies()
        login(page, expert)
        page.goto(f"{base}{path}")
        page.get_by_role("button", name="Rejoindre le collectif").click()
        expect(page.locator(".messages")).to_contain_text("Vous avez rejoint le collectif")
    assert proposal.collective.filter(confirmed_at__isnull=False).count() == 2

    # Staff mark it eligible during the review.
    set_phase(call, "review")
    page.context.clear_cookies()
    login(page, staff)
    page.goto(f"{base}{proposal.get_absolute_url()}")
    page.get_by_label("Éligible", exact=True).check()
    page.get_by_role("button", name="Enregistrer la décision").click()
    expect(page.locator(".messages")).to_contain_text("Éligibilité enregistrée")

    # Three members vote; the first changes their ballot.
    set_phase(call, "voting")
    members = [make_user("membre") for _ in range(3)]
    for index, member in enumerate(members):
        page.context.clear_cookies()
        login(page, member)
        page.goto(f"{base}/chantiers/appels/{call.slug}/vote/")
        first = others[0] if index == 0 else proposal
        page.locator(f"#choice-{first.pk}").check()
        page.get_by_role("button", name="Voter").click()
        expect(page.locator(".messages")).to_contain_text("Votre bulletin est enregistré")
    page.context.clear_cookies()
    login(page, members[0])
    page.goto(f"{base}/chantiers/appels/{call.slug}/vote/")
    expect(page.locator(f"#choice-{others[0].pk}")).to_be_checked()
    page.locator(f"#choice-{others[0].pk}").uncheck()
    page.locator(f"#choice-{proposal.pk}").check()
    page.get_by_role("button", name="Modifier mon bulletin").click()
    expect(page.locator(".messages")).to_contain_text("Votre bulletin est enregistré")
    assert Ballot.objects.filter(call=call).count() == 3

    # Counts stay hidden, staff included.
    page.context.clear_cookies()
    login(page, staff)
    page.goto(f"{base}{call.get_absolute_url()}")
    expect(page.locator(".vote-count")).to_have_count(0)
    page.goto(f"{base}/chantiers/appels/{call.slug}/resultats/")
    expect(page.locator("#counts-sealed")).to_be_visible()

    # The vote closes; staff confirm the selection and publish.
    set_phase(call, "counting")
    page.goto(f"{base}/chantiers/appels/{call.slug}/resultats/")
    expect(page.locator(".turnout")).to_contain_text("3 bulletins exprimés")
    page.get_by_role("button", name="Confirmer la sélection").click()
    expect(page.locator(".messages")).to_contain_text("La sélection est confirmée")
    page.get_by_role("button", name="Publier les résultats").click()
    expect(page.locator(".messages")).to_contain_text("Les résultats sont publiés")
    chantier = Chantier.objects.get(proposal=proposal)

    # The collective logs progress and adds a deliverable; staff publish it.
    page.context.clear_cookies()
    login(page, experts[0])
    page.goto(f"{base}{chantier.get_absolute_url()}")
    page.get_by_text("Ajouter un point d’avancement").click()
    page.get_by_label(re.compile(r"^Ce qui s’est passé")).fill("Atelier de lancement à Arras.")
    page.get_by_role("button", name="Ajouter le point").click()
    expect(page.locator(".progress-log")).to_contain_text("Atelier de lancement à Arras.")
    page.get_by_text("Ajouter un livrable").click()
    page.get_by_label(re.compile(r"^Titre")).fill("Grille d'évaluation")
    page.get_by_label(re.compile(r"^Lien")).fill("https://example.org/grille")
    page.get_by_role("button", name="Ajouter le livrable").click()
    expect(page.locator(".messages")).to_contain_text("Le livrable est ajouté")
    page.context.clear_cookies()
    login(page, staff)
    page.goto(f"{base}{chantier.get_absolute_url()}")
    page.get_by_role("button", name=re.compile("Publier « Grille")).click()
    page.context.clear_cookies()
    page.goto(f"{base}{chantier.get_absolute_url()}")
    expect(page.locator("#livrables")).to_contain_text("Grille d'évaluation")
    expect(page.locator("#livrables")).to_contain_text("Licence Ouverte / Etalab 2.0")
    expect(page.locator(".progress-log")).to_contain_text("Atelier de lancement")
    page.goto(f"{base}{call.get_absolute_url()}")
    expect(page.locator(".vote-count").first).to_be_visible()


@pytest.fixture
def demo(transactional_db):
    from apure.demo import seed_accounts, seed_organisations
    from chantiers import demo as chantiers_demo

    organisations = seed_organisations()
    users = seed_accounts(organisations)
    chantiers_demo.seed(users=users, organisations=organisations)
    return users


def test_pages_pass_axe_and_fit_a_phone(
    live_server, demo, axe_violations, phone_overflow, session_cookie_for
):
    from chantiers.models import Call

    base = live_server.url
    voting = Call.objects.get(slug="appel-a-chantiers-2027")
    done = Call.objects.get(slug="appel-a-chantiers-2026")
    chantier = Chantier.objects.get(proposal__title__startswith="Évaluer un SPASER")
    proposal = voting.proposals.first()
    member = session_cookie_for(demo["membre@demo.apure.test"])
    staff = session_cookie_for(demo["equipe@demo.apure.test"])
    buyer = session_cookie_for(demo["acheteur@demo.apure.test"])
    pages = [
        ("/chantiers/", None),
        ("/chantiers/?theme=evaluation&q=spaser", None),
        (voting.get_absolute_url(), member),
        (done.get_absolute_url(), None),
        (f"/chantiers/appels/{voting.slug}/vote/", member),
        (chantier.get_absolute_url(), None),
        (chantier.get_absolute_url(), staff),
        (proposal.get_absolute_url(), None),
        (f"/chantiers/appels/{done.slug}/resultats/", staff),
        ("/chantiers/appels/nouveau/", staff),
        (f"/chantiers/appels/{voting.slug}/modifier/", staff),
        ("/tableau-de-bord/", member),
    ]
    proposals_call = build_call(phase="proposals")
    pages.append((f"/chantiers/appels/{proposals_call.slug}/proposer/", buyer))
    for url, cookies in pages:
        assert axe_violations(f"{base}{url}", cookies) == [], url
        assert phone_overflow(f"{base}{url}", cookies) == 0, url


def test_ballot_works_with_the_csp_on(live_server, page, login, demo):
    """No inline script or style is needed: the ballot page casts a ballot with the CSP on."""
    from chantiers.models import Call

    voting = Call.objects.get(slug="appel-a-chantiers-2027")
    errors = []
    page.on("console", lambda m: errors.append(m.text) if "Content Security" in m.text else None)
    login(page, demo["membre@demo.apure.test"])
    page.goto(f"{live_server.url}/chantiers/appels/{voting.slug}/vote/")
    disabled = page.locator(".ballot-option.is-disabled input")
    expect(disabled).to_have_count(1)
    expect(disabled).to_be_disabled()
    page.locator(".ballot-option:not(.is-disabled) input").first.check()
    page.get_by_role("button", name="Voter").click()
    expect(page.locator(".messages")).to_contain_text("Votre bulletin est enregistré")
    assert errors == []
