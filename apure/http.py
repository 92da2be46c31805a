"""How a view says who may call it, fetches what the user may see, and redirects safely.

Every app's views use these, never hand-written checks:

    @permission_required("guichet.view_queue")              # a function view
    def queue(request): ...

    class QueueView(PermissionRequiredMixin, ListView):    # a class-based view
        permission = "guichet.view_queue"

A visitor is sent to the login page (and comes back afterwards); a signed-in user without the
permission gets a 403. For an object, `get_for_user_or_404(queryset, user, perm, **lookup)`
answers 404 both for "does not exist" and for "not yours", so nothing leaks its existence.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme

from .errors import DomainError

M = TypeVar("M", bound=models.Model)


def deny(request: HttpRequest) -> HttpResponse:
    """The answer to a request its user may not make: log in first, or 403."""
    if not request.user.is_authenticated:
        return to_login(request)
    raise PermissionDenied


def to_login(request: HttpRequest) -> HttpResponse:
    """The login page, coming back here afterwards (for a form's POST, back to the page the
    form named in `next`, since the POST address itself cannot be opened)."""
    if request.method in ("GET", "HEAD"):
        return redirect_to_login(request.get_full_path())
    return redirect_to_login(safe_next(request, "apure:home"))


def permission_required(perm: str, *, fn: Callable[..., Any] | None = None):
    """Decorator for a function view. `fn(request, *args, **kwargs)` may return the object the
    permission is checked against (an object permission); without it the check is global."""

    def decorator(view):
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs):
            obj = fn(request, *args, **kwargs) if fn is not None else None
            if not request.user.has_perm(perm, obj):
                return deny(request)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def login_required(view):
    """Visitors to the login page; the view then sees a signed-in user."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if not request.user.is_authenticated:
            return to_login(request)
        return view(request, *args, **kwargs)

    return wrapper


class PermissionRequiredMixin:
    """`permission = "app.action"` on a class-based view; `get_permission_object()` may
    return the object it applies to."""

    permission: str = ""

    def get_permission_object(self) -> Any:
        return None

    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if not self.permission:
            raise ValueError(f"{type(self).__name__} declares no permission")
        if not request.user.has_perm(self.permission, self.get_permission_object()):
            return deny(request)
        return super().dispatch(request, *args, **kwargs)


def check_object_permission(request: HttpRequest, perm: str, obj: Any) -> None:
    """For an object the user may already see: a 403 (or the login page) if they may not act."""
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied


def get_for_user_or_404(
    queryset: models.QuerySet[M] | type[M], *, user, perm: str, **lookup: Any
) -> M:
    """The object, if it exists and `user` has `perm` on it; otherwise 404 in both cases."""
    if isinstance(queryset, type):
        queryset = queryset._default_manager.all()
    try:
        obj = queryset.get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if not user.has_perm(perm, obj):
        raise Http404
    return obj


def safe_next(request: HttpRequest, default: str) -> str:
    """The `next` parameter if it is a path of this site, else `default` (a URL or a URL
    name). Only absolute paths are accepted: `abc`, `0`, `//evil.example` or a full URL to
    another host fall back to the default."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if (
        target.startswith("/")
        and not target.startswith("//")
        and "\\" not in target
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return target
    if not default or default.startswith("/") or "://" in default:
        return default
    return resolve_url(default)


def redirect_next(request: HttpRequest, default: str) -> HttpResponseRedirect:
    """Redirect to `safe_next(request, default)`; never reverses user input."""
    return HttpResponseRedirect(safe_next(request, default))


def is_htmx(request: HttpRequest, target: str | None = None) -> bool:
    """An htmx request (not a history restore), optionally aimed at the element `target`."""
    htmx = getattr(request, "htmx", None)
    if not htmx or htmx.history_restore_request:
        return False
    return target is None or htmx.target == target


def domain_errors_as_messages(request: HttpRequest, action: Callable[[], Any]) -> bool:
    """Run `action()`; a `DomainError` becomes an error message. True if it succeeded."""
    try:
        action()
    except DomainError as error:
        messages.error(request, str(error))
        return False
    return True


def no_store(response: HttpResponse) -> HttpResponse:
    """Personal pages and downloads are never kept by a browser or a proxy."""
    add_never_cache_headers(response)
    response["Cache-Control"] = "no-store, no-cache, must-revalidate, max-age=0, private"
    return response
