from django.conf import settings
from django.urls import NoReverseMatch, reverse

from .registry import registry
from .site import site_url


def portal(request):
    """The navigation the user's role may use, and the session timing for the idle warning."""
    user = getattr(request, "user", None)
    nav = []
    for item in registry.nav_items:
        if not item.visible(user):
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        nav.append({"label": item.label, "url": url, "current": request.path.startswith(url)})
    return {
        "nav_items": nav,
        "session_idle_seconds": settings.SESSION_IDLE_SECONDS,
        "session_warning_seconds": settings.SESSION_IDLE_WARNING_SECONDS,
        "site_url": site_url(),
    }
