"""The selections (baskets): add, remove, show, export as .docx or .odt; for a signed-in
buyer, several named selections (one per contract) to create, switch, rename, empty, delete."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from apure.errors import DomainError
from apure.http import (
    is_htmx,
    login_required,
    redirect_next,
    safe_next,
)

from .. import exports, selectors, services
from ..forms import SelectionForm
from ..loi_climat import REQUIREMENTS, SUMMARY
from ..models import SLUG_RE, Fiche, Selection
from ..selection import SelectionStore

# Selection


def _selection_context(request: HttpRequest, selection: Selection | None = None) -> dict:
    """What the selection page and the exports show: the active selection, or for a signed-in
    buyer the one named by `selection` (another person's is a 404)."""
    store = SelectionStore(request)
    if request.user.is_authenticated:
        selections = selectors.selections_for_user(request.user)
        if selection is None:
            selection = next((s for s in selections if s.is_active), None)
        ids = store.ids() if selection is None or selection.pk == store.selection_id else None
        if ids is None:
            ids = selectors.selection_fiche_ids(selection)
    else:
        selections, ids = [], store.ids()
    fiches = selectors.fiches_for_selection(ids)
    contract_type = selection.contract_type if selection else ""
    segment = selection.segment if selection else None
    return {
        "store": store,
        "selection": store,
        "current": selection,
        "selections": selections,
        "fiches": fiches,
        "groups": exports.grouped_by_tender_document(fiches),
        "coverage": selectors.kit_coverage(fiches, contract_type=contract_type, segment=segment),
        "loi_climat_summary": SUMMARY,
        "new_form": SelectionForm(auto_id="new-%s"),
        "edit_form": SelectionForm(
            auto_id="edit-%s",
            initial={
                "name": selection.name,
                "contract_type": selection.contract_type,
                "segment": selection.segment.slug if selection.segment else "",
            },
        )
        if selection
        else None,
    }


@require_GET
def selection_page(request: HttpRequest) -> HttpResponse:
    return render(request, "clauses/selection.html", _selection_context(request))


def _refuse(request: HttpRequest, errors: list[str]) -> HttpResponse:
    """The page again, with the reasons in French, as a 400: nothing was changed."""
    for error in errors:
        messages.error(request, error)
    return render(request, "clauses/selection.html", _selection_context(request), status=400)


def _form_errors(form: SelectionForm) -> list[str]:
    errors = [f"{field.label}{_(':')} {error}" for field in form for error in field.errors]
    return errors + list(form.non_field_errors())


@require_POST
@login_required
def selection_create(request: HttpRequest) -> HttpResponse:
    form = SelectionForm(request.POST)
    if not form.is_valid():
        return _refuse(request, _form_errors(form))
    try:
        selection = services.selection_create(user=request.user, **form.cleaned_data)
    except DomainError as exc:
        return _refuse(request, [str(exc)])
    else:
        messages.success(
            request,
            _("Selection “%(name)s” created: the fiches you add now go into it.")
            % {"name": selection.name},
        )
    return redirect("clauses:selection")


@require_POST
@login_required
def selection_activate(request: HttpRequest, pk: int) -> HttpResponse:
    selection = selectors.selection_get_for_user_or_404(user=request.user, pk=pk)
    services.selection_activate(user=request.user, selection=selection)
    messages.success(
        request,
        _("You are now working on “%(name)s”: the fiches you add go into it.")
        % {"name": selection.name},
    )
    return redirect_next(request, reverse("clauses:selection"))


@require_POST
@login_required
def selection_update(request: HttpRequest, pk: int) -> HttpResponse:
    selection = selectors.selection_get_for_user_or_404(user=request.user, pk=pk)
    form = SelectionForm(request.POST)
    if not form.is_valid():
        return _refuse(request, _form_errors(form))
    try:
        selection = services.selection_update(
            user=request.user, selection=selection, **form.cleaned_data
        )
    except DomainError as exc:
        return _refuse(request, [str(exc)])
    else:
        messages.success(request, _("Selection “%(name)s” saved.") % {"name": selection.name})
    return redirect("clauses:selection")


def _confirmed(request: HttpRequest) -> bool:
    return request.POST.get("confirm") == "yes"


@require_POST
@login_required
def selection_empty(request: HttpRequest, pk: int) -> HttpResponse:
    selection = selectors.selection_get_for_user_or_404(user=request.user, pk=pk)
    if not _confirmed(request):
        return _refuse(request, [_("Confirm that you want to empty this selection.")])
    services.selection_empty(user=request.user, selection=selection)
    messages.success(
        request,
        _("Selection “%(name)s” emptied: it keeps its name and contract.")
        % {"name": selection.name},
    )
    return redirect("clauses:selection")


@require_POST
@login_required
def selection_delete(request: HttpRequest, pk: int) -> HttpResponse:
    selection = selectors.selection_get_for_user_or_404(user=request.user, pk=pk)
    if not _confirmed(request):
        return _refuse(request, [_("Confirm that you want to delete this selection.")])
    active = services.selection_delete(user=request.user, selection=selection)
    message = _("Selection “%(name)s” deleted.") % {"name": selection.name}
    if active is not None and selection.is_active:
        message += " " + _("You are now working on “%(name)s”.") % {"name": active.name}
    messages.success(request, message)
    return redirect("clauses:selection")


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
    selection = None
    if request.user.is_authenticated and request.GET.get("selection"):
        selection = selectors.selection_get_for_user_or_404(
            user=request.user, pk=request.GET["selection"]
        )
    context = _selection_context(request, selection)
    fiches = context["fiches"]
    if not fiches:
        messages.info(request, _("Your selection is empty: add fiches before exporting it."))
        return redirect("clauses:selection")
    current = context["current"]
    stamp = timezone.localdate().isoformat()
    # The page's form sends "references" and "annex" when ticked; a plain link (no "options")
    # keeps the defaults: no reference line, no annex. A signed-in buyer's document is titled
    # with the selection's name unless they typed another title.
    title = str(request.GET.get("title", ""))[:200].strip() or (current.name if current else "")
    options = exports.ExportOptions(
        title=title,
        references=request.GET.get("references") == "1",
        verification_annex=request.GET.get("annex") == "1",
    )
    if fmt == "docx":
        content = exports.selection_docx(fiches, options)
        mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        content = exports.selection_odt(fiches, options)
        mime = "application/vnd.oasis.opendocument.text"
    name = slugify(current.name)[:60].strip("-") if current else ""
    filename = f"clauses-{name}-{stamp}" if name else f"selection-clauses-{stamp}"
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response
