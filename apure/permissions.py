"""Who may do what in the portal. Every app builds its own rules from these predicates.

Views declare a permission (`permission_required = "apure.view_dashboard"`), templates ask
`{% has_perm %}`, and nobody tests a role anywhere else.
"""

import rules

from .roles import ROLES_REQUIRING_TOTP, Role


def _role(role: Role) -> rules.Predicate:
    @rules.predicate(name=f"has_role_{role.value}")
    def predicate(user) -> bool:
        return bool(user and user.is_authenticated and user.has_role(role))

    return predicate


is_buyer = _role(Role.BUYER)
is_apure_member = _role(Role.MEMBER)
is_advisor = _role(Role.ADVISOR)
is_expert = _role(Role.EXPERT)
is_network_staff = _role(Role.STAFF)


@rules.predicate
def is_authenticated(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active)


@rules.predicate
def has_confirmed_organisation(user) -> bool:
    return bool(is_authenticated(user) and user.organisation_id and user.organisation_confirmed)


def requires_totp(user) -> bool:
    """Advisors and staff open other people's data: they need a second factor."""
    if not (user and user.is_authenticated):
        return False
    return user.is_staff or any(user.has_role(role) for role in ROLES_REQUIRING_TOTP)


rules.add_perm("apure.view_dashboard", is_authenticated)
rules.add_perm("apure.manage_roles", is_network_staff)
rules.add_perm("apure.view_statistics", is_network_staff)
