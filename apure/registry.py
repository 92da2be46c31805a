"""What the apps contribute to the core pages, registered in each `AppConfig.ready()`.

`apure` imports no app: the home page, the dashboard, the navigation, the data export and
the account deletion ask this registry instead.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest

from .models import User


@dataclass(frozen=True)
class Panel:
    """A block of the home page or the dashboard. `context` returns None to hide it."""

    key: str
    template: str
    context: Callable[[HttpRequest], dict[str, Any] | None]
    order: int = 100


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    order: int = 100
    visible: Callable[[Any], bool] = field(default=lambda user: True)


@dataclass
class Registry:
    home_panels: list[Panel] = field(default_factory=list)
    dashboard_panels: list[Panel] = field(default_factory=list)
    nav_items: list[NavItem] = field(default_factory=list)
    # name -> function(user) returning JSON-serialisable data about that user
    personal_data: dict[str, Callable[[User], Any]] = field(default_factory=dict)
    # functions(user) that erase or anonymise that user's personal data in an app
    erasers: list[Callable[[User], None]] = field(default_factory=list)

    def add_home_panel(self, panel: Panel) -> None:
        self._add(self.home_panels, panel)

    def add_dashboard_panel(self, panel: Panel) -> None:
        self._add(self.dashboard_panels, panel)

    def add_nav_item(self, item: NavItem) -> None:
        if item not in self.nav_items:
            self.nav_items.append(item)
            self.nav_items.sort(key=lambda i: i.order)

    @staticmethod
    def _add(panels: list[Panel], panel: Panel) -> None:
        panels[:] = [p for p in panels if p.key != panel.key] + [panel]
        panels.sort(key=lambda p: p.order)

    def render_panels(self, panels: list[Panel], request: HttpRequest) -> list[dict[str, Any]]:
        shown = []
        for panel in panels:
            context = panel.context(request)
            if context is not None:
                shown.append({"template": panel.template, "context": context})
        return shown


registry = Registry()
