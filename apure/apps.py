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

    from .roles import STAFF_MANAGED_APPS, Role

    for role in Role:
        Group.objects.using(using).get_or_create(name=role.value)
    staff = Group.objects.using(using).get(name=Role.STAFF.value)
    staff.permissions.set(
        Permission.objects.using(using).filter(content_type__app_label__in=STAFF_MANAGED_APPS)
    )
