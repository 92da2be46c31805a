from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from apure.registry import NavItem, Panel, ServiceCard, registry

        from . import (
            demo,
            permissions,  # noqa: F401  (registers the rules)
        )
        from .panels import dashboard_panel, home_panel
        from .services import personal_data, personal_data_erase

        registry.add_service(
            ServiceCard(
                "events",
                _("Events"),
                _(
                    "Workshops, round tables, working groups and webinars of the APuRe "
                    "network: see the programme and register in one click."
                ),
                "events:list",
                40,
            )
        )
        registry.add_nav_item(NavItem(_("Events"), "events:list", order=40))
        registry.add_home_panel(Panel("events-upcoming", "events/panel_home.html", home_panel, 40))
        registry.add_dashboard_panel(
            Panel("events", "events/panel_dashboard.html", dashboard_panel, 40)
        )
        registry.add_demo_seeder("events", demo.seed, order=40)
        registry.add_personal_data(
            "events",
            export=personal_data,
            erase=personal_data_erase,
            kept=_(
                "Your upcoming registrations are cancelled; past ones keep only your "
                "organisation's kind, its département and your attendance."
            ),
        )
