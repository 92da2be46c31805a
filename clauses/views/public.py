"""The public pages: the search, a fiche (copy, feedback) and the Loi Climat kit."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from apure.errors import DomainError
from apure.http import (
    is_htmx,
    permission_required,
)
from apure.registry import registry
from apure.render_once import render_once

from .. import pages, selectors, services
from ..forms import FeedbackForm, KitForm, RequestChangesForm
from ..loi_climat import SUMMARY, requirements_met
from ..selection import SelectionStore
from ..templatetags.clauses_selection import selection_choices
from ..text import render_markdown

COPIED_SESSION_KEY = "clauses_copied"


# Search


@require_GET
def fiche_list(request: HttpRequest) -> HttpResponse:
    """Rendered once per catalogue version and query (apure.render_once, clauses.pages): the
    facets and the cards are shared by everyone; the header, the counter and each card's
    selection button are the person's own."""
    template, key, context = pages.list_page(request.GET, partial=is_htmx(request, "search-region"))
    selection = SelectionStore(request)
    response = render_once(
        request,
        template,
        namespaces=pages.NAMESPACES,
        key=key,
        context=context,
        personal=lambda: {"selection": selection},
        choices=selection_choices(selection),
        personal_state=_selection_state(selection),
        everywhere=pages.is_unfiltered(request.GET),
    )
    patch_vary_headers(response, ("HX-Request", "HX-Target"))
    return response


def _selection_state(selection: SelectionStore) -> tuple:
    """What a person's own parts of these pages depend on besides who they are: their active
    selection (its name on the counter, its fiches on the buttons)."""
    return (selection.name, tuple(selection.ids()))


# A fiche


@require_GET
def fiche_detail(request: HttpRequest, slug: str) -> HttpResponse:
    selection = SelectionStore(request)
    if request.user.has_perm("clauses.propose_fiche"):
        # Experts and staff see drafts and the fiche's management: rendered for them.
        fiche = selectors.fiche_get_for_user_or_404(slug=slug, user=request.user)
        context = {
            **_fiche_context(fiche),
            "selection": selection,
            "feedback_form": FeedbackForm(),
            "changes_form": RequestChangesForm(),
        }
        return render(request, "clauses/fiche_detail.html", context)
    # Everyone else reads the published fiche, rendered once per version of what it shows.
    return render_once(
        request,
        "clauses/fiche_detail.html",
        namespaces=(
            "clauses",
            services.ACTIVITY_NAMESPACE,
            *registry.panel_namespaces("clauses.fiche"),
        ),
        key=("fiche", slug),
        context=lambda: _fiche_context(
            selectors.fiche_get_for_user_or_404(slug=slug, user=AnonymousUser())
        ),
        personal=lambda: {
            "selection": selection,
            "fiche_slug": slug,
            "feedback_form": FeedbackForm(),
        },
        choices=selection_choices(selection),
        personal_state=_selection_state(selection),
    )


def _fiche_context(fiche) -> dict:
    return {
        "fiche": fiche,
        "fiche_slug": fiche.slug,
        "text_html": render_markdown(fiche.text),
        "guidance_html": render_markdown(fiche.guidance),
        "related": selectors.fiche_related(fiche=fiche) if fiche.is_published else [],
        "feedback": selectors.fiche_feedback_summary(fiche=fiche),
        "segments": list(fiche.segments.all()),
        "themes": list(fiche.themes.all()),
        "eforms": fiche.eforms_labels(),
        "loi_climat": requirements_met(fiche),
        "next": fiche.get_absolute_url(),
    }


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
    """Rendered once per catalogue version and contract (apure.render_once)."""
    params = request.GET
    key = ("kit", bool(params), params.get("contract_type", ""), params.get("segment", ""))

    def context() -> dict:
        form = KitForm(params or None)
        proposals = None
        if form.is_bound and form.is_valid():
            proposals = selectors.kit_proposals(
                contract_type=form.cleaned_data["contract_type"],
                segment=form.cleaned_data["segment"],
            )
        here = reverse("clauses:kit")
        if form.is_bound:
            here += "?" + urlencode(
                {name: params.get(name, "") for name in ("contract_type", "segment")}
            )
        return {
            "form": form,
            "proposals": proposals,
            "loi_climat_summary": SUMMARY,
            "next": here,
            "status": 400 if form.is_bound and form.errors else 200,
        }

    selection = SelectionStore(request)
    return render_once(
        request,
        "clauses/kit.html",
        namespaces=("clauses",),
        key=key,
        context=context,
        personal=lambda: {"selection": selection},
        choices=selection_choices(selection),
        personal_state=_selection_state(selection),
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
