"""Thin views: parse, check the permission, call a selector or a service, render."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from apure.audit import audit_log
from apure.errors import DomainError, form_error_from
from apure.exports import attachment_disposition, export_response
from apure.http import (
    check_object_permission,
    is_htmx,
    login_required,
    no_store,
    permission_required,
    redirect_next,
    safe_next,
    to_login,
)

from . import catalogue, exports, selectors, services
from .filters import FACETS
from .forms import FeedbackForm, FicheForm, ImportForm, KitForm, RequestChangesForm
from .loi_climat import REQUIREMENTS, SUMMARY, requirements_met
from .models import SLUG_RE, Feedback, Fiche
from .selection import SelectionStore
from .text import render_markdown

PAGE_SIZE = 20
COPIED_SESSION_KEY = "clauses_copied"


# Search


@require_GET
def fiche_list(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")[:1000]
    result = selectors.clause_search(user=request.user, query=query, params=request.GET)
    page = selectors.SearchPaginator(result, PAGE_SIZE).get_page(request.GET.get("page"))
    values = result.filterset.values
    params = [("q", result.plan.query)] if result.plan.query else []
    params += [(name, value) for name in FACETS for value in values[name]]
    querystring = urlencode(params)

    def without(name: str, value: str) -> str:
        rest = [(k, v) for k, v in params if not (k == name and v == value)]
        return "?" + urlencode(rest) if rest else reverse("clauses:list")

    applied = [
        {"name": name, "value": value, "label": label, "remove_url": without(name, value)}
        for name, pairs in result.applied.items()
        for value, label in pairs
    ]
    facet_legends = {f.name: f.legend for f in result.facets}
    ignored = [
        {"legend": facet_legends.get(name, name), "values": values_}
        for name, values_ in result.ignored.items()
    ]
    context = {
        "query": result.plan.query,
        "plan": result.plan,
        "facets": result.facets,
        "page": page,
        "count": page.paginator.count,
        "querystring": querystring,
        "applied": applied,
        "ignored": ignored,
        "selection": SelectionStore(request),
        "has_filters": bool(applied or result.plan.query),
    }
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
    return list(Fiche.objects.published().filter(slug__in=slugs).only("pk", "slug", "title"))


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
    if fmt == "docx":
        content = exports.selection_docx(fiches)
        mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        content = exports.selection_odt(fiches)
        mime = "application/vnd.oasis.opendocument.text"
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="selection-clauses-{stamp}.{fmt}"'
    return response


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


# Contribution and review


@require_http_methods(["GET", "POST"])
@permission_required("clauses.propose_fiche")
def fiche_propose(request: HttpRequest) -> HttpResponse:
    form = FicheForm(
        request.POST if request.method == "POST" else None, instance=Fiche(author=request.user)
    )
    if request.method == "POST" and form.is_valid():
        try:
            fiche = services.fiche_create(
                by=request.user,
                data=form.content(),
                segments=form.cleaned_data["segments"],
                themes=form.cleaned_data["themes"],
                slug=form.cleaned_data["slug"],
                submit="submit" in request.POST,
            )
        except DomainError as exc:
            form_error_from(form, exc)
        else:
            if fiche.status == Fiche.Status.REVIEW:
                messages.success(request, _("Thank you: your fiche has been sent for review."))
            else:
                messages.success(request, _("Your draft has been saved."))
            return redirect(fiche.get_absolute_url())
    return render(
        request,
        "clauses/fiche_form.html",
        {"form": form, "creating": True},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@login_required
def fiche_edit(request: HttpRequest, slug: str) -> HttpResponse:
    fiche = selectors.fiche_get_for_user_or_404(slug=slug, user=request.user)
    check_object_permission(request, "clauses.edit_fiche", fiche)
    form = FicheForm(
        request.POST if request.method == "POST" else None, instance=fiche, editing=True
    )
    # "Save and send for review" is the submit action: only for whoever may submit this fiche.
    submit = "submit" in request.POST
    if submit and not request.user.has_perm("clauses.submit_fiche", fiche):
        raise PermissionDenied
    if request.method == "POST" and form.is_valid():
        try:
            fiche = services.fiche_update(
                fiche=fiche,
                by=request.user,
                data=form.content(),
                segments=form.cleaned_data["segments"],
                themes=form.cleaned_data["themes"],
                submit=submit,
            )
        except DomainError as exc:
            form_error_from(form, exc)
        else:
            if submit:
                messages.success(request, _("The fiche has been saved and sent for review."))
            else:
                messages.success(request, _("The fiche has been saved."))
            return redirect(fiche.get_absolute_url())
    return render(
        request,
        "clauses/fiche_form.html",
        {"form": form, "fiche": fiche, "creating": False},
        status=400 if form.errors else 200,
    )


def _fiche_action(
    request: HttpRequest, slug: str, perm: str, action, *, moderation: bool = False
) -> HttpResponse:
    """A button of the "Manage this fiche" panel. For a moderation action that the fiche's
    status no longer allows (a page left open, a double click), staff get a message rather
    than a 403."""
    if not request.user.is_authenticated:
        return to_login(request)
    fiche = selectors.fiche_get_for_user_or_404(slug=slug, user=request.user)
    if (
        moderation
        and not request.user.has_perm(perm, fiche)
        and request.user.has_perm("clauses.moderate")
    ):
        messages.error(
            request,
            _("This action is not possible on a fiche whose status is “%(status)s”.")
            % {"status": fiche.get_status_display()},
        )
        return redirect_next(request, fiche.get_absolute_url())
    check_object_permission(request, perm, fiche)
    try:
        message = action(fiche)
    except DomainError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, message)
    return redirect_next(request, fiche.get_absolute_url())


@require_POST
def fiche_submit(request: HttpRequest, slug: str) -> HttpResponse:
    def action(fiche):
        services.fiche_submit(fiche=fiche, by=request.user)
        return _("Your fiche has been sent for review.")

    return _fiche_action(request, slug, "clauses.submit_fiche", action)


@require_POST
def fiche_publish(request: HttpRequest, slug: str) -> HttpResponse:
    def action(fiche):
        services.fiche_publish(fiche=fiche, by=request.user)
        return _("The fiche is published.")

    return _fiche_action(request, slug, "clauses.publish_fiche", action, moderation=True)


@require_POST
def fiche_archive(request: HttpRequest, slug: str) -> HttpResponse:
    def action(fiche):
        services.fiche_archive(fiche=fiche, by=request.user)
        return _("The fiche is archived.")

    return _fiche_action(request, slug, "clauses.archive_fiche", action, moderation=True)


@require_POST
def fiche_request_changes(request: HttpRequest, slug: str) -> HttpResponse:
    form = RequestChangesForm(request.POST)

    def action(fiche):
        if not form.is_valid():
            raise DomainError(_("Say what the author should change."))
        services.fiche_request_changes(
            fiche=fiche, by=request.user, comment=form.cleaned_data["comment"]
        )
        return _("The fiche has been sent back to its author.")

    return _fiche_action(request, slug, "clauses.request_changes", action, moderation=True)


@require_GET
@login_required
def fiche_history(request: HttpRequest, slug: str) -> HttpResponse:
    fiche = selectors.fiche_get_for_user_or_404(slug=slug, user=request.user)
    check_object_permission(request, "clauses.see_history", fiche)
    return render(
        request,
        "clauses/fiche_history.html",
        {"fiche": fiche, "entries": selectors.fiche_history(fiche=fiche)},
    )


@require_GET
@permission_required("clauses.propose_fiche")
def my_proposals(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "clauses/my_proposals.html",
        {"fiches": selectors.fiches_of_author(user=request.user)[:200]},
    )


@require_GET
@permission_required("clauses.moderate")
def moderation(request: HttpRequest) -> HttpResponse:
    queue = list(selectors.review_queue()[:200])
    return render(
        request,
        "clauses/moderation.html",
        {
            "in_review": [f for f in queue if f.status == Fiche.Status.REVIEW],
            "drafts": [f for f in queue if f.status == Fiche.Status.DRAFT],
            "feedbacks": list(selectors.feedback_pending()[:200]),
        },
    )


@require_POST
@permission_required("clauses.moderate")
def feedback_moderate(request: HttpRequest, pk: int) -> HttpResponse:
    feedback = get_object_or_404(Feedback, pk=pk)
    decision = request.POST.get("decision", "")
    try:
        feedback = services.feedback_moderate(feedback=feedback, by=request.user, decision=decision)
    except DomainError as exc:
        return HttpResponseBadRequest(str(exc))
    messages.success(
        request,
        _("The feedback is published.")
        if feedback.status == Feedback.Status.APPROVED
        else _("The feedback is rejected."),
    )
    return redirect("clauses:moderation")


# Catalogue (staff)


@require_GET
@permission_required("clauses.manage_catalogue")
def catalogue_export(request: HttpRequest, fmt: str) -> HttpResponse:
    fiches = (
        Fiche.objects.prefetch_related("themes", "segments__parent")
        .exclude(status=Fiche.Status.DRAFT)
        .order_by("slug")
    )
    rows = exports.catalogue_rows(fiches)
    if fmt == "csv":
        return export_response(
            request,
            fmt="csv",
            name="catalogue-clauses",
            columns=exports.CATALOGUE_CSV_COLUMNS,
            rows=exports.catalogue_csv_rows(rows),
            what="clauses.catalogue",
        )
    audit_log(actor=request.user, action="export", what="clauses.catalogue", format=fmt)
    response = HttpResponse(
        exports.catalogue_json(rows), content_type="application/json; charset=utf-8"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = attachment_disposition(f"catalogue-clauses-{stamp}.json")
    return no_store(response)


@require_http_methods(["GET", "POST"])
@permission_required("clauses.manage_catalogue")
def catalogue_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST if request.method == "POST" else None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        report = catalogue.catalogue_import(
            name=upload.name, content=upload.read(), by=request.user
        )
        if report.ok:
            messages.success(
                request,
                _("Import done: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.")
                % {
                    "created": report.created,
                    "updated": report.updated,
                    "unchanged": report.unchanged,
                },
            )
            return redirect("clauses:catalogue_import")
    status = 400 if (form.errors or (report is not None and not report.ok)) else 200
    return render(
        request, "clauses/catalogue_import.html", {"form": form, "report": report}, status=status
    )
