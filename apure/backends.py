"""The model permission backend, minus the queries it cannot answer.

Every permission of the portal's pages is a `rules` predicate ("guichet.view_queue"), decided
by `rules.permissions.ObjectPermissionBackend` without a query. Django then also asks the model
backend, which loads the user's and their groups' model permissions (two queries) to find a
permission that exists in no table. This backend answers only the model permissions (the
admin's "clauses.change_fiche"), so a page that asks a rule costs nothing more.
"""

from functools import cache

import rules
from allauth.account.auth_backends import AuthenticationBackend
from django.apps import apps


@cache
def model_permission_names() -> frozenset[str]:
    names = set()
    for model in apps.get_models():
        meta = model._meta
        names.update(f"{meta.app_label}.{a}_{meta.model_name}" for a in meta.default_permissions)
        names.update(f"{meta.app_label}.{codename}" for codename, _ in meta.permissions)
    return frozenset(names)


class PortalAuthenticationBackend(AuthenticationBackend):
    """allauth's backend (sign-in by email; it is Django's model backend underneath), asked
    about model permissions only."""

    def get_user(self, user_id):
        """The user the session store loaded with their roles (apure.sessions), or one query
        for both."""
        from .models import User
        from .sessions import preloaded_user

        user = preloaded_user.get()
        if user is None or str(user.pk) != str(user_id):
            user = (
                User._default_manager.annotate(_role_list=User.role_list_subquery())
                .filter(pk=user_id)
                .first()
            )
            if user is None:
                return None
            user.set_role_list(user._role_list)
        return user if self.user_can_authenticate(user) else None

    def has_perm(self, user_obj, perm, obj=None):
        if perm not in model_permission_names() and rules.perm_exists(perm):
            return False
        return super().has_perm(user_obj, perm, obj)
