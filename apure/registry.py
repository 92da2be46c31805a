"""What the apps contribute to the core pages, registered in each `AppConfig.ready()`.

`apure` imports no app: the home page, the dashboard, the navigation, the demo data, the data
export and the account deletion ask this registry instead. An app that is not installed
registers nothing, so nothing of it shows. The pattern, from an app's `apps.py`:

    def ready(self):
        from apure.registry import NavItem, Panel, ServiceCard, registry
        registry.add_service(ServiceCard("guichet", _("Guichet Vert"), _("…"), "guichet:index", 20))
        registry.add_nav_item(NavItem(_("Guichet Vert"), "guichet:index", order=20))
        registry.add_dashboard_panel(Panel("guichet", "guichet/panel_dashboard.html", panel, 20))
        registry.add_demo_seeder("guichet", demo.seed, order=20)
        registry.add_personal_data(
            "guichet", export=personal_data, erase=personal_data_erase,
            kept=_("Your requests stay, without your name, for the advice statistics."),
        )
        registry.add_object_panel("clauses.fiche", Panel("guichet-qas", "…", qas_panel, 50))

Object panels let one app show a block on another app's page without either importing the
other: the page renders `{% object_panels "clauses.fiche" fiche %}` and each panel's
`context(request, obj)` returns its context, or None to stay hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest


@dataclass(frozen=True)
class Panel:
    """A block of a page. `context` returns None to hide it (home and dashboard panels get
    `(request)`, object panels `(request, obj)`)."""

    key: str
    template: str
    context: Callable[..., dict[str, Any] | None]
    order: int = 100
    # The cache namespaces (apure.caching) whose data the block shows: a page rendered once
    # (apure.render_once) that holds the block is keyed by their versions too.
    namespaces: tuple[str, ...] = ()


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    order: int = 100
    visible: Callable[[Any], bool] = field(default=lambda user: True)
    # A number shown beside the label for this user (e.g. items waiting), or None.
    badge: Callable[[Any], int | None] | None = None


@dataclass(frozen=True)
class ServiceCard:
    """One of the services on the home page."""

    key: str
    title: str
    description: str
    url_name: str
    order: int = 100


@dataclass(frozen=True)
class DemoSeeder:
    """`seed(users=..., organisations=...)` loads an app's demo content (idempotent) and
    returns a one-line summary for the command's output."""

    key: str
    seed: Callable[..., str | None]
    order: int = 100


@dataclass(frozen=True)
class PersonalData:
    """An app's part of the RGPD export (`export(user)` -> JSON-serialisable data) and of the
    account deletion (`erase(user)` anonymises what the app keeps about that user)."""

    key: str
    export: Callable[[Any], Any]
    erase: Callable[[Any], None] | None = None
    # What stays after the erasure, anonymised, as the account-deletion page tells the person.
    kept: str = ""


@dataclass
class Registry:
    services: list[ServiceCard] = field(default_factory=list)
    home_panels: list[Panel] = field(default_factory=list)
    dashboard_panels: list[Panel] = field(default_factory=list)
    object_panels: dict[str, list[Panel]] = field(default_factory=dict)
    nav_items: list[NavItem] = field(default_factory=list)
    demo_seeders: list[DemoSeeder] = field(default_factory=list)
    personal_data: list[PersonalData] = field(default_factory=list)

    def add_service(self, card: ServiceCard) -> None:
        self._replace(self.services, card)

    def add_home_panel(self, panel: Panel) -> None:
        self._replace(self.home_panels, panel)

    def add_dashboard_panel(self, panel: Panel) -> None:
        self._replace(self.dashboard_panels, panel)

    def add_object_panel(self, slot: str, panel: Panel) -> None:
        self._replace(self.object_panels.setdefault(slot, []), panel)

    def add_nav_item(self, item: NavItem) -> None:
        self.nav_items[:] = [i for i in self.nav_items if i.url_name != item.url_name] + [item]
        self.nav_items.sort(key=lambda i: i.order)

    def add_demo_seeder(self, key: str, seed: Callable[..., str | None], *, order: int = 100):
        self._replace(self.demo_seeders, DemoSeeder(key, seed, order))

    def add_personal_data(
        self,
        key: str,
        *,
        export: Callable[[Any], Any],
        erase: Callable[[Any], None] | None = None,
        kept: str = "",
    ) -> None:
        self._replace(self.personal_data, PersonalData(key, export, erase, kept), sort=False)

    @staticmethod
    def _replace(items: list, item: Any, *, sort: bool = True) -> None:
        """Registering twice (tests, autoreload) replaces the earlier entry of the same key."""
        items[:] = [i for i in items if i.key != item.key] + [item]
        if sort:
            items.sort(key=lambda i: i.order)

    def panel_namespaces(self, slot: str) -> tuple[str, ...]:
        return tuple(n for panel in self.object_panels.get(slot, []) for n in panel.namespaces)

    def render_panels(
        self, panels: list[Panel], request: HttpRequest, *args: Any
    ) -> list[dict[str, Any]]:
        shown = []
        for panel in panels:
            context = panel.context(request, *args)
            if context is not None:
                shown.append({"key": panel.key, "template": panel.template, "context": context})
        return shown


registry = Registry()
