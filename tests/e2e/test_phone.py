"""The portal on a 375 px phone: no page type of any app scrolls sideways (each signed in as
the role that uses it), and on the clause pages every target a finger must hit is at least
24 × 24 CSS px (WCAG 2.5.8; a link inside running text, and a small target with room around
it, are the exceptions the criterion allows)."""

import pytest
from django.test import Client

from tests.factories import make_user

pytestmark = pytest.mark.e2e

DEMO = {
    "acheteur": "acheteur@demo.apure.test",
    "membre": "membre@demo.apure.test",
    "conseiller": "conseiller@demo.apure.test",
    "expert": "expert@demo.apure.test",
    "equipe": "equipe@demo.apure.test",
}


@pytest.fixture
def demo(transactional_db):
    """The whole demo, as `seed_demo` loads it: every app's content and accounts."""
    from apure.demo import seed_accounts, seed_organisations
    from apure.registry import registry

    organisations = seed_organisations()
    users = seed_accounts(organisations)
    for seeder in registry.demo_seeders:
        seeder.seed(users=users, organisations=organisations)
    return {role: users[email] for role, email in DEMO.items()}


def page_types(people) -> dict[str, list[str]]:
    """One address of each page type of every app, under the role that uses it."""
    from chantiers.models import Call, Chantier, Proposal
    from clauses import services as clause_services
    from clauses.models import Fiche
    from events.models import Event
    from guichet.models import QA, Request

    buyer, expert = people["acheteur"], people["expert"]
    fiche = Fiche.objects.published().order_by("pk").first()
    clause_services.selection_add(user=buyer, fiches=[fiche])
    clause_services.selection_create(user=buyer, name="Voirie de la rue des Écoles 2027")
    draft = clause_services.fiche_create(
        data={
            "title": "Gobelets réutilisables lors des manifestations",
            "summary": "Des gobelets lavables plutôt que jetables.",
            "kind": "execution_condition",
            "contract_type": "services",
            "level": "base",
            "tender_document": "CCTP",
            "text": "Le titulaire fournit des gobelets réutilisables.",
        },
        by=expert,
    )
    request = Request.objects.filter(organisation=buyer.organisation).order_by("pk").first()
    qa = QA.objects.order_by("pk").first()
    calls = list(Call.objects.order_by("pk"))
    voting = next(call for call in calls if call.phase == "voting")
    done = next(call for call in calls if call.phase != "voting")
    proposal = Proposal.objects.filter(call=voting).order_by("pk").first()
    chantier = Chantier.objects.order_by("pk").first()
    event = Event.objects.filter(status="published").order_by("starts_at").first()
    return {
        "visitor": [
            "/",
            "/comptes/login/",
            "/comptes/signup/",
            "/accessibilite/",
            "/mentions-legales/",
            "/donnees-personnelles/",
            "/contact/",
            "/clauses/",
            "/clauses/?q=cantine+scolaire",
            fiche.get_absolute_url(),
            "/clauses/kit-loi-climat/?contract_type=services",
            "/clauses/selection/",
            "/api/docs/",
            "/guichet-vert/",
            "/guichet-vert/faq/",
            "/chantiers/",
            voting.get_absolute_url(),
            done.get_absolute_url(),
            chantier.get_absolute_url(),
            "/evenements/",
            event.get_absolute_url(),
        ],
        "acheteur": [
            "/tableau-de-bord/",
            "/compte/",
            "/compte/supprimer/",
            "/clauses/selection/",
            fiche.get_absolute_url(),
            "/guichet-vert/demandes/",
            request.get_absolute_url(),
            f"/chantiers/appels/{done.slug}/proposer/"
            if done.phase == "proposals"
            else f"/chantiers/appels/{voting.slug}/",
            event.get_absolute_url(),
        ],
        "membre": [f"/chantiers/appels/{voting.slug}/vote/", proposal.get_absolute_url()],
        "conseiller": [
            "/tableau-de-bord/",
            "/guichet-vert/file/",
            request.get_absolute_url(),
            "/guichet-vert/statistiques/",
        ],
        "expert": [
            "/clauses/proposer/",
            "/clauses/mes-propositions/",
            f"/clauses/{draft.slug}/modifier/",
            draft.get_absolute_url(),
        ],
        "equipe": [
            "/compte/roles/",
            f"/compte/roles/{buyer.pk}/",
            "/clauses/moderation/",
            f"/clauses/{fiche.slug}/historique/",
            "/clauses/catalogue/import/",
            f"/guichet-vert/faq/{qa.pk}/modifier/",
            "/chantiers/appels/nouveau/",
            f"/chantiers/appels/{done.slug}/resultats/",
            "/evenements/nouveau/",
            "/evenements/statistiques/",
            f"/evenements/{event.slug}/inscriptions/",
            f"/evenements/{event.slug}/emargement/",
            f"/evenements/{event.slug}/programme/",
            f"/evenements/{event.slug}/statistiques/",
        ],
    }


def test_no_page_type_scrolls_sideways_at_375_px(
    live_server, demo, phone_overflow, session_cookie_for
):
    pages = page_types(demo)
    wide = []
    for role, urls in pages.items():
        user = demo.get(role)
        client = Client()
        if user is not None:
            client.force_login(user)
        cookies = session_cookie_for(user) if user is not None else None
        for url in urls:
            # The list is honest: each address is a page this role may open.
            assert client.get(url).status_code == 200, (role, url)
            overflow = phone_overflow(f"{live_server.url}{url}", cookies)
            if overflow:
                wide.append((role, url, overflow))
    assert wide == []


# Every visible target of the page with its box, and whether it is a link inside running text
# (its block has text besides the link), for the WCAG 2.5.8 check below.
TARGETS_JS = """
() => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary,'
    + ' [role=button]';
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
    if (r.width <= 2 && r.height <= 2) continue;  // visually hidden until focused (skip link)
    let inline = false;
    if (el.tagName === 'A' && style.display === 'inline') {
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      const own = el.textContent.trim().length;
      inline = block && block.textContent.replace(/\\s+/g, ' ').trim().length > own + 3;
    }
    out.push({
      name: (el.getAttribute('aria-label') || el.textContent || el.name || el.id || '')
        .trim().slice(0, 60),
      tag: el.tagName.toLowerCase(),
      x: r.x, y: r.y + window.scrollY, w: r.width, h: r.height, inline,
    });
  }
  return out;
}
"""


def too_small(targets: list[dict]) -> list[dict]:
    """Targets under 24 × 24 px that are neither inline links nor spaced enough: a 24 px
    circle centred on them meets another target, or another small target's circle."""

    def centre(t):
        return t["x"] + t["w"] / 2, t["y"] + t["h"] / 2

    def distance_to_box(point, t):
        px, py = point
        dx = max(t["x"] - px, 0, px - (t["x"] + t["w"]))
        dy = max(t["y"] - py, 0, py - (t["y"] + t["h"]))
        return (dx * dx + dy * dy) ** 0.5

    small = [t for t in targets if not t["inline"] and (t["w"] < 24 or t["h"] < 24)]
    failing = []
    for target in small:
        c = centre(target)
        for other in targets:
            if other is target:
                continue
            if distance_to_box(c, other) < 12:
                failing.append(target)
                break
            if other in small:
                ox, oy = centre(other)
                if ((c[0] - ox) ** 2 + (c[1] - oy) ** 2) ** 0.5 < 24:
                    failing.append(target)
                    break
    return failing


def test_clause_pages_have_24_px_touch_targets_at_375_px(live_server, browser, demo):
    from clauses import services
    from clauses.models import Fiche

    buyer = make_user("acheteur")
    fiches = list(Fiche.objects.published().order_by("pk")[:3])
    services.selection_add(user=buyer, fiches=fiches)
    services.selection_create(user=buyer, name="Voirie 2027", contract_type="works")
    client = Client()
    client.force_login(buyer)
    cookie = client.cookies["sessionid"]
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, locale="fr-FR", is_mobile=True, has_touch=True
    )
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page = context.new_page()
    failures = {}
    for url in [
        "/clauses/",
        "/clauses/?q=cantine+scolaire",
        fiches[0].get_absolute_url(),
        "/clauses/selection/",
        "/clauses/kit-loi-climat/?contract_type=supplies",
    ]:
        page.goto(f"{live_server.url}{url}")
        # Open every disclosure, so that the targets inside are measured too.
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        small = too_small(page.evaluate(TARGETS_JS))
        if small:
            failures[url] = [
                (t["tag"], t["name"], round(t["w"]), round(t["h"])) for t in small[:10]
            ]
    context.close()
    assert failures == {}
