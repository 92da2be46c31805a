"""Thin views: parse, check the permission, call a selector or a service, render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.cache import caches
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from apure.caching import cached
from apure.errors import DomainError, form_error_from
from apure.exports import Column, export_response
from apure.files import private_file_response
from apure.http import (
    check_object_permission,
    is_htmx,
    login_required,
    permission_required,
    redirect_next,
    to_login,
)
from apure.render_once import render_once
from clauses.selectors import segments_for_choice

from . import selectors, services, stats
from .apps import FAQ_NAMESPACE
from .forms import (
    KEPT_FIELDS,
    AssignForm,
    CloseForm,
    FaqSearchForm,
    MessageForm,
    NoteForm,
    PeriodForm,
    QAForm,
    QueueFilterForm,
    RatingForm,
    RedirectForm,
    RequestForm,
    TimeEntryForm,
)
from .models import KIND_HELP, QA, Attachment, Kind, Request, TimeEntry
from .templatetags.guichet_render import exchange_items

DRAFT_KEY = "guichet_draft"
PAGE_SIZE = 25


# The service page and the request form


@require_http_methods(["GET", "POST"])
def index(request: HttpRequest) -> HttpResponse:
    user = request.user
    can_submit = user.has_perm("guichet.submit_request")
    form = None
    if request.method == "POST":
        if not user.is_authenticated:
            # What the visitor typed waits in their session while they sign in or sign up.
            request.session[DRAFT_KEY] = {
                name: request.POST.get(name, "")[:12000] for name in KEPT_FIELDS
            }
            messages.info(
                request,
                _(
                    "Sign in or create your account to send your question: what you typed is "
                    "kept (attach your documents again)."
                ),
            )
            return redirect_to_login(reverse("guichet:index") + "#demande")
        if not can_submit:
            raise PermissionDenied
        form = RequestForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            try:
                obj, created = services.request_submit(
                    by=user,
                    token=data["token"],
                    kind=data["kind"],
                    subject=data["subject"],
                    question=data["question"],
                    segment=data["segment"],
                    channel=data["channel"],
                    availability=data["availability"],
                    uploads=data["attachments"],
                )
            except DomainError as error:
                form_error_from(form, error)
            else:
                request.session.pop(DRAFT_KEY, None)
                if created:
                    messages.success(
                        request,
                        _(
                            "Your request is registered under the reference %(reference)s. "
                            "An advisor will contact you; a confirmation email is on its way."
                        )
                        % {"reference": obj.reference},
                    )
                else:
                    messages.info(
                        request,
                        _("This request was already sent (reference %(reference)s).")
                        % {"reference": obj.reference},
                    )
                return redirect(obj.get_absolute_url())
    if form is None:
        draft = request.session.get(DRAFT_KEY) if user.is_authenticated else None
        form = RequestForm(initial=dict(draft or {}))
        if draft and can_submit:
            messages.info(request, _("Your question is back in the form: check it and send it."))
    context = {
        "form": form,
        "can_submit": can_submit,
        "kinds": [(value, label, KIND_HELP[value]) for value, label in Kind.choices],
        "recent_qas": list(selectors.published_qas()[:3]),
    }
    response = render(request, "guichet/index.html", context, status=400 if form.errors else 200)
    return response


# The buyer's side


@require_GET
@permission_required("guichet.list_requests")
def request_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(selectors.requests_for_buyer(user=request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "guichet/request_list.html", {"page": page})


# The request page's addresses are reversed once per process with a placeholder reference,
# then filled in: a dozen reverse() calls were a tenth of that page's rendering.
PAGE_URLS = (
    "rate",
    "reply",
    "note",
    "withdraw",
    "take",
    "assign",
    "time",
    "close",
    "redirect",
    "capitalise",
)
PLACEHOLDER_REFERENCE, PLACEHOLDER_PK = "GV-0000-0000", "987654321"
_url_templates: dict[tuple, dict[str, str]] = {}


def _page_urls(reference: str) -> dict[str, str]:
    key = (get_urlconf(), get_script_prefix())
    templates = _url_templates.get(key)
    if templates is None:
        templates = {name: reverse(f"guichet:{name}") for name in ("index", "queue", "requests")}
        templates |= {
            name: reverse(f"guichet:{name}", args=[PLACEHOLDER_REFERENCE]) for name in PAGE_URLS
        }
        templates["time_edit"] = reverse(
            "guichet:time_edit", args=[PLACEHOLDER_REFERENCE, PLACEHOLDER_PK]
        )
        _url_templates[key] = templates
    return {name: url.replace(PLACEHOLDER_REFERENCE, reference) for name, url in templates.items()}


REQUESTER_SIDE_PERMS = {
    "reply": "guichet.reply_as_requester",
    "withdraw": "guichet.withdraw_request",
    "rate": "guichet.rate_request",
}
ADVISOR_SIDE_PERMS = {
    "answer": "guichet.reply_as_advisor",
    "note": "guichet.add_note",
    "take": "guichet.take_request",
    "assign": "guichet.assign_request",
    "time": "guichet.log_time",
    "close": "guichet.close_request",
    "redirect": "guichet.redirect_request",
    "capitalise": "guichet.capitalise",
}


def _detail_context(user, obj: Request, **forms: Any) -> dict[str, Any]:
    urls = _page_urls(obj.reference)
    context = {"req": obj, "urls": urls, **selectors.request_page(request=obj, user=user)}
    can = {name: user.has_perm(perm, obj) for name, perm in REQUESTER_SIDE_PERMS.items()}
    # Each advisors' side action requires being on that side (guichet/permissions.py): a buyer
    # is not asked about each of them.
    advisor_side = context["advisor_side"]
    can |= {
        name: advisor_side and user.has_perm(perm, obj) for name, perm in ADVISOR_SIDE_PERMS.items()
    }
    if can["answer"]:
        can["reply"] = False  # the advisors' side answers; it does not reply as the buyer
    context["can"] = can
    if can["reply"] or can["answer"]:
        context["message_form"] = forms.get("message_form") or MessageForm()
    if can["note"]:
        context["note_form"] = forms.get("note_form") or NoteForm()
    if can["assign"]:
        context["assign_form"] = forms.get("assign_form") or AssignForm(
            suggestions=_suggestions(obj), people=_filter_choices()[0]
        )
    if can["time"]:
        context["time_form"] = forms.get("time_form") or TimeEntryForm()
        today = timezone.localdate()
        for entry in context.get("time_entries", []):
            entry.editable = entry.author_id == user.pk and (
                timezone.localdate(entry.created_at) == today
            )
            if entry.editable:
                entry.edit_url = urls["time_edit"].replace(PLACEHOLDER_PK, str(entry.pk))
    if can["close"]:
        context["close_form"] = forms.get("close_form") or CloseForm()
    if can["redirect"]:
        context["redirect_form"] = forms.get("redirect_form") or RedirectForm()
    if can["rate"]:
        context["rating_form"] = forms.get("rating_form") or RatingForm()
    return context


def _suggestions(obj: Request) -> list:
    """Ranked suggestions when a new request is first assigned; a reassignment lists the
    advisors and experts by name (the ranking reads every past assignment)."""
    return selectors.assignee_suggestions(request=obj) if obj.state == "new" else []


def _detail_page_context(user, obj: Request, **forms: Any) -> dict[str, Any]:
    context = _detail_context(user, obj, **forms)
    exchange = selectors.request_exchange(request=obj, advisor_side=context["advisor_side"])
    context["exchange_html"] = exchange_items(exchange, obj.reference)
    return context


def _detail(request: HttpRequest, obj: Request, status: int = 200, **forms: Any) -> HttpResponse:
    """The page with a refused form and its errors."""
    context = _detail_page_context(request.user, obj, **forms)
    return render(request, "guichet/request_detail.html", context, status=status)


def _viewer(user) -> tuple:
    """Everything guichet/permissions.py reads of a person."""
    return (
        user.pk,
        user.is_superuser,
        tuple(sorted(user.role_names)),
        user.organisation_id,
        user.organisation_confirmed,
    )


@require_GET
@login_required
def request_detail(request: HttpRequest, reference: str) -> HttpResponse:
    user, reference = request.user, reference[:20]

    def context() -> dict[str, Any]:
        obj = selectors.request_page_get_or_404(reference=reference, user=user)
        return _detail_page_context(user, obj)

    # Rendered once per version of the Guichet's data (its services bump it with every change
    # to a request, its Q&As theirs), per person and per minute at most (names, admin edits
    # and "editable today" move without a bump); the header, the messages and the CSRF token
    # are put in per response (apure.render_once). A page found here was rendered after the
    # permission check, for this person with these roles, at this version: a 404 is not kept.
    minute = timezone.localtime().strftime("%Y%m%d%H%M")
    return render_once(
        request,
        "guichet/request_detail.html",
        namespaces=("guichet", FAQ_NAMESPACE),
        key=("request", reference, _viewer(user), minute),
        context=context,
        personal_state=(),
    )


def _action(
    request: HttpRequest,
    reference: str,
    perm: str,
    form_class: type | None,
    form_name: str,
    act: Callable[[Request, dict], str],
) -> HttpResponse:
    """POST on a request: fetch it (404 if not visible), check the permission (403), validate
    the form (the page again with its errors), call the service (its refusal as a message)."""
    if not request.user.is_authenticated:
        return to_login(request)
    obj = selectors.request_get_for_user_or_404(reference=reference, user=request.user)
    check_object_permission(request, perm, obj)
    data: dict = {}
    form = None
    if form_class is not None:
        kwargs = {}
        if form_class is AssignForm:
            kwargs["suggestions"] = _suggestions(obj)
        form = form_class(request.POST, request.FILES, **kwargs)
        if not form.is_valid():
            return _detail(request, obj, status=400, **{form_name: form})
        data = form.cleaned_data
    try:
        message = act(obj, data)
    except DomainError as error:
        if form is not None and error.field in form.fields:
            form_error_from(form, error)
            return _detail(request, obj, status=400, **{form_name: form})
        messages.error(request, str(error))
    else:
        messages.success(request, message)
    return redirect_next(request, obj.get_absolute_url())


@require_POST
def request_reply(request: HttpRequest, reference: str) -> HttpResponse:
    def act(obj: Request, data: dict) -> str:
        services.message_post(
            request=obj, by=request.user, body=data["body"], uploads=data["attachments"]
        )
        return _("Your reply has been sent.")

    user = request.user
    perm = "guichet.reply_as_requester"
    if user.is_authenticated and user.has_perm("guichet.add_note", _peek(request, reference)):
        perm = "guichet.reply_as_advisor"
    return _action(request, reference, perm, MessageForm, "message_form", act)


def _peek(request: HttpRequest, reference: str) -> Request | None:
    return (
        Request.objects.filter(reference=reference[:20]).only("pk", "assignee_id", "state").first()
    )


@require_POST
def request_note(request: HttpRequest, reference: str) -> HttpResponse:
    def act(obj: Request, data: dict) -> str:
        services.message_post(request=obj, by=request.user, body=data["body"], internal=True)
        return _("The internal note is saved.")

    return _action(request, reference, "guichet.add_note", NoteForm, "note_form", act)


@require_POST
def request_take(request: HttpRequest, reference: str) -> HttpResponse:
    def act(obj: Request, data: dict) -> str:
        services.request_take(request=obj, by=request.user)
        return _("You have taken request %(reference)s.") % {"reference": obj.reference}

    # Any advisor may try: the service tells the loser of a race who has the request.
    return _action(request, reference, "guichet.take_any_request", None, "", act)


@require_POST
def request_assign(request: HttpRequest, reference: str) -> HttpResponse:
    def act(obj: Request, data: dict) -> str:
        services.request_assign(request=obj, by=request.user, assignee=data["assignee"])
        return _("Request assigned to %(name)s.") % {"name": data["assignee"]}

    return _action(request, reference, "guichet.assign_request", AssignForm, "assign_form", act)


@require_POST
def time_create(request: HttpRequest, reference: str) -> HttpResponse:
    def act(obj: Request, data: dict) -> str:
        entry = services.time_entry_create(request=obj, by=request.user, **data)
        return _("%(minutes)s minutes logged.") % {"minutes": entry.minutes}

    return _action(request, reference, "guichet.log_time", TimeEntryForm, "time_form", act)


@require_http_methods(["GET", "POST"])
@login_required
def time_edit(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    obj = selectors.request_get_for_user_or_404(reference=reference, user=request.user)
    check_object_permission(request, "guichet.log_time", obj)
    entry = get_object_or_404(TimeEntry, pk=pk, request=obj)
    if not services.time_entry_editable(entry, request.user):
        raise PermissionDenied
    initial = {"date": entry.date, "minutes": entry.minutes, "channel": entry.channel}
    initial["note"] = entry.note
    form = TimeEntryForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.time_entry_update(entry=entry, by=request.user, **form.cleaned_data)
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(request, _("The time entry is corrected."))
            return redirect(obj.get_absolute_url() + "#temps")
    return render(
        request,
        "guichet/time_edit.html",
        {"req": obj, "entry": entry, "form": form},
        status=400 if form.errors else 200,
    )


@require_POST
def request_close(request: HttpRequest, reference: str) -> HttpResponse:
    def act(obj: Request, data: dict) -> str:
        services.request_close(request=obj, by=request.user, summary=data["summary"])
        return _("The request is closed; the buyer is asked to rate the answer.")

    return _action(request, reference, "guichet.close_request", CloseForm, "close_form", act)


@require_POST
def request_redirect(request: HttpRequest, reference: str) -> HttpResponse:
    def act(obj: Request, data: dict) -> str:
        services.request_redirect(request=obj, by=request.user, to=data["to"])
        return _("The request is redirected; the buyer has been told.")

    return _action(
        request, reference, "guichet.redirect_request", RedirectForm, "redirect_form", act
    )


@require_POST
def request_withdraw(request: HttpRequest, reference: str) -> HttpResponse:
    def act(obj: Request, data: dict) -> str:
        services.request_withdraw(request=obj, by=request.user)
        return _("Your request is withdrawn.")

    return _action(request, reference, "guichet.withdraw_request", None, "", act)


@require_POST
def request_rate(request: HttpRequest, reference: str) -> HttpResponse:
    def act(obj: Request, data: dict) -> str:
        services.request_rate(
            request=obj, by=request.user, rating=data["rating"], comment=data["comment"]
        )
        return _("Thank you for your rating.")

    return _action(request, reference, "guichet.rate_request", RatingForm, "rating_form", act)


@require_GET
@login_required
def attachment_download(request: HttpRequest, reference: str, pk: int) -> HttpResponse:
    obj = selectors.request_get_for_user_or_404(reference=reference, user=request.user)
    attachment = get_object_or_404(Attachment.objects.select_related("message"), pk=pk, request=obj)
    internal = attachment.message_id and attachment.message.internal
    if internal and not request.user.has_perm("guichet.add_note", obj):
        raise Http404
    return private_file_response(attachment)


@require_POST
def request_capitalise(request: HttpRequest, reference: str) -> HttpResponse:
    if not request.user.is_authenticated:
        return to_login(request)
    obj = selectors.request_get_for_user_or_404(reference=reference, user=request.user)
    check_object_permission(request, "guichet.capitalise", obj)
    try:
        qa = services.qa_create_from_request(request=obj, by=request.user)
    except DomainError as error:
        messages.error(request, str(error))
        return redirect(obj.get_absolute_url())
    messages.success(
        request,
        _("A draft Q&A is ready: remove every name of person or organisation before publishing."),
    )
    return redirect("guichet:qa_edit", pk=qa.pk)


# The advisors' queue


def _filter_choices() -> tuple[list, list]:
    """The people and segments the queue filters offer (and the people the assign form
    lists), kept a minute per process: they change rarely, and a new advisor appears in the
    filter within a minute."""
    choices = caches["local"].get("guichet:queue-choices")
    if choices is None:
        users = [(u.pk, str(u)) for u in selectors.assignable_users()]
        segments = [(s.pk, f"{s.parent.name} › {s.name}") for s in segments_for_choice()]
        choices = (users, segments)
        caches["local"].set("guichet:queue-choices", choices, 60)
    return choices


CSRF_PLACEHOLDER = "<!--guichet-csrf-->"


@require_GET
@permission_required("guichet.view_queue")
def queue(request: HttpRequest) -> HttpResponse:
    user = request.user
    users, segments = _filter_choices()
    form = QueueFilterForm(request.GET or None, users=users, segments=segments)
    values = form.values() if form.is_bound else {}
    query = urlencode([(name, values[name]) for name in form.fields if name in values])
    can_take = user.has_perm("guichet.take_request", Request(state="new"))
    desk = user.has_perm("guichet.view_statistics")
    next_path = request.get_full_path()
    number = request.GET.get("page", "1")[:12]
    now = timezone.now()

    def region() -> str:
        page = Paginator(selectors.queue(user=user, filters=values, now=now), PAGE_SIZE)
        page = page.get_page(number)
        selectors.label_rows(page.object_list)
        context = {
            "page": page,
            "query": query,
            "can_take": can_take,
            "next": next_path,
            "csrf_input": mark_safe(CSRF_PLACEHOLDER),  # noqa: S308  (a constant)
        }
        return render_to_string("guichet/_queue_region.html", context, request=request)

    # The rendered list is kept until a request changes (every service bumps the "guichet"
    # version) and for the current minute at most (a request becomes overdue with time).
    # Everyone on the desk sees the same rows, except for "me"; an expert sees theirs.
    scope = "desk" if desk and values.get("assignee") != "me" else f"user:{user.pk}"
    key = ("queue", scope, sorted(values.items()), number, can_take, next_path, now.minute)
    html = cached("guichet", (*key, now.strftime("%Y%m%d%H")), region, timeout=60)
    token = format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request)
    )
    region_html = mark_safe(html.replace(CSRF_PLACEHOLDER, token))  # noqa: S308  (rendered, escaped)
    if is_htmx(request, "queue-region"):
        response = HttpResponse(region_html)
    else:
        context = {
            "form": form,
            "selects": form.selects(),
            "region_html": region_html,
            # The figures follow the list's rules: kept until a request changes, a minute at most.
            "counts": cached(
                "guichet",
                ("queue-counts", user.pk, now.strftime("%Y%m%d%H%M")),
                lambda: selectors.queue_counts(user=user, now=now),
                timeout=60,
            ),
        }
        response = render(request, "guichet/queue.html", context)
    patch_vary_headers(response, ("HX-Request", "HX-Target"))
    return response


# Statistics and exports


@require_GET
@permission_required("guichet.view_statistics")
def statistics_page(request: HttpRequest) -> HttpResponse:
    form = PeriodForm(request.GET or None)
    period = form.period(timezone.localdate())
    query = urlencode(
        {
            "start": period.start.strftime("%Y-%m"),
            "end": stats.add_months(period.end, -1).strftime("%Y-%m"),
        }
    )
    context = {
        "form": form,
        "period": period,
        "last_month": stats.add_months(period.end, -1),
        "query": query,
        "s": stats.statistics_for(period),
        "target_low": stats.TARGET_LOW,
        "target_high": stats.TARGET_HIGH,
    }
    return render(request, "guichet/statistics.html", context)


@require_GET
@permission_required("guichet.export")
def statistics_export(request: HttpRequest, what: str, fmt: str) -> HttpResponse:
    period = PeriodForm(request.GET or None).period(timezone.localdate())
    if what == "demandes":
        columns, rows, name = stats.REQUEST_COLUMNS, stats.request_rows(period), "demandes"
    else:
        columns, rows, name = stats.TIME_COLUMNS, stats.time_rows(period), "temps-passe"
    columns = [Column(c.key, str(c.header), c.width) for c in columns]
    return export_response(
        request,
        fmt=fmt,
        name=f"guichet-vert-{name}",
        columns=columns,
        rows=rows,
        what=f"guichet.{'requests' if what == 'demandes' else 'time_entries'}",
        filters=request.GET,
    )


# FAQ


@require_GET
def faq(request: HttpRequest) -> HttpResponse:
    form = FaqSearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    page = Paginator(selectors.published_qas(query=query), 20).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "query_text": query,
        "page": page,
        "query": urlencode({"q": query}) if query else "",
        "drafts": list(selectors.draft_qas()[:50])
        if request.user.has_perm("guichet.manage_qas")
        else None,
    }
    return render(request, "guichet/faq.html", context)


@require_http_methods(["GET", "POST"])
@permission_required("guichet.manage_qas")
def qa_edit(request: HttpRequest, pk: int) -> HttpResponse:
    qa = get_object_or_404(QA.objects.select_related("source"), pk=pk)
    initial = {
        "title": qa.title,
        "kind": qa.kind,
        "question": qa.question,
        "answer": qa.answer,
        "fiches": [f.pk for f in qa.fiches.all()],
    }
    form = QAForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            qa = services.qa_update(qa=qa, by=request.user, **form.cleaned_data)
            if "publish" in request.POST and qa.status != QA.Status.PUBLISHED:
                services.qa_publish(qa=qa, by=request.user)
        except DomainError as error:
            form_error_from(form, error)
        else:
            if qa.status == QA.Status.PUBLISHED or "publish" in request.POST:
                messages.success(request, _("The Q&A is published in the FAQ."))
                return redirect(reverse("guichet:faq") + f"#qr-{qa.pk}")
            messages.success(request, _("The Q&A draft is saved."))
            return redirect("guichet:qa_edit", pk=qa.pk)
    return render(
        request,
        "guichet/qa_form.html",
        {"qa": qa, "form": form},
        status=400 if form.errors else 200,
    )


@require_POST
@permission_required("guichet.manage_qas")
def qa_unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    qa = get_object_or_404(QA, pk=pk)
    try:
        services.qa_publish(qa=qa, by=request.user, publish=False)
    except DomainError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The Q&A is withdrawn from the FAQ."))
    return redirect("guichet:qa_edit", pk=qa.pk)
