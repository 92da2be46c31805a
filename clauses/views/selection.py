"""The selection (basket): add, remove, show, export as .docx or .odt."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from apure.http import (
    is_htmx,
    redirect_next,
    safe_next,
)

from .. import exports, selectors
from ..loi_climat import REQUIREMENTS, SUMMARY
from ..models import SLUG_RE, Fiche
from ..selection import SelectionStore

# Selection


def _selection_context(request: HttpRequest) -> dict:
    store = SelectionStore(request)
    fiches = selectors.fiches_for_selection(store.ids())
    return {
        "store": store,
        "fiches": fiches,
        "groups": exports.grouped_by_tender_document(fiches),
        "coverage": selectors.kit_coverage(fiches),
        "loi_climat_summary": SUMMARY,
    }


@require_GET
def selection_page(request: HttpRequest) -> HttpResponse:
    return render(request, "clauses/selection.html", _selection_context(request))


def _selection_fiches(request: HttpRequest) -> list[Fiche]:
    slugs = [s for s in request.POST.getlist("fiche")[:20] if SLUG_RE.fullmatch(s)]
    return selectors.published_fiches_by_slugs(slugs)


@require_POST
def selection_add(request: HttpRequest) -> HttpResponse:
    store = SelectionStore(request)
    fiches = _selection_fiches(request)
    if not fiches:
        return HttpResponseBadRequest(_("No such fiche."))
    added = store.add(fiches)
    id_prefix = _toggle_id_prefix(request, fiches[0])
    if id_prefix is not None:
        return _toggle_response(request, fiches[0], store, id_prefix)
    if added:
        messages.success(
            request,
            ngettext(
                "%(n)s fiche added to your selection.",
                "%(n)s fiches added to your selection.",
                added,
            )
            % {"n": added},
        )
    else:
        messages.info(request, _("These fiches were already in your selection."))
    return redirect_next(request, reverse("clauses:selection"))


@require_POST
def selection_remove(request: HttpRequest) -> HttpResponse:
    store = SelectionStore(request)
    fiches = _selection_fiches(request)
    if not fiches:
        return HttpResponseBadRequest(_("No such fiche."))
    store.remove(fiches[0])
    id_prefix = _toggle_id_prefix(request, fiches[0])
    if id_prefix is not None:
        return _toggle_response(request, fiches[0], store, id_prefix)
    messages.success(
        request, _("“%(title)s” removed from your selection.") % {"title": fiches[0].title}
    )
    return redirect_next(request, reverse("clauses:selection"))


# Where a page lists a fiche twice (the Loi Climat kit), its toggle's id has one of these prefixes.
TOGGLE_ID_PREFIXES = ("", *(f"{r.code}-" for r in REQUIREMENTS))


def _toggle_id_prefix(request: HttpRequest, fiche: Fiche) -> str | None:
    """The id prefix of the htmx toggle that sent the request, None if it is not one."""
    for prefix in TOGGLE_ID_PREFIXES:
        if is_htmx(request, f"{prefix}selection-toggle-{fiche.slug}"):
            return prefix
    return None


def _toggle_response(
    request: HttpRequest, fiche: Fiche, store: SelectionStore, id_prefix: str = ""
) -> HttpResponse:
    return render(
        request,
        "clauses/_selection_toggle_response.html",
        {
            "fiche": fiche,
            "selection": store,
            "next": safe_next(request, ""),
            "id_prefix": id_prefix,
        },
    )


@require_GET
def selection_export(request: HttpRequest, fmt: str) -> HttpResponse:
    context = _selection_context(request)
    fiches = context["fiches"]
    if not fiches:
        messages.info(request, _("Your selection is empty: add fiches before exporting it."))
        return redirect("clauses:selection")
    stamp = timezone.localdate().isoformat()
    # The page's form sends "references" and "annex" when ticked; a plain link (no "options")
    # keeps the defaults: no reference line, no annex.
    options = exports.ExportOptions(
        title=str(request.GET.get("title", ""))[:200],
        references=request.GET.get("references") == "1",
        verification_annex=request.GET.get("annex") == "1",
    )
    if fmt == "docx":
        content = exports.selection_docx(fiches, options)
        mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        content = exports.selection_odt(fiches, options)
        mime = "application/vnd.oasis.opendocument.text"
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="selection-clauses-{stamp}.{fmt}"'
    return response
