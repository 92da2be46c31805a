"""A new buyer's first minutes, in Chromium, and the accessibility of the core pages."""

import re

from django.core import mail
from playwright.sync_api import expect

from apure.models import User
from tests.factories import PASSWORD, UserFactory, valid_siret


def test_signup_verify_login_and_reach_the_dashboard(live_server, page):
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Créer un compte").first.click()
    page.get_by_label("Prénom").fill("Inès")
    page.locator("#id_last_name").fill("Carpentier")
    page.locator("#id_email").fill("ines.carpentier@mairie-exemple.fr")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("#id_organisation_siret").fill(valid_siret(777))
    page.locator("#id_organisation_name").fill("Commune de Longpré-les-Corps-Saints")
    page.locator("#id_organisation_kind").select_option("commune")
    page.locator("#id_organisation_departement").select_option("80")
    page.locator("#id_organisation_is_rural").check()
    page.get_by_role("button", name="Création de compte").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Vérifiez votre adresse e-mail")
    assert len(mail.outbox) == 1
    link = re.search(r"http://\S+/comptes/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Confirmer").click()

    page.goto(f"{live_server.url}/comptes/login/")
    page.locator("#id_login").fill("ines.carpentier@mairie-exemple.fr")
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    expect(page).to_have_url(re.compile(r"/tableau-de-bord/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Inès")
    assert User.objects.get(email="ines.carpentier@mairie-exemple.fr").organisation.is_rural


def test_core_pages_have_no_serious_accessibility_violation(
    live_server, axe_violations, session_cookie_for
):
    assert axe_violations(f"{live_server.url}/") == []
    assert axe_violations(f"{live_server.url}/comptes/login/") == []
    assert axe_violations(f"{live_server.url}/comptes/signup/") == []
    user = UserFactory()
    cookies = session_cookie_for(user)
    assert axe_violations(f"{live_server.url}/tableau-de-bord/", cookies) == []
    assert axe_violations(f"{live_server.url}/compte/", cookies) == []


def test_pages_work_with_the_content_security_policy_on(live_server, page):
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{live_server.url}/")
    expect(page.get_by_role("link", name="Aller au contenu")).to_be_attached()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Aller au contenu")).to_be_focused()
    assert page.evaluate("typeof htmx") == "object"
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_idle_warning_offers_to_stay_signed_in(live_server, page, login, settings):
    settings.SESSION_IDLE_SECONDS = 62
    settings.SESSION_IDLE_WARNING_SECONDS = 60
    login(page, UserFactory())
    page.goto(f"{live_server.url}/tableau-de-bord/")
    warning = page.get_by_role("alertdialog")
    expect(warning).to_be_hidden()
    expect(warning).to_be_visible(timeout=6000)
    expect(warning).to_contain_text("inactivité")
    button = page.get_by_role("button", name="Rester connecté")
    expect(button).to_be_focused()
    with page.expect_response("**/compte/session/") as response:
        button.click()
    assert response.value.status == 200
    expect(warning).to_be_hidden()


CORE_PAGES = [
    "/",
    "/comptes/login/",
    "/comptes/signup/",
    "/comptes/password/reset/",
    "/accessibilite/",
    "/mentions-legales/",
    "/donnees-personnelles/",
    "/contact/",
]
SIGNED_IN_PAGES = ["/tableau-de-bord/", "/compte/", "/compte/supprimer/"]


def test_core_pages_fit_a_phone_and_pass_axe(
    live_server, axe_violations, phone_overflow, session_cookie_for
):
    from tests.factories import make_user

    for url in CORE_PAGES:
        assert phone_overflow(f"{live_server.url}{url}") == 0, url
        assert axe_violations(f"{live_server.url}{url}") == [], url
    cookies = session_cookie_for(UserFactory())
    for url in SIGNED_IN_PAGES:
        assert phone_overflow(f"{live_server.url}{url}", cookies) == 0, url
        assert axe_violations(f"{live_server.url}{url}", cookies) == [], url
    staff = session_cookie_for(make_user("equipe"))
    for url in ["/compte/roles/", "/tableau-de-bord/"]:
        assert phone_overflow(f"{live_server.url}{url}", staff) == 0, url
        assert axe_violations(f"{live_server.url}{url}", staff) == [], url


def test_a_contact_message_is_sent_from_a_phone(live_server, browser):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Contact").click()
    page.get_by_label("Votre nom").fill("Inès Carpentier")
    page.get_by_label("Votre adresse électronique").fill("ines@mairie-exemple.fr")
    page.get_by_label("Sujet").select_option("accessibilite")
    page.get_by_label("Votre message").fill("Le graphique des statistiques n’a pas de texte.")
    page.get_by_role("button", name="Envoyer mon message").click()
    expect(page.get_by_role("status")).to_contain_text("Merci")
    assert mail.outbox[-1].subject.endswith("Accessibilité")
    context.close()
