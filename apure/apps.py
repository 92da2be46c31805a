from pathlib import Path

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

        # Every app's post_migrate, not only ours: the permissions of the apps migrated after
        # the core exist only then, and staff must have them after a single `migrate`.
        post_migrate.connect(sync_role_groups, dispatch_uid="apure_sync_role_groups")
        from allauth.mfa.signals import authenticator_removed

        from .middleware import forget_totp

        authenticator_removed.connect(forget_totp, dispatch_uid="apure_forget_totp")
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
    from django.apps import apps as global_apps
    from django.conf import settings
    from django.db.models import Q

    from .roles import STAFF_CORE_PERMISSIONS, Role

    # The migration state's models, as Django's own create_permissions does: a partial
    # migrate (say `migrate contenttypes` on an empty database) has no auth tables yet.
    apps = kwargs.get("apps") or global_apps
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
    except LookupError:
        return

    for role in Role:
        Group.objects.using(using).get_or_create(name=role.value)
    # The apps' models are all staff's to manage. Of the core's, accounts and the audit log are
    # read-only (roles are granted on /compte/roles/) and the outbox, which may hold sign-in
    # links, is for superusers only.
    project_apps = [
        config.label
        for config in global_apps.get_app_configs()
        if config.label != "apure"
        and Path(config.path).is_relative_to(settings.BASE_DIR)
        and "site-packages" not in Path(config.path).parts
    ]
    allowed = Q(content_type__app_label__in=project_apps)
    for model, actions in STAFF_CORE_PERMISSIONS.items():
        allowed |= Q(
            content_type__app_label="apure", codename__in=[f"{a}_{model}" for a in actions]
        )
    staff = Group.objects.using(using).get(name=Role.STAFF.value)
    staff.permissions.set(Permission.objects.using(using).filter(allowed))
