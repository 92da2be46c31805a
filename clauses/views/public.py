"""The public pages: the search, a fiche (copy, feedback) and the Loi Climat kit."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from apure.errors import DomainError
from apure.http import (
    is_htmx,
    permission_required,
)

from .. import search, selectors, services
from ..forms import FeedbackForm, KitForm, RequestChangesForm
from ..loi_climat import SUMMARY, requirements_met
from ..selection import SelectionStore
from ..text import render_markdown

PAGE_SIZE = 20
COPIED_SESSION_KEY = "clauses_copied"


# Search


@require_GET
def fiche_list(request: HttpRequest) -> HttpResponse:
    result = search.clause_search_page(
        request.GET, page=request.GET.get("page"), per_page=PAGE_SIZE
    )
    context = {**vars(result), "selection": SelectionStore(request)}
    if is_htmx(request, "search-region"):
        response = render(request, "clauses/_search_region.html", {**context, "oob": True})
    else:
        response = render(request, "clauses/fiche_list.html", context)
    patch_vary_headers(response, ("HX-Request", "HX-Target"))
    return response


# A fiche


@require_GET
def fiche_detail(request: HttpRequest, slug: str) -> HttpResponse:
    fiche = selectors.fiche_get_for_user_or_404(slug=slug, user=request.user)
    context = {
        "fiche": fiche,
        "text_html": render_markdown(fiche.text),
        "guidance_html": render_markdown(fiche.guidance),
        "related": selectors.fiche_related(fiche=fiche) if fiche.is_published else [],
        "feedback": selectors.fiche_feedback_summary(fiche=fiche),
        "feedback_form": FeedbackForm(),
        "selection": SelectionStore(request),
        "changes_form": RequestChangesForm(),
        "segments": list(fiche.segments.all()),
        "themes": list(fiche.themes.all()),
        "eforms": fiche.eforms_labels(),
        "loi_climat": requirements_met(fiche),
    }
    return render(request, "clauses/fiche_detail.html", context)


@require_POST
def fiche_copy(request: HttpRequest, slug: str) -> HttpResponse:
    """Counts a copy. The copy itself already happened in the browser: this never blocks it."""
    fiche = selectors.published_fiche_or_404(slug=slug)
    # A session counts once per fiche and per day: copying the same clause again (or a script
    # posting in a loop) does not inflate the count buyers read.
    today = timezone.localdate().isoformat()
    copied = request.session.get(COPIED_SESSION_KEY)
    copied = copied if isinstance(copied, dict) and copied.get("day") == today else {"day": today}
    ids = [i for i in copied.get("ids", []) if isinstance(i, int)]
    if fiche.pk not in ids:
        services.fiche_record_copy(fiche=fiche)
        request.session[COPIED_SESSION_KEY] = {"day": today, "ids": [*ids, fiche.pk][-500:]}
    return HttpResponse(status=204)


@require_POST
@permission_required("clauses.give_feedback")
def feedback_create(request: HttpRequest, slug: str) -> HttpResponse:
    fiche = selectors.fiche_get_for_user_or_404(slug=slug, user=request.user)
    form = FeedbackForm(request.POST)
    if form.is_valid():
        try:
            services.feedback_submit(fiche=fiche, by=request.user, **form.cleaned_data)
        except DomainError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request, _("Thank you. Your feedback will appear once the team has read it.")
            )
    else:
        for error in form.non_field_errors() + [e for f in form for e in f.errors]:
            messages.error(request, error)
    return redirect(fiche.get_absolute_url() + "#avis")


# Loi Climat kit


@require_GET
def kit(request: HttpRequest) -> HttpResponse:
    form = KitForm(request.GET or None)
    proposals = None
    if form.is_bound and form.is_valid():
        proposals = selectors.kit_proposals(
            contract_type=form.cleaned_data["contract_type"],
            segment=form.cleaned_data["segment"],
        )
    return render(
        request,
        "clauses/kit.html",
        {
            "form": form,
            "proposals": proposals,
            "selection": SelectionStore(request),
            "loi_climat_summary": SUMMARY,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


@require_GET
def api_docs(request: HttpRequest) -> HttpResponse:
    """The API's interactive documentation, from vendored files (no CDN, strict CSP)."""
    openapi_url = reverse("api:openapi-json")
    settings = {"url": openapi_url, "layout": "BaseLayout", "deepLinking": True}
    return render(
        request,
        "clauses/api_docs.html",
        {"openapi_url": openapi_url, "swagger_settings": settings},
    )
