"""Sessions that know whose they are: one query loads a signed-in person's session, their
account and their roles.

Django's database sessions keep the user's id inside the signed blob, so every signed-in
request spent three queries before any view ran (the session, the user, the user's groups).
Here the session row also stores the user's id in a column (`PortalSession.user`), the store
loads the session with the user and their role names in one query, and the authentication
backend (`apure.backends`) takes that user instead of asking again. Django's own checks are
unchanged: the backend recorded in the session, the password hash of the session.

The column also lets "delete my account" end that person's sessions with one DELETE.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from functools import cache

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.core.exceptions import SuspiciousOperation
from django.db import connections
from django.utils import timezone

# The user the session store loaded, offered to the backend while `django.contrib.auth`
# resolves request.user (set and reset around that call only: see apure.middleware).
preloaded_user: ContextVar = ContextVar("apure_preloaded_user", default=None)


class SessionStore(DatabaseSessionStore):
    user = None  # the account loaded with the session, if it is a signed-in one
    # The versions of the cached data (apure.caching), read in the same query: a page
    # rendered once (apure.render_once) then costs no query of its own to know them.
    cache_versions: dict[str, str] | None = None

    @classmethod
    def get_model_class(cls):
        return _model()

    def load(self):
        """The session, its user and their roles in one query; the SQL is written once per
        process (building it with the ORM on every request cost as much as running it)."""
        from .models import User

        sql, user_fields = _load_sql(connections[self.model.objects.db])
        connection = connections[self.model.objects.db]
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, [self.session_key, now])
                row = cursor.fetchone()
        except SuspiciousOperation as exc:  # a malformed key
            logging.getLogger(f"django.security.{exc.__class__.__name__}").warning(str(exc))
            row = None
        if row is None:
            self._session_key = None
            return {}
        session_data, versions, role_list, *user_values = row
        self.cache_versions = dict(
            pair.split(" ", 1) for pair in (versions or "").split(",") if " " in pair
        )
        if user_values[0] is not None:
            self.user = User.from_db(connection.alias, user_fields, user_values)
            self.user.set_role_list(role_list)
        return self.decode(session_data)

    def create_model_instance(self, data):
        instance = super().create_model_instance(data)
        user_id = data.get(SESSION_KEY)
        instance.user_id = int(user_id) if str(user_id or "").isdigit() else None
        return instance


@cache
def _model():
    from .models import PortalSession

    return PortalSession


_SQL: dict[str, tuple[str, list[str]]] = {}


def _load_sql(connection) -> tuple[str, list[str]]:
    if connection.vendor not in _SQL:
        from .models import CacheNamespace, PortalSession, User

        quote = connection.ops.quote_name
        fields = [f.attname for f in User._meta.concrete_fields]
        columns = ", ".join(f"u.{quote(f.column)}" for f in User._meta.concrete_fields)
        through = User.groups.through._meta
        postgresql = connection.vendor == "postgresql"
        joined = "STRING_AGG(g.name, ',')" if postgresql else "GROUP_CONCAT(g.name, ',')"
        namespaces = quote(CacheNamespace._meta.db_table)
        versions = (
            "SELECT STRING_AGG(n.name || ' ' || REPLACE(n.version::text, '-', ''), ',') "  # noqa: S608
            f"FROM {namespaces} n"
            if postgresql
            else f"SELECT GROUP_CONCAT(n.name || ' ' || n.version, ',') FROM {namespaces} n"  # noqa: S608
        )
        # Only names of our own tables and columns go into this text, never a value.
        roles = (
            f"SELECT {joined} FROM {quote('auth_group')} g INNER JOIN "  # noqa: S608
            f"{quote(through.db_table)} ug ON ug.{quote('group_id')} = g.{quote('id')} "
            f"WHERE ug.{quote('user_id')} = u.{quote('id')}"
        )
        _SQL[connection.vendor] = (
            f"SELECT s.{quote('session_data')}, ({versions}), ({roles}), {columns} "  # noqa: S608
            f"FROM {quote(PortalSession._meta.db_table)} s "
            f"LEFT JOIN {quote(User._meta.db_table)} u ON u.{quote('id')} = s.{quote('user_id')} "
            f"WHERE s.{quote('session_key')} = %s AND s.{quote('expire_date')} > %s",
            fields,
        )
    return _SQL[connection.vendor]
