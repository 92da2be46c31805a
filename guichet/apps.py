from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuichetConfig(AppConfig):
    name = "guichet"
    verbose_name = _("Guichet Vert")

    def ready(self) -> None:
        from apure.registry import NavItem, Panel, ServiceCard, registry

        from . import (
            demo,
            permissions,  # noqa: F401  (registers the rules)
        )
        from .panels import dashboard_panel, fiche_qas_panel
        from .services import personal_data, personal_data_erase

        registry.add_service(
            ServiceCard(
                "guichet",
                _("Guichet Vert"),
                _(
                    "Ask a short question about strategy, a project or the texts: a CD2E "
                    "advisor answers you in an exchange of thirty minutes to an hour, by video, "
                    "phone or email."
                ),
                "guichet:index",
                20,
            )
        )
        registry.add_nav_item(NavItem(_("Guichet Vert"), "guichet:index", order=20))
        registry.add_nav_item(
            NavItem(
                _("Advice queue"),
                "guichet:queue",
                order=21,
                visible=lambda user: bool(user and user.has_perm("guichet.view_queue")),
            )
        )
        registry.add_dashboard_panel(
            Panel("guichet", "guichet/panel_dashboard.html", dashboard_panel, 20)
        )
        registry.add_object_panel(
            "clauses.fiche",
            Panel("guichet-qas", "guichet/panel_fiche_qas.html", fiche_qas_panel, 50),
        )
        registry.add_demo_seeder("guichet", demo.seed, order=20)
        registry.add_personal_data("guichet", export=personal_data, erase=personal_data_erase)
