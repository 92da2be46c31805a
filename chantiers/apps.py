from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChantiersConfig(AppConfig):
    name = "chantiers"
    verbose_name = _("Calls for exploration projects")

    def ready(self) -> None:
        from apure.registry import NavItem, Panel, ServiceCard, registry

        from . import (
            demo,
            permissions,  # noqa: F401  (registers the rules)
        )
        from .panels import dashboard_panel
        from .services import personal_data, personal_data_erase

        registry.add_service(
            ServiceCard(
                "chantiers",
                _("Appels à chantiers"),
                _(
                    "Exploration projects proposed by authorities and chosen by the APuRe "
                    "members, whose deliverables become common resources."
                ),
                "chantiers:index",
                30,
            )
        )
        registry.add_nav_item(NavItem(_("Appels à chantiers"), "chantiers:index", order=30))
        registry.add_dashboard_panel(
            Panel("chantiers", "chantiers/panel_dashboard.html", dashboard_panel, 30)
        )
        registry.add_demo_seeder("chantiers", demo.seed, order=30)
        registry.add_personal_data(
            "chantiers",
            export=personal_data,
            erase=personal_data_erase,
            kept=_(
                "Your ballots still count, under a pseudonym; the proposals, progress entries "
                "and deliverables you wrote stay, without your name."
            ),
        )
        connect_cache_signals()


def content_changed(sender, **kwargs) -> None:
    """Cached ballot fragments are keyed by the "chantiers" version: a change to a call, a
    proposal or an organisation makes them stale (same transaction)."""
    from apure.caching import namespace_bump

    namespace_bump("chantiers")


def connect_cache_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    from apure.models import Organisation

    from .models import Call, Proposal

    for model in (Call, Proposal, Organisation):
        post_save.connect(content_changed, sender=model, dispatch_uid=f"chantiers_{model}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"chantiers_d_{model}")
