"""La Clause Verte in Chromium: a buyer finds, copies, selects and exports clauses; an expert
proposes one and staff publish it; the pages pass axe and work with the CSP on, and without JS."""

import io
import re

import pytest
from playwright.sync_api import expect

from clauses import services
from clauses.models import Fiche
from tests.factories import make_user

pytestmark = pytest.mark.e2e


@pytest.fixture
def catalogue(transactional_db):
    from apure.demo import seed_accounts, seed_organisations
    from clauses import demo

    organisations = seed_organisations()
    users = seed_accounts(organisations)
    demo.seed(users=users, organisations=organisations)
    return users


def result_titles(page):
    return page.locator(".fiche-list .fiche-card h3").all_inner_texts()


def test_buyer_finds_copies_selects_and_exports(live_server, page, login, catalogue):
    from docx import Document

    buyer = make_user("acheteur")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    login(page, buyer)
    page.goto(f"{live_server.url}/clauses/")
    expect(page.get_by_role("heading", level=1)).to_have_text("La Clause Verte")

    page.get_by_label("Rechercher dans les clauses").fill("béton de chanvre")
    page.get_by_role("button", name="Rechercher", exact=True).click()
    expect(page).to_have_url(re.compile(r"q=b%C3%A9ton"))
    expect(page.locator("#result-count")).to_contain_text("pour « béton de chanvre »")
    titles = result_titles(page)[:5]
    assert any("chanvre" in title.lower() for title in titles), titles

    page.locator(".fiche-card h3 a", has_text="chanvre").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("chanvre")
    slug = page.url.rstrip("/").rsplit("/", 1)[-1]
    page.get_by_role("button", name="Copier la clause").click()
    expect(page.locator(".copy-status")).to_have_text("Clause copiée")
    clipboard = page.evaluate("navigator.clipboard.readText()")
    assert "chanvre" in clipboard.lower()
    fiche = Fiche.objects.get(slug=slug)
    for _ in range(20):
        fiche.refresh_from_db()
        if fiche.copy_count:
            break
        page.wait_for_timeout(100)
    assert fiche.copy_count == 1

    page.get_by_role("button", name=re.compile("Ajouter à ma sélection")).click()
    expect(page.get_by_role("button", name=re.compile("Dans ma sélection"))).to_be_visible()

    page.goto(f"{live_server.url}/clauses/")
    page.get_by_label("Rechercher dans les clauses").fill("produits de nettoyage écolabel")
    page.keyboard.press("Enter")
    expect(page.locator("#result-count")).to_contain_text("écolabel")
    titles = result_titles(page)[:5]
    assert any("colabel" in title.lower() for title in titles), titles
    first_card = page.locator(".fiche-card").first
    first_card.get_by_role("button", name=re.compile("Ajouter à ma sélection")).click()
    expect(first_card.get_by_role("button", name=re.compile("Dans ma sélection"))).to_be_visible()
    expect(page.locator("#selection-link .badge")).to_have_text("2")

    page.goto(f"{live_server.url}/clauses/?q=insertion")
    page.locator(".fiche-card").first.get_by_role(
        "button", name=re.compile("Ajouter à ma sélection")
    ).click()
    expect(page.locator("#selection-link .badge")).to_have_text("3")

    page.get_by_role("link", name=re.compile("Ma sélection")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mes sélections de clauses")
    expect(page.locator(".selection-list > li")).to_have_count(3)
    page.get_by_label("Titre du document").fill("Restauration scolaire 2027")
    page.get_by_label("Ajouter une annexe").check()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Télécharger en Word (.docx)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".docx")
    with open(download.path(), "rb") as file:
        document = Document(io.BytesIO(file.read()))
    texts = "\n".join(p.text for p in document.paragraphs)
    assert fiche.title in texts and slug not in texts
    assert document.core_properties.title == "Restauration scolaire 2027"
    assert "Annexe : comment la vérifier" in texts
    assert round(document.sections[0].page_width.mm) == 210


def read_docx(download):
    from docx import Document

    with open(download.path(), "rb") as file:
        return Document(io.BytesIO(file.read()))


def add_first_result(page, live_server, query):
    page.goto(f"{live_server.url}/clauses/?q={query}")
    card = page.locator(".fiche-card").first
    title = card.locator("h3").inner_text()
    card.get_by_role("button", name=re.compile("Ajouter à ma sélection")).click()
    expect(card.get_by_role("button", name=re.compile("Dans ma sélection"))).to_be_visible()
    return title


@pytest.mark.parametrize("width", [1280, 375])
def test_buyer_prepares_two_contracts_in_two_named_selections(
    live_server, browser, session_cookie_for, catalogue, width
):
    """In their own words, a buyer prepares the canteen and the roads of the town as two
    selections, sees the Loi Climat check of each, and downloads the canteen's document."""
    context = browser.new_context(
        locale="fr-FR",
        viewport={"width": width, "height": 800},
        is_mobile=width < 400,
        accept_downloads=True,
    )
    buyer = make_user("acheteur")
    context.add_cookies(session_cookie_for(buyer))
    page = context.new_page()
    page.set_default_timeout(8000)
    base = live_server.url

    # The canteen, named after the contract's object, in the buyer's words.
    page.goto(f"{base}/clauses/selection/")
    new = page.locator("details.selection-new")
    new.get_by_label("Nom (l’objet du marché)").fill("Restauration scolaire 2027")
    new.get_by_label("Type de marché (facultatif)").select_option("services")
    page.get_by_role("button", name="Créer la sélection").click()
    expect(page.locator(".messages")).to_contain_text("Restauration scolaire 2027")
    canteen = [add_first_result(page, live_server, "cantine scolaire")]
    canteen.append(add_first_result(page, live_server, "repas végétarien"))
    expect(page.locator("#selection-link")).to_contain_text("Restauration scolaire 2027")
    expect(page.locator("#selection-link .badge")).to_have_text("2")
    assert all(title for title in canteen), canteen

    # The roads: a second selection; additions now go there.
    page.goto(f"{base}/clauses/selection/")
    page.locator("details.selection-new > summary").click()
    new.get_by_label("Nom (l’objet du marché)").fill("Voirie rue des Écoles")
    new.get_by_label("Type de marché (facultatif)").select_option("works")
    page.get_by_role("button", name="Créer la sélection").click()
    roads = add_first_result(page, live_server, "réfection de chaussée")
    expect(page.locator("#selection-link")).to_contain_text("Voirie rue des Écoles")
    expect(page.locator("#selection-link .badge")).to_have_text("1")

    page.goto(f"{base}/clauses/selection/")
    expect(page.locator(".selections > li")).to_have_count(2)
    expect(page.get_by_role("heading", level=2, name="Voirie rue des Écoles")).to_be_visible()
    expect(page.locator(".selection-list")).to_contain_text(roads)
    expect(page.locator(".selection-list")).not_to_contain_text(canteen[0])

    # Back to the canteen: its own check and its own document.
    page.get_by_role("button", name=re.compile("Travailler sur celle-ci")).click()
    expect(page.get_by_role("heading", level=2, name="Restauration scolaire 2027")).to_be_visible()
    expect(page.locator(".coverage")).to_contain_text("Couvert")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Télécharger en Word (.docx)").click()
    download = download_info.value
    assert "restauration-scolaire-2027" in download.suggested_filename
    document = read_docx(download)
    texts = "\n".join(p.text for p in document.paragraphs)
    assert document.core_properties.title == "Restauration scolaire 2027"
    assert all(title in texts for title in canteen) and roads not in texts
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert 'w:val="fr-FR"' in document.styles.element.xml
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


def test_facets_refresh_the_results_live_and_keep_the_url(live_server, page, catalogue):
    page.goto(f"{live_server.url}/clauses/")
    before = page.locator("#result-count").inner_text()
    page.locator("#f-kind-award_criterion").check()
    expect(page).to_have_url(re.compile(r"kind=award_criterion"))
    expect(page.locator("#result-count")).not_to_have_text(before)
    count = page.locator("#result-count").inner_text()
    page.reload()
    expect(page.locator("#f-kind-award_criterion")).to_be_checked()
    expect(page.locator("#result-count")).to_have_text(count)


def test_search_and_facets_work_without_javascript(live_server, browser, catalogue):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{live_server.url}/clauses/")
    page.get_by_label("Rechercher dans les clauses").fill("beton isolants")
    page.locator("#f-contract_type-works").check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    expect(page).to_have_url(re.compile(r"q=beton\+isolants.*contract_type=works"))
    assert any("béton" in t.lower() for t in result_titles(page)[:5])
    page.locator(".fiche-card").first.get_by_role(
        "button", name=re.compile("Ajouter à ma sélection")
    ).click()
    expect(page.locator(".messages")).to_contain_text("ajoutée à votre sélection")
    expect(page).to_have_url(re.compile(r"contract_type=works"))
    expect(page.locator(".fiche-card").first.get_by_role("button")).to_contain_text(
        "Dans ma sélection"
    )
    context.close()


def test_expert_proposes_and_staff_publish(live_server, browser, login, catalogue):
    expert = make_user("expert")
    staff = make_user("equipe")
    expert_page = browser.new_context(locale="fr-FR").new_page()
    login(expert_page, expert)
    expert_page.goto(f"{live_server.url}/clauses/proposer/")
    expect(expert_page.get_by_role("heading", level=1)).to_have_text("Proposer une fiche")
    expert_page.locator("#id_title").fill("Gobelets réutilisables pour les manifestations")
    expert_page.locator("#id_summary").fill("Supprimer les gobelets jetables.")
    expert_page.locator("#id_kind").select_option("execution_condition")
    expert_page.locator("#id_contract_type").select_option("services")
    expert_page.locator("#id_level").select_option("base")
    expert_page.locator("#id_tender_document").select_option("CCAP")
    expert_page.locator("#id_text").fill("Le titulaire fournit des gobelets réutilisables.")
    expert_page.get_by_label("Réduction des incidences environnementales (env-imp)").check()
    expert_page.get_by_role("button", name="Enregistrer et envoyer en relecture").click()
    expect(expert_page.locator(".messages")).to_contain_text("envoyée en relecture")
    fiche = Fiche.objects.get(title="Gobelets réutilisables pour les manifestations")
    assert fiche.status == Fiche.Status.REVIEW

    staff_page = browser.new_context(locale="fr-FR").new_page()
    login(staff_page, staff)
    staff_page.goto(f"{live_server.url}/clauses/moderation/")
    staff_page.get_by_role("link", name=fiche.title).click()
    staff_page.get_by_role("button", name="Publier").click()
    expect(staff_page.locator(".messages")).to_contain_text("La fiche est publiée")
    fiche.refresh_from_db()
    assert fiche.status == Fiche.Status.PUBLISHED

    expert_page.goto(f"{live_server.url}/clauses/?q=gobelets")
    expect(expert_page.locator(".fiche-card").first).to_contain_text(fiche.title)


def test_clause_pages_have_no_serious_accessibility_violation(
    live_server, axe_violations, session_cookie_for, catalogue
):
    buyer = make_user("acheteur")
    fiches = list(Fiche.objects.published()[:3])
    services.selection_add(user=buyer, fiches=fiches)
    cookies = session_cookie_for(buyer)
    base = live_server.url
    assert axe_violations(f"{base}/clauses/") == []
    assert axe_violations(f"{base}/clauses/?q=zzzz&kind=award_criterion") == []
    assert axe_violations(f"{base}{fiches[0].get_absolute_url()}", cookies) == []
    assert axe_violations(f"{base}/clauses/selection/", cookies) == []
    assert axe_violations(f"{base}/clauses/kit-loi-climat/?contract_type=works") == []
    # Supplies: some fiches meet two requirements and are listed twice (ids must stay unique).
    assert axe_violations(f"{base}/clauses/kit-loi-climat/?contract_type=supplies") == []


def test_focus_follows_pagination_and_stays_on_the_selection_button(live_server, page, catalogue):
    page.goto(f"{live_server.url}/clauses/")
    first_title = result_titles(page)[0]
    page.get_by_role("link", name="Page suivante").click()
    expect(page).to_have_url(re.compile(r"page=2"))
    expect(page.locator("#results-title")).to_be_focused()
    assert result_titles(page)[0] != first_title
    button = page.locator(".fiche-card .selection-toggle button").first
    button_id = button.get_attribute("id")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"#{button_id}")).to_contain_text("Dans ma sélection")
    expect(page.locator(f"#{button_id}")).to_be_focused()


def test_clause_pages_work_with_the_csp_on(live_server, page, catalogue):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    fiche = Fiche.objects.published().first()
    page.goto(f"{live_server.url}/clauses/")
    page.goto(f"{live_server.url}{fiche.get_absolute_url()}")
    expect(page.get_by_role("button", name="Copier la clause")).to_be_visible()
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_phone_filters_busy_state_and_counter(live_server, browser, catalogue):
    """At 375 px the facets sit behind "Filtrer" and the first result is on the first screen;
    a search in progress marks the results busy; adding a fiche from its page updates the
    selection counter (no htmx out-of-band error)."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 375, "height": 740})
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text))
    page.goto(f"{live_server.url}/clauses/")
    summary = page.locator("details[data-facets] > summary")
    expect(summary).to_contain_text("Filtrer")
    assert page.locator("details[data-facets]").get_attribute("open") is None
    first = page.locator(".fiche-list .fiche-card").first
    box = first.bounding_box()
    assert box is not None and box["y"] < 740, box
    summary.click()
    expect(page.locator("details[data-facets] fieldset").first).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    fiche = Fiche.objects.published().order_by("pk").first()
    page.goto(f"{live_server.url}{fiche.get_absolute_url()}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    expect(page.locator("#selection-link .badge")).to_have_text("0")
    page.get_by_role("button", name="Ajouter à ma sélection").first.click()
    expect(page.locator("#selection-link .badge")).to_have_text("1")
    assert not [e for e in errors if "oobErrorNoTarget" in e], errors
    context.close()


def test_wide_screen_shows_the_facets_and_marks_the_search_busy(live_server, page, catalogue):
    page.goto(f"{live_server.url}/clauses/")
    assert page.locator("details[data-facets]").get_attribute("open") is not None
    page.route("**/clauses/?*", lambda route: (page.wait_for_timeout(400), route.continue_()))
    page.locator("#id_q").fill("béton")
    page.locator("#id_q").press("Enter")
    expect(page.locator("#search-region")).to_have_attribute("aria-busy", "true")
    expect(page.locator("#search-region")).to_have_attribute("aria-busy", "false")
