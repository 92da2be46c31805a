"""Staff pages: the review queue, feedback moderation, the catalogue's export and import."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from apure.audit import audit_log
from apure.errors import DomainError
from apure.exports import attachment_disposition, export_response
from apure.http import (
    permission_required,
)

from .. import catalogue, exports, selectors, services
from ..forms import ImportForm
from ..models import Feedback, Fiche


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
    feedback = selectors.feedback_get_or_404(pk=pk)
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
    rows = exports.catalogue_rows(selectors.catalogue_fiches())
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
    return response


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
