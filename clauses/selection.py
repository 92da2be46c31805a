"""The selection (basket): in the session for visitors, saved in the database for users.

A signed-in buyer keeps several named selections (one per contract); `SelectionStore` always
means the active one, which "Add to my selection" fills and the header counter counts. At login
the session's fiches join the active saved selection (see apps.py), so nothing a visitor
gathered is lost by signing in.
"""

from __future__ import annotations

from functools import cache

from django.db import connection
from django.http import HttpRequest

from . import services
from .models import Fiche, FicheStatus, Selection

SESSION_KEY = "clauses_selection"
MAX_ITEMS = services.SELECTION_MAX_ITEMS


class SelectionStore:
    """The active selection of the request's user (or the visitor's session selection)."""

    def __init__(self, request: HttpRequest):
        self.request = request
        self.user = request.user if request.user.is_authenticated else None
        self._ids: list[int] | None = None
        self._selection_id: int | None = None
        self._name: str = ""

    def ids(self) -> list[int]:
        """The selected fiches that are still published (the badge, the toggles, the export):
        a fiche archived since it was added is neither counted nor exported."""
        if self._ids is None:
            if self.user is not None:
                self._load_active()
            else:
                published = Fiche.objects.published().values("pk")
                raw = self.request.session.get(SESSION_KEY, [])
                wanted = [i for i in raw if isinstance(i, int)][:MAX_ITEMS]
                found = set(published.filter(pk__in=wanted).values_list("pk", flat=True))
                self._ids = [i for i in wanted if i in found] if wanted else []
        return self._ids

    def _load_active(self) -> None:
        # One query: the active selection joined to its items and their fiches' status (a
        # LEFT JOIN, so an empty selection still gives its name). Written once per process:
        # built by the ORM on every page, it cost as much as running it.
        ids: list[int] = []
        sql, params, user_at = _active_sql()
        params = (*params[:user_at], self.user.pk, *params[user_at + 1 :])
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            for pk, name, fiche_id, status in cursor.fetchall():
                self._selection_id, self._name = pk, name
                if fiche_id is not None and status == FicheStatus.PUBLISHED:
                    ids.append(fiche_id)
        self._ids = ids

    @property
    def name(self) -> str:
        """The active selection's name ("" for a visitor, or before the first addition)."""
        self.ids()
        return self._name

    @property
    def selection_id(self) -> int | None:
        self.ids()
        return self._selection_id

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


@cache
def _active_sql() -> tuple[str, tuple, int]:
    """The statement of `SelectionStore._load_active`, with the place of the user's id."""
    sql, params = (
        Selection.objects.filter(user_id=-1, is_active=True)
        .order_by("items__added_at", "items__pk")
        .values_list("pk", "name", "items__fiche_id", "items__fiche__status")
        .query.sql_with_params()
    )
    return sql, tuple(params), list(params).index(-1)


def merge_session_selection(sender, request, user, **kwargs) -> None:
    """`user_logged_in` receiver: the visitor's selection joins the user's saved one."""
    session = getattr(request, "session", None)
    if session is None:
        return
    ids = session.get(SESSION_KEY) or []
    if ids:
        services.selection_merge(user=user, fiche_ids=[i for i in ids if isinstance(i, int)])
        session.pop(SESSION_KEY, None)
