"""The selection (basket): in the session for visitors, saved in the database for users.

At login the session's fiches join the saved selection (see apps.py), so nothing a visitor
gathered is lost by signing in.
"""

from __future__ import annotations

from django.http import HttpRequest

from . import services
from .models import Fiche, SelectionItem

SESSION_KEY = "clauses_selection"
MAX_ITEMS = services.SELECTION_MAX_ITEMS


class SelectionStore:
    def __init__(self, request: HttpRequest):
        self.request = request
        self.user = request.user if request.user.is_authenticated else None
        self._ids: list[int] | None = None

    def ids(self) -> list[int]:
        """The selected fiches that are still published (the badge, the toggles, the export):
        a fiche archived since it was added is neither counted nor exported."""
        if self._ids is None:
            published = Fiche.objects.published().values("pk")
            if self.user is not None:
                self._ids = list(
                    SelectionItem.objects.filter(selection__user=self.user, fiche__in=published)
                    .order_by("added_at", "pk")
                    .values_list("fiche_id", flat=True)
                )
            else:
                raw = self.request.session.get(SESSION_KEY, [])
                wanted = [i for i in raw if isinstance(i, int)][:MAX_ITEMS]
                found = set(published.filter(pk__in=wanted).values_list("pk", flat=True))
                self._ids = [i for i in wanted if i in found] if wanted else []
        return self._ids

    def __contains__(self, fiche: Fiche) -> bool:
        return fiche.pk in self.ids()

    def __len__(self) -> int:
        return len(self.ids())

    def add(self, fiches: list[Fiche]) -> int:
        fiches = [f for f in fiches if f.pk not in self.ids()]
        room = max(MAX_ITEMS - len(self.ids()), 0)
        fiches = fiches[:room]
        if not fiches:
            return 0
        if self.user is not None:
            added = services.selection_add(user=self.user, fiches=fiches)
        else:
            self.request.session[SESSION_KEY] = self.ids() + [f.pk for f in fiches]
            added = len(fiches)
        self._ids = None
        return added

    def remove(self, fiche: Fiche) -> None:
        if self.user is not None:
            services.selection_remove(user=self.user, fiche=fiche)
        else:
            self.request.session[SESSION_KEY] = [i for i in self.ids() if i != fiche.pk]
        self._ids = None


def merge_session_selection(sender, request, user, **kwargs) -> None:
    """`user_logged_in` receiver: the visitor's selection joins the user's saved one."""
    session = getattr(request, "session", None)
    if session is None:
        return
    ids = session.get(SESSION_KEY) or []
    if ids:
        services.selection_merge(user=user, fiche_ids=[i for i in ids if isinstance(i, int)])
        session.pop(SESSION_KEY, None)
