import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from apure.demo import DEMO_PASSWORD, DEMO_TOTP_SECRETS
from apure.models import Organisation, User
from apure.roles import Role

pytestmark = pytest.mark.django_db

DEMO = {
    "acheteur@demo.apure.test": Role.BUYER,
    "acheteur2@demo.apure.test": Role.BUYER,
    "membre@demo.apure.test": Role.MEMBER,
    "conseiller@demo.apure.test": Role.ADVISOR,
    "expert@demo.apure.test": Role.EXPERT,
    "equipe@demo.apure.test": Role.STAFF,
}


def test_seed_demo_is_idempotent_and_gives_one_account_per_role(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = (User.objects.count(), Organisation.objects.count())
    call_command("seed_demo")
    assert (User.objects.count(), Organisation.objects.count()) == counts
    output = capsys.readouterr().out
    assert "Données de démonstration chargées." in output
    assert "Mot de passe de tous les comptes de démonstration" in output
    for email, role in DEMO.items():
        assert User.objects.get(email=email).has_role(role)
        assert email in output
    for secret in DEMO_TOTP_SECRETS.values():
        assert secret in output
    departements = set(Organisation.objects.values_list("departement", flat=True))
    assert {"02", "59", "60", "62", "80"} <= departements
    assert Organisation.objects.filter(is_rural=True).exists()
    buyers = User.objects.filter(
        email__in=["acheteur@demo.apure.test", "acheteur2@demo.apure.test"]
    )
    assert buyers[0].organisation != buyers[1].organisation


def test_a_demo_buyer_can_sign_in(client, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    response = client.post(
        reverse("account_login"),
        {"login": "acheteur@demo.apure.test", "password": DEMO_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("apure:dashboard")


def test_seed_demo_is_refused_in_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo")
    assert not User.objects.exists()
