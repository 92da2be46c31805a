from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClausesConfig(AppConfig):
    name = "clauses"
    verbose_name = _("La Clause Verte")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from apure.registry import NavItem, Panel, ServiceCard, registry

        from . import permissions  # noqa: F401  (registers the rules)
        from .panels import dashboard_panel, home_panel
        from .selection import merge_session_selection
        from .selectors import personal_data, review_count
        from .services import personal_data_erase

        registry.add_nav_item(NavItem(_("La Clause Verte"), "clauses:list", order=10))
        registry.add_nav_item(
            NavItem(
                _("Clause review"),
                "clauses:moderation",
                order=11,
                visible=lambda user: user.has_perm("clauses.moderate"),
                badge=lambda user: review_count() or None,
            )
        )
        registry.add_home_panel(Panel("clauses-newest", "clauses/panel_home.html", home_panel, 10))
        registry.add_dashboard_panel(
            Panel("clauses", "clauses/panel_dashboard.html", dashboard_panel, 10)
        )
        from . import demo

        registry.add_service(
            ServiceCard(
                "clauses",
                _("La Clause Verte"),
                _(
                    "A library of environmental and social clauses and criteria to search, "
                    "copy in one click and export to Word."
                ),
                "clauses:list",
                10,
            )
        )
        registry.add_demo_seeder("clauses", demo.seed, order=10)
        registry.add_personal_data(
            "clauses",
            export=personal_data,
            erase=personal_data_erase,
            kept=_(
                "The fiches you wrote and your published opinions on clauses stay, without "
                "your name."
            ),
        )
        user_logged_in.connect(merge_session_selection, dispatch_uid="clauses_merge_selection")
        connect_catalogue_signals()


def catalogue_changed(sender, **kwargs) -> None:
    """Cached search counts and facets are keyed by the catalogue's version: any change to a
    fiche, its segments or themes, or the taxonomy makes them stale (same transaction)."""
    from apure.caching import namespace_bump

    if kwargs.get("action", "post_").startswith("post_"):
        namespace_bump("clauses")
        from .pages import warm_after_commit

        warm_after_commit()


def activity_changed(sender, **kwargs) -> None:
    """Feedback written or moderated: the fiche pages that show it are stale."""
    from apure.caching import namespace_bump

    from .services import ACTIVITY_NAMESPACE

    namespace_bump(ACTIVITY_NAMESPACE)


def connect_catalogue_signals() -> None:
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from .models import Feedback, Fiche, Segment, Synonym, Theme

    for model in (Fiche, Segment, Synonym, Theme):
        post_save.connect(catalogue_changed, sender=model, dispatch_uid=f"catalogue_{model}")
        post_delete.connect(catalogue_changed, sender=model, dispatch_uid=f"catalogue_d_{model}")
    for signal in (post_save, post_delete):
        signal.connect(activity_changed, sender=Feedback, dispatch_uid=f"activity_{signal}")
    for through in (Fiche.segments.through, Fiche.themes.through):
        m2m_changed.connect(catalogue_changed, sender=through, dispatch_uid=f"catalogue_{through}")
