"""Cached values that are exact: each family of values lives under a version kept in the
database, and the services that change the underlying data bump that version in their own
transaction. The cache itself may fail or be emptied at any time: values are recomputed.
Each process keeps its own copy (the "local" cache): no network round trip, and no stale value
since the version is read from the database.

Two rules keep this cheap:
* a request reads each version once (`request_scope`, opened by the core's middleware);
* a write that touches many rows bumps once: `with bumps_batched(): ...` collects the bumps of
  everything inside (services, model signals) and writes each version once at the end of the
  block, still inside the writing transaction.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.core.cache import caches
from django.db import connection

from .models import CacheNamespace
from .site import current_request

logger = logging.getLogger(__name__)
T = TypeVar("T")

_request_versions: ContextVar[dict[str, str] | None] = ContextVar(
    "apure_request_versions", default=None
)
_deferred_bumps: ContextVar[set[str] | None] = ContextVar("apure_deferred_bumps", default=None)


@contextmanager
def request_scope() -> Iterator[None]:
    """Within it, each namespace's version is read from the database at most once."""
    token = _request_versions.set({})
    try:
        yield
    finally:
        _request_versions.reset(token)


def _preloaded() -> dict[str, str]:
    """The versions the session store read with the session (apure.sessions), if it did."""
    request = current_request.get()
    session = getattr(request, "session", None)
    return getattr(session, "cache_versions", None) or {}


def namespace_version(name: str) -> str:
    memo = _request_versions.get()
    if memo is not None and name in memo:
        return memo[name]
    if memo is not None and name in (preloaded := _preloaded()):
        memo[name] = preloaded[name]
        return memo[name]
    version = CacheNamespace.objects.filter(name=name).values_list("version", flat=True).first()
    if version is None:
        version = CacheNamespace.objects.get_or_create(
            name=name, defaults={"version": uuid.uuid4()}
        )[0].version
    if memo is not None:
        memo[name] = version.hex
    return version.hex


def namespace_versions(names: tuple[str, ...]) -> tuple[str, ...]:
    """The versions of several namespaces, read in one plain query (building it with the ORM
    cost as much as running it, on every cached page), memoised like the above."""
    memo = _request_versions.get()
    if memo is not None:
        preloaded = _preloaded()
        memo.update({n: preloaded[n] for n in names if n not in memo and n in preloaded})
    known = memo if memo is not None else {}
    missing = [n for n in names if n not in known]
    if missing:
        table = connection.ops.quote_name(CacheNamespace._meta.db_table)
        marks = ", ".join(["%s"] * len(missing))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT name, version FROM {table} WHERE name IN ({marks})",  # noqa: S608
                missing,
            )
            found = {name: _hex(version) for name, version in cursor.fetchall()}
        for name in missing:
            if name not in found:  # seen for the first time: namespace_version creates it
                found[name] = namespace_version(name)
        known = {**known, **found}
        if memo is not None:
            memo.update(found)
    return tuple(known[n] for n in names)


def _hex(version) -> str:
    return version.hex if isinstance(version, uuid.UUID) else str(version).replace("-", "")


def writes_pending(names: tuple[str, ...]) -> bool:
    """Whether a batch of writes of this request (`bumps_batched`) touches these namespaces:
    values computed now must not be kept."""
    pending = _deferred_bumps.get()
    return bool(pending) and any(n in pending for n in names)


def namespace_bump(name: str) -> None:
    """Make every value cached under `name` stale (call it inside the writing transaction)."""
    pending = _deferred_bumps.get()
    if pending is not None:
        pending.add(name)
        return
    _bump_now(name)


def _bump_now(name: str) -> None:
    version = uuid.uuid4()
    CacheNamespace.objects.update_or_create(name=name, defaults={"version": version})
    memo = _request_versions.get()
    if memo is not None:
        memo[name] = version.hex


@contextmanager
def bumps_batched() -> Iterator[None]:
    """Collect the bumps of a multi-row write and perform each once when the block ends."""
    if _deferred_bumps.get() is not None:  # already batching: the outer block bumps
        yield
        return
    pending: set[str] = set()
    token = _deferred_bumps.set(pending)
    try:
        yield
    finally:
        _deferred_bumps.reset(token)
    for name in sorted(pending):
        _bump_now(name)


def cached(namespace: str, parts: Any, compute: Callable[[], T], *, timeout: int = 3600) -> T:
    """`compute()`, or its value cached for the same `parts` at the current version."""
    return versioned((namespace,), parts, compute, timeout=timeout)


def versioned(
    namespaces: tuple[str, ...],
    parts: Any,
    compute: Callable[[], T],
    *,
    aliases: tuple[str, ...] = ("local",),
    refresh: bool = False,
    timeout: int = 3600,
) -> T:
    """`compute()`, or its value kept for the same `parts` at the current versions of
    `namespaces`. The caches of `aliases` are looked up in order (a value found in a later one
    is copied to the first) and all written; `refresh` computes even if a value is kept."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    key = f"{':'.join(namespaces)}:{':'.join(namespace_versions(namespaces))}:{digest}"
    levels = [caches[alias] for alias in aliases]
    if not refresh:
        for level, cache in enumerate(levels):
            value = _cache_get(cache, key)
            if value is not None:
                if level:
                    _cache_set(levels[0], key, value, timeout)
                return value
    value = compute()
    if not writes_pending(namespaces):  # not from writes not yet versioned (or rolled back)
        for cache in levels:
            _cache_set(cache, key, value, timeout)
    return value


def _cache_get(cache, key: str) -> Any:
    try:
        return cache.get(key)
    except Exception:  # a cache outage only costs the computation
        logger.warning("cache unavailable for %s", key, exc_info=True)
        return None


def _cache_set(cache, key: str, value: Any, timeout: int) -> None:
    try:
        cache.set(key, value, timeout)
    except Exception:
        logger.warning("cache unavailable for %s", key, exc_info=True)
