"""Test data built the way the portal builds it: through the models' rules and services."""

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from stdnum import luhn

from apure.models import Organisation, User
from apure.roles import ROLES_REQUIRING_TOTP, Role
from apure.services import user_set_roles

PASSWORD = "un-mot-de-passe-solide-42"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def valid_siret(n: int) -> str:
    siren8 = f"2{n:07d}"
    siren = siren8 + luhn.calc_check_digit(siren8)
    base = siren + "0001"
    return base + luhn.calc_check_digit(base)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("siret",)

    name = factory.Sequence(lambda n: f"Commune de Test {n}")
    siret = factory.Sequence(lambda n: valid_siret(n + 1))
    kind = Organisation.Kind.COMMUNE
    departement = Organisation.Departement.NORD
    is_rural = False


class UserFactory(factory.django.DjangoModelFactory):
    """A verified, active user. `roles=[Role.X]`; advisors and staff get a TOTP device."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"personne{n}@mairie.example.fr")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Test{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    organisation_confirmed = True
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        self.save()
        EmailAddress.objects.get_or_create(
            user=self, email=self.email, defaults={"verified": True, "primary": True}
        )
        roles = set(extracted or [])
        if roles:
            user_set_roles(user=self, roles=roles, by=None)
        if roles & ROLES_REQUIRING_TOTP or self.is_staff:
            Authenticator.objects.get_or_create(
                user=self,
                type=Authenticator.Type.TOTP,
                defaults={"data": {"secret": encrypt(TOTP_SECRET)}},
            )


def make_user(role: str | None = None, **kwargs) -> User | None:
    """The people of the permission table, by name; None is the anonymous visitor."""
    if role is None or role == "visitor":
        return None
    roles = {
        "acheteur": [Role.BUYER],
        "membre": [Role.BUYER, Role.MEMBER],
        "conseiller": [Role.ADVISOR],
        "expert": [Role.EXPERT],
        "equipe": [Role.STAFF],
    }[role]
    return UserFactory(roles=roles, **kwargs)
