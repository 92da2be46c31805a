from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# The version of the published Q&As (apure.caching): the fiche pages that show them are
# rendered once per version of it (apure.render_once).
FAQ_NAMESPACE = "guichet.faq"


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
            Panel(
                "guichet-qas",
                "guichet/panel_fiche_qas.html",
                fiche_qas_panel,
                50,
                namespaces=(FAQ_NAMESPACE,),
            ),
        )
        registry.add_demo_seeder("guichet", demo.seed, order=20)
        registry.add_personal_data("guichet", export=personal_data, erase=personal_data_erase)
        connect_faq_signals()


def faq_changed(sender, **kwargs) -> None:
    """Any change to a Q&A or to the fiches it cites (services or admin, same transaction)."""
    from apure.caching import namespace_bump

    if kwargs.get("action", "post_").startswith("post_"):
        namespace_bump(FAQ_NAMESPACE)


def connect_faq_signals() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from .models import QA

    post_save.connect(faq_changed, sender=QA, dispatch_uid="guichet_faq_saved")
    post_delete.connect(faq_changed, sender=QA, dispatch_uid="guichet_faq_deleted")
    m2m_changed.connect(faq_changed, sender=QA.fiches.through, dispatch_uid="guichet_faq_fiches")
