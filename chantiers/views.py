"""Thin views: parse, check the permission, call a selector or a service, render."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from apure.errors import DomainError, form_error_from
from apure.exports import Column, export_response
from apure.files import private_file_response
from apure.http import (
    check_object_permission,
    login_required,
    no_store,
    permission_required,
    redirect_next,
    to_login,
)

from . import selectors, services
from .forms import (
    BallotForm,
    CallForm,
    ChantierSearchForm,
    DeliverableForm,
    ProgressForm,
    ProposalForm,
    ReviewForm,
    SelectionForm,
)
from .models import Phase, Theme

# The listing


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    form = ChantierSearchForm(request.GET or None)
    theme = query = ""
    if form.is_valid():
        theme, query = form.cleaned_data["theme"], form.cleaned_data["q"].strip()
    chantiers = list(selectors.chantier_search(theme=theme, query=query)[:100])
    context = {
        "calls": list(selectors.calls_for_index(user=request.user)[:50]),
        "form": form if form.is_bound else ChantierSearchForm(),
        "running": [c for c in chantiers if c.status == "running"],
        "delivered": [c for c in chantiers if c.status == "delivered"],
        "searching": bool(theme or query),
        "themes": Theme,
    }
    return render(request, "chantiers/index.html", context)


# Calls


@require_GET
def call_detail(request: HttpRequest, slug: str) -> HttpResponse:
    user = request.user
    call = selectors.call_get_for_user_or_404(slug=slug, user=user)
    context = {
        "call": call,
        "proposals": selectors.call_proposals(call=call, user=user),
        "Phase": Phase,
        "can_propose": user.has_perm("chantiers.propose") and call.phase == Phase.PROPOSALS,
        "ballot": selectors.ballot_of(call=call, voter=user)
        if call.phase == Phase.VOTING
        else None,
        "is_member": user.has_perm("chantiers.vote"),
    }
    if user.has_perm("chantiers.see_counts", call):
        context["results"] = selectors.call_counts(call=call)
        context["turnout"] = selectors.call_turnout(call=call)
    response = render(request, "chantiers/call_detail.html", context)
    return response


@require_http_methods(["GET", "POST"])
@permission_required("chantiers.manage")
def call_create(request: HttpRequest) -> HttpResponse:
    form = CallForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            call = services.call_create(by=request.user, data=form.cleaned_data)
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(request, _("The call is saved as a draft. Publish it when ready."))
            return redirect(call)
    return render(
        request,
        "chantiers/call_form.html",
        {"form": form, "creating": True},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@permission_required("chantiers.manage")
def call_edit(request: HttpRequest, slug: str) -> HttpResponse:
    call = selectors.call_get_for_user_or_404(slug=slug, user=request.user)
    form = CallForm(request.POST or None, instance=call)
    if request.method == "POST" and form.is_valid():
        try:
            call = services.call_update(call=call, by=request.user, data=form.cleaned_data)
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(request, _("The call has been saved."))
            return redirect(call)
    return render(
        request,
        "chantiers/call_form.html",
        {"form": form, "call": call, "creating": False},
        status=400 if form.errors else 200,
    )


def _call_action(request: HttpRequest, slug: str, action, done: str) -> HttpResponse:
    call = selectors.call_get_for_user_or_404(slug=slug, user=request.user)
    try:
        action(call)
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    return redirect_next(request, call.get_absolute_url())


@require_POST
@permission_required("chantiers.manage")
def call_publish(request: HttpRequest, slug: str) -> HttpResponse:
    return _call_action(
        request,
        slug,
        lambda call: services.call_publish(call=call, by=request.user),
        _("The call is published."),
    )


@require_POST
@permission_required("chantiers.manage")
def call_close(request: HttpRequest, slug: str) -> HttpResponse:
    return _call_action(
        request,
        slug,
        lambda call: services.call_close(call=call, by=request.user),
        _("The call is closed."),
    )


# Proposals


@require_http_methods(["GET", "POST"])
@permission_required("chantiers.propose")
def proposal_create(request: HttpRequest, slug: str) -> HttpResponse:
    call = selectors.call_get_for_user_or_404(slug=slug, user=request.user)
    refusal = services.proposer_refusal(call=call, user=request.user)
    form = ProposalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        collective = data.pop("collective")
        try:
            proposal = services.proposal_submit(
                call=call, by=request.user, data=data, collective=collective
            )
        except DomainError as error:
            form_error_from(form, error)
            refusal = services.proposer_refusal(call=call, user=request.user)
        else:
            messages.success(
                request,
                _(
                    "Your proposal is registered. The people of the collective have been "
                    "invited; the network staff will review its eligibility."
                ),
            )
            return redirect(proposal)
    return render(
        request,
        "chantiers/proposal_form.html",
        {"form": form, "call": call, "creating": True, "refusal": refusal},
        status=400 if form.errors else 200,
    )


@require_GET
def proposal_detail(request: HttpRequest, slug: str, proposal_slug: str) -> HttpResponse:
    call = selectors.call_get_for_user_or_404(slug=slug, user=request.user)
    proposal = selectors.proposal_get_for_user_or_404(
        call=call, slug=proposal_slug, user=request.user
    )
    context = {
        "call": call,
        "proposal": proposal,
        "review_form": ReviewForm(
            initial={
                "eligible": "0" if proposal.eligibility == "ineligible" else "1",
                "reason": proposal.eligibility_reason,
            }
        ),
        "can_review": request.user.has_perm("chantiers.review_proposal", proposal)
        and call.phase in (Phase.DRAFT, Phase.ANNOUNCED, Phase.PROPOSALS, Phase.REVIEW),
    }
    response = render(request, "chantiers/proposal_detail.html", context)
    return response


@require_http_methods(["GET", "POST"])
@login_required
def proposal_edit(request: HttpRequest, slug: str, proposal_slug: str) -> HttpResponse:
    call = selectors.call_get_for_user_or_404(slug=slug, user=request.user)
    proposal = selectors.proposal_get_for_user_or_404(
        call=call, slug=proposal_slug, user=request.user
    )
    check_object_permission(request, "chantiers.edit_proposal", proposal)
    initial = {"collective": services.collective_as_text(proposal)}
    form = ProposalForm(request.POST or None, instance=proposal, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        collective = data.pop("collective")
        try:
            proposal = services.proposal_update(
                proposal=proposal, by=request.user, data=data, collective=collective
            )
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(request, _("Your proposal has been saved."))
            return redirect(proposal)
    return render(
        request,
        "chantiers/proposal_form.html",
        {"form": form, "call": call, "proposal": proposal, "creating": False},
        status=400 if form.errors else 200,
    )


@require_POST
@permission_required("chantiers.manage")
def proposal_review(request: HttpRequest, slug: str, proposal_slug: str) -> HttpResponse:
    call = selectors.call_get_for_user_or_404(slug=slug, user=request.user)
    proposal = selectors.proposal_get_for_user_or_404(
        call=call, slug=proposal_slug, user=request.user
    )
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose eligible or not eligible."))
    else:
        try:
            services.proposal_review(proposal=proposal, by=request.user, **form.cleaned_data)
        except DomainError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Eligibility recorded; the lead has been told.")
                if form.cleaned_data["eligible"]
                else _("Marked not eligible; the lead has been told why."),
            )
    return redirect_next(request, proposal.get_absolute_url())


# Collective invitations


@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    if not request.user.is_authenticated:
        return to_login(request)
    member = services.invitation_read(token[:500])
    if member is None:
        raise Http404
    if request.method == "POST":
        try:
            services.collective_confirm(member=member, user=request.user)
        except DomainError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("You have joined the collective of “%(title)s”.")
                % {"title": member.proposal.title},
            )
            return redirect(member.proposal)
    return no_store(
        render(
            request,
            "chantiers/invitation.html",
            {"member": member, "proposal": member.proposal, "token": token},
        )
    )


# The ballot


@require_http_methods(["GET", "POST"])
@permission_required("chantiers.vote")
def ballot(request: HttpRequest, slug: str) -> HttpResponse:
    user = request.user
    call = selectors.call_get_for_user_or_404(slug=slug, user=user)
    refusal = services.voter_refusal(call=call, voter=user)
    if request.method == "POST":
        BallotForm(request.POST)
        choices = request.POST.getlist("choice")[:100]
        try:
            services.ballot_cast(call=call, voter=user, proposal_ids=choices)
        except DomainError as error:
            messages.error(request, str(error))
            status = 400
        else:
            messages.success(
                request,
                _("Your ballot is recorded. You can change it until the vote closes on %(date)s.")
                % {"date": _paris(call.voting_closes_at)},
            )
            return redirect("chantiers:ballot", slug=call.slug)
    else:
        status = 200
    if refusal is None:
        options, state = selectors.ballot_options_and_state(call=call, voter=user)
    else:
        options, state = [], selectors.ballot_of(call=call, voter=user)
    context = {
        "call": call,
        "options": options,
        "refusal": refusal,
        "ballot": state,
    }
    return render(request, "chantiers/ballot.html", context, status=status)


def _paris(value) -> str:
    return date_format(timezone.localtime(value), "l j F Y, G \\h i")


# Results


@require_http_methods(["GET", "POST"])
@permission_required("chantiers.manage")
def results(request: HttpRequest, slug: str) -> HttpResponse:
    call = selectors.call_get_for_user_or_404(slug=slug, user=request.user)
    context: dict = {"call": call}
    if not call.vote_closed():
        return render(request, "chantiers/results.html", context)
    rows = selectors.call_counts(call=call)
    default, tie = services.default_selection(rows, call.seats)
    selected = {row["proposal"].pk for row in rows if row["proposal"].selected}
    initial = {"proposals": sorted(selected or default), "reason": call.selection_reason}
    form = SelectionForm(request.POST or None, rows=rows, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.selection_confirm(
                    call=call,
                    by=request.user,
                    proposal_ids=form.cleaned_data["proposals"],
                    reason=form.cleaned_data["reason"],
                )
            except DomainError as error:
                form_error_from(form, error)
            else:
                messages.success(
                    request, _("The selection is confirmed. Publish the results when ready.")
                )
                return redirect("chantiers:results", slug=call.slug)
        status = 400
    boundary = rows[call.seats - 1]["votes"] if len(rows) >= call.seats else None
    context.update(
        rows=rows,
        form=form,
        tie=tie,
        boundary=boundary,
        turnout=selectors.call_turnout(call=call),
    )
    return render(request, "chantiers/results.html", context, status=status)


@require_POST
@permission_required("chantiers.manage")
def results_publish(request: HttpRequest, slug: str) -> HttpResponse:
    return _call_action(
        request,
        slug,
        lambda call: services.results_publish(call=call, by=request.user),
        _("The results are published and the leads have been told."),
    )


def audit_columns() -> list[Column]:
    return [
        Column("voter", _("Pseudonymous voter"), 20),
        Column("cast_at", _("First cast"), 18),
        Column("updated_at", _("Last changed"), 18),
        Column("revision", _("Changes"), 10),
        Column("proposal_id", _("Proposal number"), 12),
        Column("proposal", _("Proposal"), 50),
    ]


@require_GET
@permission_required("chantiers.manage")
def audit_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    call = selectors.call_get_for_user_or_404(slug=slug, user=request.user)
    if not call.vote_closed():
        messages.error(request, _("The ballots can be exported once the vote has closed."))
        return redirect(call)
    return export_response(
        request,
        fmt=fmt,
        name=f"depouillement-{call.slug}"[:80],
        columns=audit_columns(),
        rows=selectors.audit_rows(call=call),
        what="chantiers.ballots",
        filters={"call": call.slug},
    )


# Chantiers


@require_GET
def chantier_detail(request: HttpRequest, slug: str) -> HttpResponse:
    chantier = selectors.chantier_get_or_404(slug=slug)
    user = request.user
    team = user.has_perm("chantiers.post_progress", chantier)
    context = {
        "chantier": chantier,
        "proposal": chantier.proposal,
        "progress": selectors.chantier_progress(chantier=chantier),
        "deliverables": selectors.chantier_deliverables(chantier=chantier, user=user),
        "team": team,
        "progress_form": ProgressForm() if team else None,
        "deliverable_form": DeliverableForm() if team else None,
    }
    response = render(request, "chantiers/chantier_detail.html", context)
    return response


def _chantier_for(request: HttpRequest, slug: str, perm: str):
    chantier = selectors.chantier_get_or_404(slug=slug)
    check_object_permission(request, perm, chantier)
    return chantier


@require_POST
@login_required
def progress_add(request: HttpRequest, slug: str) -> HttpResponse:
    chantier = _chantier_for(request, slug, "chantiers.post_progress")
    form = ProgressForm(request.POST)
    if form.is_valid():
        try:
            services.progress_add(chantier=chantier, by=request.user, **form.cleaned_data)
        except DomainError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The progress entry is added."))
            return redirect(chantier.get_absolute_url() + "#avancement")
    else:
        for field in form:
            for error in field.errors:
                messages.error(request, f"{field.label} : {error}")
    return redirect(chantier.get_absolute_url() + "#avancement")


@require_POST
@login_required
def deliverable_add(request: HttpRequest, slug: str) -> HttpResponse:
    chantier = _chantier_for(request, slug, "chantiers.add_deliverable")
    form = DeliverableForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.deliverable_add(
                chantier=chantier,
                by=request.user,
                title=data["title"],
                description=data["description"],
                url=data["url"],
                licence=data["licence"],
                upload=data["upload"] or None,
            )
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(
                request, _("The deliverable is added. The network staff will publish it.")
            )
            return redirect(chantier.get_absolute_url() + "#livrables")
    context = {
        "chantier": chantier,
        "proposal": chantier.proposal,
        "progress": selectors.chantier_progress(chantier=chantier),
        "deliverables": selectors.chantier_deliverables(chantier=chantier, user=request.user),
        "team": True,
        "progress_form": ProgressForm(),
        "deliverable_form": form,
    }
    return render(request, "chantiers/chantier_detail.html", context, status=400)


@require_GET
def deliverable_download(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    chantier = selectors.chantier_get_or_404(slug=slug)
    deliverable = selectors.deliverable_get_for_user_or_404(
        chantier=chantier, pk=pk, user=request.user
    )
    upload = getattr(deliverable, "upload", None)
    if upload is None:
        if deliverable.url:
            return redirect(deliverable.url)
        raise Http404
    return private_file_response(upload)


@require_POST
@permission_required("chantiers.publish_deliverable")
def deliverable_publish(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    chantier = selectors.chantier_get_or_404(slug=slug)
    deliverable = selectors.deliverable_get_for_user_or_404(
        chantier=chantier, pk=pk, user=request.user
    )
    try:
        services.deliverable_publish(deliverable=deliverable, by=request.user)
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The deliverable is published as a common resource."))
    return redirect(chantier.get_absolute_url() + "#livrables")


@require_POST
@permission_required("chantiers.manage")
def chantier_deliver(request: HttpRequest, slug: str) -> HttpResponse:
    chantier = selectors.chantier_get_or_404(slug=slug)
    try:
        services.chantier_deliver(chantier=chantier, by=request.user)
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The chantier is marked delivered."))
    return redirect(chantier)
