import time

from django.contrib import auth, messages
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from . import site
from .caching import request_scope
from .http import no_store
from .permissions import requires_totp
from .sessions import preloaded_user

# Paths that an account without its second factor may still reach: allauth's own pages
# (where TOTP is set up), logout, static files and the health check.
TOTP_EXEMPT_PREFIXES = ("/comptes/", "/static/", "/sante/", "/media/")


class RequireTOTPMiddleware:
    """Advisors and network staff must set up TOTP before they reach any other page.

    allauth enforces the second factor at login once it exists; this makes it mandatory.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path_info.startswith(TOTP_EXEMPT_PREFIXES)
            and requires_totp(user)
            and not _has_totp(request, user)
        ):
            messages.warning(
                request,
                _(
                    "Your role gives access to other people's data: set up two-factor "
                    "authentication to continue."
                ),
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)


class PortalAuthenticationMiddleware(AuthenticationMiddleware):
    """Django's, with the user the session store loaded along with the session (one query for
    the session, the account and its roles: apure.sessions)."""

    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: _get_user(request))


def _get_user(request):
    if not hasattr(request, "_cached_user"):
        session = request.session
        session.get(auth.SESSION_KEY)  # loads the session row, and with it its user
        token = preloaded_user.set(getattr(session, "user", None))
        try:
            request._cached_user = auth.get_user(request)
        finally:
            preloaded_user.reset(token)
    return request._cached_user


TOTP_SESSION_KEY = "_apure_totp_ok"


def _has_totp(request, user) -> bool:
    """Asked of the database until the account has TOTP, then remembered in the session (the
    flag goes when an authenticator is removed: `forget_totp` below)."""
    from allauth.mfa.models import Authenticator

    session = getattr(request, "session", None)
    if session is not None and session.get(TOTP_SESSION_KEY) == user.pk:
        return True
    found = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    if found and session is not None:
        session[TOTP_SESSION_KEY] = user.pk
    return found


def forget_totp(sender, request=None, **kwargs) -> None:
    """allauth's `authenticator_removed`: the next request checks the database again."""
    session = getattr(request, "session", None)
    if session is not None:
        session.pop(TOTP_SESSION_KEY, None)


class IdleSessionMiddleware:
    """Sessions end after SESSION_IDLE_SECONDS without activity.

    The session cookie age is the idle timeout; the session is saved again (which pushes
    the expiry back) at most once a minute, so that browsing does not write on every request.
    """

    REFRESH_EVERY = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        user = getattr(request, "user", None)
        if session is not None and user is not None and user.is_authenticated:
            now = int(time.time())
            if now - session.get("_apure_seen", 0) >= self.REFRESH_EVERY:
                session["_apure_seen"] = now
        return response


class PortalMiddleware:
    """Two rules of every response.

    * A signed-in person's pages and downloads are never stored by a browser or a proxy
      (`Cache-Control: no-store`): a shared computer in a town hall must not show them again.
    * Cached values read their data version once per request (apure.caching).
    * Without SITE_URL, links in emails, exports and the API use the address the request came
      in on (`make run PORT=8100` gives right links), through `apure.site.site_url()`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = site.current_request.set(request)
        try:
            with request_scope():
                response = self.get_response(request)
        finally:
            site.current_request.reset(token)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            no_store(response)
        return response


class AdminInputMiddleware:
    """The admin's list pages pass `q` and date lookups straight to the ORM: a NUL byte is
    refused by PostgreSQL, a search of hundreds of words builds an SQL expression SQLite cannot
    parse, and `created_at__year=0` raises. Here, before any admin view, the search is bounded
    (8 words, 200 characters, no control characters) and impossible dates are dropped, so
    that every list answers normally."""

    PREFIX = "/admin/"
    MAX_TERMS = 8
    DATE_PARTS = {"__year": (1, 9999), "__month": (1, 12), "__day": (1, 31)}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(self.PREFIX) and request.GET:
            request.GET = self.clean(request.GET)
        return self.get_response(request)

    def clean(self, params):
        cleaned = params.copy()
        for key in list(cleaned):
            values = cleaned.getlist(key)
            if key == "q":
                text = "".join(ch for ch in values[-1] if ch.isprintable())[:200]
                cleaned.setlist(key, [" ".join(text.split()[: self.MAX_TERMS])])
                continue
            for suffix, (low, high) in self.DATE_PARTS.items():
                if key.endswith(suffix) and not all(
                    v.isascii() and v.isdigit() and low <= int(v) <= high for v in values
                ):
                    del cleaned[key]
                    break
            else:
                if any("\x00" in v for v in values):
                    del cleaned[key]
        return cleaned
