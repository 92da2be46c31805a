"""The portal's roles. They are data (Django groups); this module only names them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    BUYER = "acheteur", _("Buyer")
    MEMBER = "membre_apure", _("APuRe member")
    ADVISOR = "conseiller", _("Advisor")
    EXPERT = "expert", _("Expert")
    STAFF = "equipe_reseau", _("Network staff")


# Roles whose accounts open other people's data: they must use two-factor authentication.
ROLES_REQUIRING_TOTP = frozenset({Role.ADVISOR, Role.STAFF})

# What network staff may do in the admin on the core's own models.
STAFF_CORE_PERMISSIONS = {
    "user": ("view",),
    "organisation": ("view", "add", "change"),
    "auditentry": ("view",),
    "outboxmessage": (),
}
