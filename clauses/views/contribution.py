"""Experts and staff write fiches; staff review them (the "Manage this fiche" panel)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from apure.errors import DomainError, form_error_from
from apure.http import (
    check_object_permission,
    login_required,
    permission_required,
    redirect_next,
    to_login,
)

from .. import selectors, services
from ..forms import FicheForm, RequestChangesForm
from ..models import Fiche

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


PROPOSALS_PAGE_SIZE = 20


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
    """The author's fiches, 20 a page, filtered by status (an unknown status shows them all)."""
    status = request.GET.get("status", "")
    status = status if status in Fiche.Status.values else ""
    fiches = selectors.fiches_of_author(user=request.user, status=status or None)
    page = Paginator(fiches, PROPOSALS_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "clauses/my_proposals.html",
        {
            "page": page,
            "fiches": page.object_list,
            "status": status,
            "statuses": Fiche.Status.choices,
            "querystring": urlencode({"status": status}) if status else "",
        },
    )
