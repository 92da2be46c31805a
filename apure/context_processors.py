from functools import lru_cache

from django.conf import settings
from django.urls import NoReverseMatch, reverse

from .registry import registry
from .site import site_url


@lru_cache(maxsize=128)
def _nav_url(url_name: str) -> str | None:
    """The menu's addresses never change while the process runs: reversed once each."""
    try:
        return reverse(url_name)
    except NoReverseMatch:
        return None


def portal(request):
    """The navigation the user's role may use, and the session timing for the idle warning."""
    user = getattr(request, "user", None)
    nav = []
    for item in registry.nav_items:
        url = _nav_url(item.url_name)
        if url is None or not item.visible(user):
            continue
        badge = item.badge(user) if item.badge is not None else None
        nav.append(
            {
                "label": item.label,
                "url": url,
                "current": request.path.startswith(url),
                "badge": badge,
            }
        )
    return {
        "nav_items": nav,
        "session_idle_seconds": settings.SESSION_IDLE_SECONDS,
        "session_warning_seconds": settings.SESSION_IDLE_WARNING_SECONDS,
        "site_url": site_url(),
    }
