from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ApureConfig(AppConfig):
    name = "apure"
    verbose_name = _("Portal core")

    def ready(self) -> None:
        from . import emails  # noqa: F401  (registers the "email" outbox handler)
        from .permissions import is_network_staff
        from .registry import NavItem, registry

        post_migrate.connect(sync_role_groups, sender=self)
        registry.add_nav_item(
            NavItem(
                _("Dashboard"),
                "apure:dashboard",
                order=90,
                visible=lambda u: bool(u and u.is_authenticated),
            )
        )
        registry.add_nav_item(
            NavItem(_("Roles"), "apure:roles", order=95, visible=is_network_staff)
        )


def sync_role_groups(sender, using="default", **kwargs) -> None:
    """The roles exist as groups after every migrate; network staff get the model permissions
    of the portal's apps so that they can manage them in the admin."""
    from django.contrib.auth.models import Group, Permission
    from django.db.models import Q

    from .roles import STAFF_CORE_PERMISSIONS, STAFF_MANAGED_APPS, Role

    for role in Role:
        Group.objects.using(using).get_or_create(name=role.value)
    # The apps' models are all staff's to manage. Of the core's, accounts and the audit log are
    # read-only (roles are granted on /compte/roles/) and the outbox, which may hold sign-in
    # links, is for superusers only.
    allowed = Q(content_type__app_label__in=[a for a in STAFF_MANAGED_APPS if a != "apure"])
    for model, actions in STAFF_CORE_PERMISSIONS.items():
        allowed |= Q(
            content_type__app_label="apure", codename__in=[f"{a}_{model}" for a in actions]
        )
    staff = Group.objects.using(using).get(name=Role.STAFF.value)
    staff.permissions.set(Permission.objects.using(using).filter(allowed))
