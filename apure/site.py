"""The portal's public address, for absolute links outside a page (emails, exports, API)."""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings

current_request: ContextVar = ContextVar("apure_current_request", default=None)
FALLBACK = "http://127.0.0.1:8000"


def site_url() -> str:
    """SITE_URL when set; else the scheme and host of the request being served; else the
    development address (a periodic task with no request and no SITE_URL)."""
    if settings.SITE_URL:
        return settings.SITE_URL
    request = current_request.get()
    if request is not None:
        try:
            return f"{request.scheme}://{request.get_host()}"
        except Exception:  # DisallowedHost: the request will be refused anyway
            return FALLBACK
    return FALLBACK
