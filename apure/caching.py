"""Cached values that are exact: each family of values lives under a version kept in the
database, and the services that change the underlying data bump that version in their own
transaction. The cache itself may fail or be emptied at any time: values are recomputed.
Each process keeps its own copy (the "local" cache): no network round trip, and no stale value
since the version is read from the database on every use."""

import hashlib
import logging
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import caches

from .models import CacheNamespace

logger = logging.getLogger(__name__)
T = TypeVar("T")


def namespace_version(name: str) -> str:
    version = CacheNamespace.objects.filter(name=name).values_list("version", flat=True).first()
    if version is None:
        version = CacheNamespace.objects.get_or_create(
            name=name, defaults={"version": uuid.uuid4()}
        )[0].version
    return version.hex


def namespace_bump(name: str) -> None:
    """Make every value cached under `name` stale (call it inside the writing transaction)."""
    CacheNamespace.objects.update_or_create(name=name, defaults={"version": uuid.uuid4()})


def cached(namespace: str, parts: Any, compute: Callable[[], T], *, timeout: int = 3600) -> T:
    """`compute()`, or its value cached for the same `parts` at the current version."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    key = f"{namespace}:{namespace_version(namespace)}:{digest}"
    cache = caches["local"]
    try:
        value = cache.get(key)
    except Exception:  # a cache outage only costs the computation
        logger.warning("cache unavailable for %s", namespace, exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, timeout)
        except Exception:
            logger.warning("cache unavailable for %s", namespace, exc_info=True)
    return value
