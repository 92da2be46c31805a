import json
import time

from allauth.account.adapter import get_adapter as get_account_adapter
from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import services
from .celery import app as celery_app
from .forms import (
    ContactForm,
    DeleteAccountForm,
    OrganisationForm,
    ProfileForm,
    RolesForm,
    UserSearchForm,
)
from .http import login_required, permission_required
from .models import OutboxMessage, User
from .outbox import MAX_ATTEMPTS, outbox_pending
from .registry import registry
from .roles import Role
from .selectors import user_list


def home(request: HttpRequest) -> HttpResponse:
    panels = registry.render_panels(registry.home_panels, request)
    services = []
    for card in registry.services:
        try:
            url = reverse(card.url_name)
        except NoReverseMatch:  # the app is installed without its pages: no dead promise
            continue
        services.append({"title": card.title, "description": card.description, "url": url})
    return render(request, "apure/home.html", {"panels": panels, "services": services})


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    panels = registry.render_panels(registry.dashboard_panels, request)
    roles = [role.label for role in Role if role.value in request.user.role_names]
    return render(request, "apure/dashboard.html", {"panels": panels, "roles": roles})


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = ProfileForm(
        request.POST if request.method == "POST" else None, initial=_profile_initial(user)
    )
    if request.method == "POST" and form.is_valid():
        services.user_update_profile(user=user, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("apure:profile")
    return render(
        request,
        "apure/profile.html",
        {"form": form, "organisation_form": OrganisationForm(prefix="org")},
    )


def _profile_initial(user: User) -> dict:
    return {"first_name": user.first_name, "last_name": user.last_name, "job_title": user.job_title}


@login_required
@require_POST
def organisation_change(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST, prefix="org")
    if form.is_valid():
        try:
            organisation = services.organisation_join_or_create(
                user=request.user, **form.organisation_kwargs()
            )
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                name = {"name": "organisation_name", "siret": "organisation_siret"}.get(field)
                for error in errors:
                    form.add_error(name if name in form.fields else None, error)
        else:
            messages.info(
                request,
                _(
                    "Your membership of %(name)s is waiting for confirmation by the network "
                    "staff. Until then, you use the portal for yourself only."
                )
                % {"name": organisation},
            )
            return redirect("apure:profile")
    profile_form = ProfileForm(initial=_profile_initial(request.user))
    return render(
        request,
        "apure/profile.html",
        {"form": profile_form, "organisation_form": form},
        status=400,
    )


@login_required
@require_GET
def export_my_data(request: HttpRequest) -> HttpResponse:
    data = services.user_export_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="mes-donnees-apure-{stamp}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.user_delete_account(user=request.user)
        request.session.flush()
        messages.success(
            request, _("Your account has been deleted. Thank you for using the portal.")
        )
        return redirect("apure:home")
    kept = [_("Your account, reduced to its organisation and its dates.")]
    kept += [part.kept for part in registry.personal_data if part.kept]
    return render(
        request,
        "apure/delete_account.html",
        {"form": form, "kept": kept},
        status=400 if form.errors else 200,
    )


@require_POST
def session_keepalive(request: HttpRequest) -> HttpResponse:
    """Called by the idle warning's "stay signed in" button; the middleware does the rest."""
    if not request.user.is_authenticated:
        return JsonResponse({"authenticated": False}, status=401)
    request.session["_apure_seen"] = 0  # forces the session to be saved again
    return JsonResponse({"authenticated": True, "idle_seconds": settings.SESSION_IDLE_SECONDS})


@permission_required("apure.manage_roles")
@require_GET
def role_list(request: HttpRequest) -> HttpResponse:
    form = UserSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    users = user_list(
        q=filters.get("q", ""),
        role=filters.get("role", ""),
        to_confirm=filters.get("to_confirm", False),
    )
    page = Paginator(users, 25).get_page(request.GET.get("page"))
    return render(request, "apure/role_list.html", {"form": form, "page": page})


@permission_required("apure.manage_roles")
@require_http_methods(["GET", "POST"])
def role_edit(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(
        User.objects.select_related("organisation"), pk=pk, anonymised_at__isnull=True
    )
    form = RolesForm(
        request.POST if request.method == "POST" else None,
        initial={
            "roles": sorted(person.role_names),
            "organisation_confirmed": person.organisation_confirmed,
        },
    )
    if request.method == "POST" and form.is_valid():
        services.user_set_roles(
            user=person, roles={Role(r) for r in form.cleaned_data["roles"]}, by=request.user
        )
        services.user_set_organisation_confirmed(
            user=person, confirmed=form.cleaned_data["organisation_confirmed"], by=request.user
        )
        messages.success(
            request, _("The roles of %(person)s have been saved.") % {"person": person}
        )
        return redirect("apure:roles")
    return render(request, "apure/role_edit.html", {"form": form, "person": person})


@never_cache
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """Database, cache and broker state. 503 only when the database does not answer."""
    checks: dict[str, str] = {}
    status = 200
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "error"
        status = 503
    try:
        cache.set("apure-health", "ok", 10)
        checks["cache"] = "ok" if cache.get("apure-health") == "ok" else "error"
    except Exception:
        checks["cache"] = "error"
    checks["broker"] = _broker_state()
    if status == 200 and request.user.is_staff:
        # For operators: side effects waiting for the broker, and those parked after failing.
        checks["outbox_pending"] = outbox_pending().count()
        checks["outbox_failed"] = OutboxMessage.objects.filter(
            delivered_at__isnull=True, attempts__gte=MAX_ATTEMPTS
        ).count()
    body = {"status": "ok" if status == 200 else "error", **checks}
    return JsonResponse(body, status=status)


def _broker_state() -> str:
    if celery_app.conf.task_always_eager:
        return "eager"
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return "ok"
    except Exception:
        return "unavailable"


# The pages a French public portal owes. Their text is editorial and legal: it is written in
# French in one template per page (templates/apure/pages/fr/), not split into UI strings.
LEGAL_PAGES = {
    "accessibility": ("accessibilite", _lazy("Accessibility statement")),
    "legal": ("mentions-legales", _lazy("Legal notices")),
    "privacy": ("donnees-personnelles", _lazy("Personal data")),
}


@require_GET
def legal_page(request: HttpRequest, page: str) -> HttpResponse:
    template, title = LEGAL_PAGES[page]
    return render(
        request,
        "apure/legal_page.html",
        {"body": f"apure/pages/fr/{template}.html", "title": title},
    )


CONTACT_LIMIT = 5  # messages per address and hour: enough for a person, too few for a robot


@require_http_methods(["GET", "POST"])
def contact(request: HttpRequest) -> HttpResponse:
    form = ContactForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        # Per client address (behind the trusted proxies), per clock hour.
        address = get_account_adapter(request).get_client_ip(request)
        key = f"contact:{address}:{int(time.time()) // 3600}"
        try:
            count = cache.get(key, 0)
            cache.set(key, count + 1, 3600)
        except Exception:  # a cache outage must not lose the message
            count = 0
        if count >= CONTACT_LIMIT:
            form.add_error(None, _("Too many messages were sent from here: try again in an hour."))
        else:
            data = form.cleaned_data
            services.contact_message_send(
                subject_label=ContactForm.Subject(data["subject"]).label, **data
            )
            messages.success(
                request, _("Thank you: your message has been sent to the programme's team.")
            )
            return redirect("apure:contact")
    return render(request, "apure/contact.html", {"form": form}, status=400 if form.errors else 200)


def error_404(request, exception=None):
    return render(request, "404.html", status=404)


def error_403(request, exception=None):
    return render(request, "403.html", status=403)
