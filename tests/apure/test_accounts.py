import html
import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse

from apure.models import AuditEntry, Organisation, OutboxMessage, User
from apure.roles import Role
from tests.factories import PASSWORD, OrganisationFactory, UserFactory, valid_siret

pytestmark = pytest.mark.django_db

SIGNUP = {
    "first_name": "Léa",
    "last_name": "Vasseur",
    "email": "lea.vasseur@mairie-exemple.fr",
    "password1": PASSWORD,
    "password2": PASSWORD,
    "organisation_siret": valid_siret(424242),
    "organisation_name": "Commune d'Exemple-sur-Somme",
    "organisation_kind": "commune",
    "organisation_departement": "80",
    "organisation_is_rural": "on",
}


def _confirmation_link(message) -> str:
    match = re.search(r"https?://[^\s]+/comptes/confirm-email/[^\s]+/", message.body)
    assert match, message.body
    return match.group(0)


def test_signup_sends_verification_then_login_reaches_dashboard(client):
    response = client.post(reverse("account_signup"), SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(email=SIGNUP["email"])
    assert user.first_name == "Léa"
    assert user.organisation.name == "Commune d'Exemple-sur-Somme"
    assert user.organisation.is_rural is True
    # A SIRET is public: even the first person of an organisation waits for staff.
    assert user.organisation_confirmed is False
    assert user.has_role(Role.BUYER)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [SIGNUP["email"]]
    assert message.subject.startswith("[Portail APuRe]")
    link = _confirmation_link(message)

    # Unverified: login is refused and the verification email is sent again.
    client.logout()
    response = client.post(
        reverse("account_login"), {"login": SIGNUP["email"], "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session

    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.post("/" + path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email=SIGNUP["email"]).verified

    response = client.post(
        reverse("account_login"), {"login": SIGNUP["email"], "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("apure:dashboard")
    assert "Léa" in response.content.decode()


def test_signup_refuses_an_invalid_siret_in_french(client):
    response = client.post(
        reverse("account_signup"), {**SIGNUP, "organisation_siret": "12345678901234"}
    )
    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    assert "Ce numéro SIRET n’est pas valide" in content
    assert not User.objects.filter(email=SIGNUP["email"]).exists()
    assert not Organisation.objects.exists()

    response = client.post(reverse("account_signup"), {**SIGNUP, "organisation_siret": "123"})
    assert "14 chiffres" in response.content.decode()


def test_joining_an_existing_organisation_waits_for_staff(client):
    existing = OrganisationFactory(siret=SIGNUP["organisation_siret"], name="Mairie connue")
    client.post(reverse("account_signup"), SIGNUP)
    user = User.objects.get(email=SIGNUP["email"])
    assert user.organisation == existing
    assert user.organisation_confirmed is False


def test_a_new_organisation_needs_its_name_kind_and_departement(client):
    data = {**SIGNUP, "organisation_name": "", "organisation_kind": ""}
    response = client.post(reverse("account_signup"), data)
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


def test_staff_without_totp_is_sent_to_set_it_up(client):
    staff = UserFactory(roles=[Role.STAFF])
    staff.authenticator_set.all().delete()
    client.force_login(staff)
    response = client.get(reverse("apure:dashboard"))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    # The setup page itself and logout stay reachable.
    assert client.get(reverse("mfa_activate_totp")).status_code in (200, 302)
    assert client.get(reverse("mfa_activate_totp"))["Location"] != reverse("mfa_activate_totp")


def test_advisor_with_totp_reaches_the_dashboard(client):
    advisor = UserFactory(roles=[Role.ADVISOR])
    client.force_login(advisor)
    assert client.get(reverse("apure:dashboard")).status_code == 200


def test_login_requires_the_totp_code_once_it_exists(client):
    advisor = UserFactory(roles=[Role.ADVISOR])
    response = client.post(reverse("account_login"), {"login": advisor.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session


def test_repeated_bad_passwords_are_rate_limited_per_account(client):
    user = UserFactory()
    for _attempt in range(5):
        response = client.post(
            reverse("account_login"), {"login": user.email, "password": "mauvais-mot-de-passe"}
        )
        assert response.status_code == 200
        assert "Trop de tentatives" not in response.content.decode()
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert "Trop de tentatives" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Another buyer of the same town hall (same IP) can still sign in.
    colleague = UserFactory(organisation=user.organisation)
    response = client.post(
        reverse("account_login"), {"login": colleague.email, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(colleague.pk)


def test_password_reset_does_not_reveal_whether_an_account_exists(client):
    UserFactory(email="connue@mairie.example.fr")
    known = client.post(reverse("account_reset_password"), {"email": "connue@mairie.example.fr"})
    unknown = client.post(reverse("account_reset_password"), {"email": "inconnue@example.fr"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


@pytest.mark.parametrize(
    "password",
    [
        "password123",
        "azertyuiop12",
        "motdepasse123",
        "soleil123456",
        "marseille1234",
        "MonPortailApure!",
        "lea.vasseur2026",
    ],
)
def test_common_passwords_are_refused_in_french_as_in_english(client, password):
    response = client.post(
        reverse("account_signup"), {**SIGNUP, "password1": password, "password2": password}
    )
    assert response.status_code == 200
    assert "mot de passe" in response.content.decode().lower()
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


@pytest.mark.parametrize("password", ["loutre-violette-sur-le-toit", "cheval correct agrafe pile"])
def test_a_long_passphrase_is_accepted(client, password):
    response = client.post(
        reverse("account_signup"), {**SIGNUP, "password1": password, "password2": password}
    )
    assert response.status_code == 302
    assert User.objects.filter(email=SIGNUP["email"]).exists()


def test_profile_update(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        reverse("apure:profile"),
        {"first_name": "Camille", "last_name": "Durand", "job_title": "Acheteuse"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.last_name, user.job_title) == ("Durand", "Acheteuse")


def test_data_export_contains_my_data_and_nobody_elses(client):
    me = UserFactory(first_name="Aline", job_title="Responsable achats")
    other = UserFactory(first_name="Bernard", organisation=me.organisation)
    client.force_login(me)
    response = client.get(reverse("apure:export"))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == me.email
    assert data["account"]["job_title"] == "Responsable achats"
    assert data["organisation"]["siret"] == me.organisation.siret
    raw = response.content.decode()
    assert other.email not in raw
    assert "Bernard" not in raw


def test_account_deletion_needs_confirmation_then_anonymises(client):
    user = UserFactory(first_name="Zoé", last_name="Marchand", roles=[Role.BUYER])
    user.is_superuser = True
    user.save()
    organisation, old_email = user.organisation, user.email
    LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(User),
        object_id=str(user.pk),
        object_repr=str(user),
        action_flag=CHANGE,
    )
    OutboxMessage.objects.create(
        key="waiting-for-zoe",
        kind="email",
        payload={"to": [old_email], "subject": "Rappel", "body": "Bonjour Zoé", "html": ""},
    )
    client.force_login(user)

    response = client.post(reverse("apure:delete"), {"password": PASSWORD})
    assert response.status_code == 400  # the confirmation box was not ticked
    response = client.post(reverse("apure:delete"), {"password": "pas-le-bon", "confirm": "on"})
    assert response.status_code == 400
    user.refresh_from_db()
    assert user.is_active

    response = client.post(reverse("apure:delete"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302
    user.refresh_from_db()
    # The row stays for the statistics (organisation, date joined) without the person.
    assert user.organisation == organisation
    assert user.email.endswith("@anonyme.invalid")
    assert (user.first_name, user.last_name) == ("", "")
    assert not user.is_active and not user.has_usable_password() and not user.is_superuser
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not user.groups.exists()
    assert AuditEntry.objects.filter(action="user.deleted", object_id=str(user.pk)).exists()
    assert "_auth_user_id" not in client.session
    assert not User.objects.filter(first_name="Zoé").exists()
    # The admin's history no longer names the person.
    assert LogEntry.objects.get(object_id=str(user.pk)).object_repr == user.email
    # Emails still waiting for the person are dropped with the account.
    assert not OutboxMessage.objects.filter(key="waiting-for-zoe").exists()
    # The freed address may sign up again, as a new person.
    response = client.post(reverse("account_signup"), {**SIGNUP, "email": old_email})
    assert response.status_code == 302
    assert User.objects.get(email=old_email).pk != user.pk


def test_idle_session_expires_and_keepalive_extends_it(client, settings):
    from django.utils import timezone

    from apure.models import PortalSession as Session

    user = UserFactory()
    client.force_login(user)
    assert client.get(reverse("apure:dashboard")).status_code == 200
    key = client.session.session_key

    # An hour without activity: the session has expired and the person is signed out.
    Session.objects.filter(session_key=key).update(expire_date=timezone.now())
    response = client.get(reverse("apure:dashboard"))
    assert response.status_code == 302 and "/comptes/login/" in response["Location"]

    # "Stay signed in" pushes the expiry back by the idle time.
    client.force_login(user)
    key = client.session.session_key
    soon = timezone.now() + timezone.timedelta(minutes=2)
    Session.objects.filter(session_key=key).update(expire_date=soon)
    response = client.post(reverse("apure:keepalive"))
    assert response.status_code == 200
    assert response.json()["idle_seconds"] == settings.SESSION_IDLE_SECONDS
    expiry = Session.objects.get(session_key=key).expire_date
    assert expiry > timezone.now() + timezone.timedelta(seconds=settings.SESSION_IDLE_SECONDS - 60)
    client.logout()
    assert client.post(reverse("apure:keepalive")).status_code == 401


def test_staff_grant_roles_confirm_and_revoke_membership(client):
    staff = UserFactory(roles=[Role.STAFF])
    person = UserFactory(organisation_confirmed=False)
    client.force_login(staff)
    response = client.get(reverse("apure:roles"), {"to_confirm": "on"})
    assert person.email in response.content.decode()
    assert staff.email not in response.content.decode()
    response = client.post(
        reverse("apure:role_edit", args=[person.pk]),
        {"roles": ["acheteur", "membre_apure"], "organisation_confirmed": "on"},
    )
    assert response.status_code == 302
    person = User.objects.get(pk=person.pk)
    assert person.has_role(Role.MEMBER) and person.organisation_confirmed
    assert AuditEntry.objects.filter(action="user.roles_changed", actor=staff).exists()
    assert "Membre APuRe" in client.get(reverse("apure:roles")).content.decode()

    client.post(reverse("apure:role_edit", args=[person.pk]), {"roles": ["acheteur"]})
    person = User.objects.get(pk=person.pk)
    assert not person.has_role(Role.MEMBER) and not person.organisation_confirmed
    assert AuditEntry.objects.filter(action="user.organisation_revoked").exists()


def test_login_by_code_sends_a_code_that_signs_in(client):
    user = UserFactory()
    response = client.post(reverse("account_request_login_code"), {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "Portail APuRe" in message.body
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", message.body, re.MULTILINE).group(1)
    response = client.post(response["Location"], {"code": code})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_dates_are_written_the_french_way():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.utils import formats

    moment = datetime(2022, 11, 22, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert formats.date_format(moment, "DATETIME_FORMAT") == "mardi 22 novembre 2022, 9 h 30"
