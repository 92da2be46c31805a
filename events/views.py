"""Thin views: parse, check the permission, call a selector or a service, render."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from apure.caching import cached, versioned
from apure.errors import DomainError, form_error_from
from apure.exports import Column, export_response
from apure.files import private_file_response
from apure.http import (
    domain_errors_as_messages,
    is_htmx,
    no_store,
    permission_required,
    redirect_next,
)
from apure.render_once import render_once

from . import ics, selectors, services
from .forms import (
    CancelEventForm,
    ChangeGroupsForm,
    DocumentForm,
    EventForm,
    GroupForm,
    GuestForm,
    ItemForm,
    OneClickForm,
    PeriodForm,
    StaffAddForm,
)
from .models import (
    Choice,
    Event,
    EventDocument,
    Group,
    ProgrammeItem,
    Registration,
    event_namespace,
)
from .rows import registration_rows

PARIS = ZoneInfo("Europe/Paris")
PAST_PAGE_SIZE = 10
STAFF_PAGE_SIZE = 25


def _staff_event(slug: str, *, cache: bool = False) -> Event:
    return selectors.event_for_staff_or_404(slug=slug, cache=cache)


# Public pages


@require_GET
def event_list(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    audience = request.GET.get("audience", "")
    upcoming, past = selectors.event_list(user=request.user, kind=kind, audience=audience)
    page = Paginator(past, PAST_PAGE_SIZE).get_page(request.GET.get("page"))
    filters = {k: v for k, v in (("kind", kind), ("audience", audience)) if v}
    context = {
        "upcoming": upcoming,
        "past_page": page,
        "kinds": Event.Kind.choices,
        "audiences": Event.Audience.choices,
        "kind": kind if kind in Event.Kind.values else "",
        "audience": audience if audience in Event.Audience.values else "",
        "query": urlencode(filters),
        "can_manage": request.user.has_perm("events.manage_events"),
    }
    return render(request, "events/event_list.html", context)


def _detail_context(request: HttpRequest | None, event: Event, form=None) -> dict:
    """The event page's context for this request's person; with no request, for any
    visitor (the page rendered once for all of them)."""
    user = request.user if request is not None else AnonymousUser()
    mine = selectors.registration_of_user(event=event, user=user)
    one_click = user.has_perm("events.register_one_click")
    state = event.registration_state()
    namespace = event_namespace(event.slug)
    context = {
        "event": event,
        "items": list(event.items.all()),
        "places_left": selectors.places_left(event),
        "state": state,
        "mine": mine,
        "one_click": one_click,
        "can_manage": user.has_perm("events.manage_events"),
    }
    # The programme and a blank form are the same for everyone until the event changes:
    # rendered once per version of the event (the services bump it with every change).
    context["programme_html"] = cached(
        namespace,
        ("programme", get_language(), event.is_past),
        lambda: render_to_string("events/_programme.html", context),
    )
    if form is None and mine is None and state == "open":
        form = OneClickForm(event=event) if one_click else GuestForm(event=event)
        template = "events/_slot_fields.html" if one_click else "events/_registration_fields.html"
        context["fields_html"] = cached(
            namespace,
            ("form", get_language(), one_click),
            lambda: render_to_string(template, {"form": form}),
        )
    context["form"] = form
    return context


@require_GET
def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_for_user_or_404(slug=slug, user=request.user, cache=True)
    if request.user.is_authenticated:
        return render(request, "events/event_detail.html", _detail_context(request, event))
    # Every visitor sees the same page: rendered once per version of the event (its services
    # bump it with every change, registrations included) and per registration state, which
    # moves with the clock; the header, the messages and the CSRF token are each visitor's.
    return render_once(
        request,
        "events/event_detail.html",
        namespaces=(event_namespace(event.slug),),
        key=("visitor", event.slug, event.registration_state(), event.is_past),
        context=lambda: _detail_context(None, event),
        visitor_state=(),
    )


def _outcome_message(request: HttpRequest, registration: Registration, created: bool) -> None:
    if not created:
        if request.user.is_authenticated and registration.user_id == request.user.pk:
            messages.info(request, _("You are already registered for this event."))
        elif registration.status == Registration.Status.PENDING:
            messages.info(
                request,
                _(
                    "This email is already registered and awaits confirmation: we have sent the "
                    "confirmation link again to that address."
                ),
            )
        else:
            messages.info(
                request,
                _(
                    "This email is already registered for this event: we have sent its personal "
                    "link again to that address."
                ),
            )
        return
    if registration.status == Registration.Status.PENDING:
        messages.success(
            request,
            _(
                "Almost done: confirm your registration through the link we have just sent to "
                "%(email)s (valid 48 hours). Until then no place is held."
            )
            % {"email": registration.email},
        )
        return
    _placed_message(request, registration)


def _placed_message(request: HttpRequest, registration: Registration) -> None:
    if registration.status == Registration.Status.WAITING:
        messages.warning(
            request,
            _(
                "The event is full: you are number %(n)s on the waiting list. We will email you "
                "as soon as a place frees up."
            )
            % {"n": selectors.waiting_position(registration)},
        )
        return
    messages.success(
        request,
        _("Your registration is confirmed. The confirmation email brings the calendar file."),
    )
    for choice in registration.choices.select_related("group"):
        if choice.status == Choice.Status.WAITING:
            messages.warning(
                request,
                _(
                    "“%(group)s” is full: you are number %(n)s on its waiting list. We will "
                    "email you when a place frees up."
                )
                % {"group": choice.group.title, "n": selectors.group_waiting_position(choice)},
            )


@require_POST
def register(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_for_user_or_404(slug=slug, user=request.user)
    if request.user.has_perm("events.register_one_click"):
        form = OneClickForm(request.POST, event=event)
        person = None
    else:
        form = GuestForm(request.POST, event=event)
    if form.is_valid():
        if not request.user.is_authenticated:
            person = form.person()
        try:
            result = services.registration_create(
                event=event,
                user=request.user if request.user.is_authenticated else None,
                person=person,
                groups=form.chosen_groups(),
            )
        except DomainError as error:
            form_error_from(form, error)
        else:
            _outcome_message(request, result.registration, result.created)
            if request.user.is_authenticated:
                return redirect(result.registration.get_personal_url())
            return redirect(event.get_absolute_url() + "#inscription")
    response = render(request, "events/event_detail.html", _detail_context(request, event, form))
    return no_store(response)


def _ics_response(content: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_for_user_or_404(slug=slug, user=request.user)
    return _ics_response(ics.event_ics(event), f"{event.slug[:60]}.ics")


@require_GET
def feed_ics(request: HttpRequest) -> HttpResponse:
    since = timezone.now() - timedelta(days=365)
    events = (
        Event.objects.public()
        .filter(ends_at__gte=since)
        .prefetch_related("items__groups")
        .order_by("starts_at")[:500]
    )
    response = HttpResponse(
        ics.events_feed_ics(events), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="evenements-apure.ics"'
    return response


# Links without an account


def _invalid_link(request: HttpRequest) -> HttpResponse:
    return no_store(render(request, "events/link_invalid.html", status=404))


def _registration_or_none(token: str) -> Registration | None:
    try:
        return selectors.registration_from_token(token)
    except Http404:
        return None


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """A guest's confirmation link. Opening it shows one button (mail scanners that open links
    must not confirm on their own); the button confirms."""
    if request.method == "POST":
        try:
            registration = services.registration_confirm_email(token=token)
        except DomainError as error:
            return no_store(
                render(request, "events/link_invalid.html", {"reason": str(error)}, status=400)
            )
        _placed_message(request, registration)
        return redirect(registration.get_personal_url())
    from .tokens import BadToken, read_confirmation_token

    try:
        pk, secret = read_confirmation_token(token)
    except BadToken as error:
        reason = (
            _("This confirmation link has expired. Register again from the event page.")
            if str(error) == "expired"
            else None
        )
        return no_store(render(request, "events/link_invalid.html", {"reason": reason}, status=404))
    registration = Registration.objects.select_related("event").filter(pk=pk, secret=secret).first()
    if registration is None:
        return _invalid_link(request)
    if registration.status in (Registration.Status.CONFIRMED, Registration.Status.WAITING):
        return redirect(registration.get_personal_url())
    return no_store(
        render(request, "events/confirm.html", {"registration": registration, "token": token})
    )


def _personal_context(request: HttpRequest, registration: Registration, form=None) -> dict:
    event = registration.event
    choices = list(registration.choices.all())
    for choice in choices:
        choice.position = selectors.group_waiting_position(choice)
    editable = (
        registration.is_active
        and event.status == Event.Status.PUBLISHED
        and event.starts_at > timezone.now()
    )
    if form is None and editable:
        full = selectors.event_get_for_user_or_404(slug=event.slug, user=request.user)
        if any(item.groups.all() for item in full.items.all()):
            form = ChangeGroupsForm(event=full, current={c.item_id: c.group_id for c in choices})
    show_qr = registration.status == Registration.Status.CONFIRMED and not event.is_past
    return {
        "registration": registration,
        "event": event,
        "choices": choices,
        "position": selectors.waiting_position(registration),
        "form": form,
        "editable": editable,
        "token": registration.token,
        "qr_svg": ics.qr_svg(request.build_absolute_uri(registration.get_checkin_url()))
        if show_qr
        else "",
        "documents": selectors.event_documents(event=event)
        if registration.status == Registration.Status.CONFIRMED
        else [],
    }


@require_GET
def personal(request: HttpRequest, token: str) -> HttpResponse:
    registration = _registration_or_none(token)
    if registration is None:
        return _invalid_link(request)
    return no_store(
        render(request, "events/personal.html", _personal_context(request, registration))
    )


@require_POST
def personal_groups(request: HttpRequest, token: str) -> HttpResponse:
    registration = _registration_or_none(token)
    if registration is None:
        return _invalid_link(request)
    event = selectors.event_get_for_user_or_404(slug=registration.event.slug, user=request.user)
    form = ChangeGroupsForm(request.POST, event=event)
    if form.is_valid():
        try:
            services.registration_change_groups(
                registration=registration,
                groups=form.chosen_groups(),
                by=request.user if request.user.is_authenticated else None,
            )
        except DomainError as error:
            form_error_from(form, error)
        else:
            registration = selectors.registration_from_token(token)
            waiting = [c for c in registration.choices.all() if c.status == Choice.Status.WAITING]
            if waiting:
                messages.warning(
                    request,
                    _("Your choice is saved. “%(group)s” is full: you are on its waiting list.")
                    % {"group": waiting[0].group.title},
                )
            else:
                messages.success(request, _("Your choice of group is saved."))
            return redirect(registration.get_personal_url())
    context = _personal_context(request, registration, form)
    return no_store(render(request, "events/personal.html", context))


@require_POST
def personal_cancel(request: HttpRequest, token: str) -> HttpResponse:
    registration = _registration_or_none(token)
    if registration is None:
        return _invalid_link(request)
    if domain_errors_as_messages(
        request,
        lambda: services.registration_cancel(
            registration=registration,
            by=request.user if request.user.is_authenticated else None,
        ),
    ):
        messages.success(request, _("Your registration is cancelled. Thank you for telling us."))
    return redirect(registration.get_personal_url())


@require_GET
def personal_ics(request: HttpRequest, token: str) -> HttpResponse:
    registration = _registration_or_none(token)
    if registration is None or not registration.is_active:
        return _invalid_link(request)
    event = Event.objects.prefetch_related("items__groups").get(pk=registration.event_id)
    filename = "atelier.ics" if event.kind == Event.Kind.WORKSHOP else "evenement.ics"
    return no_store(_ics_response(ics.event_ics(event, registration=registration), filename))


@require_GET
def personal_document(request: HttpRequest, token: str, pk: int) -> HttpResponse:
    registration = _registration_or_none(token)
    if registration is None or registration.status != Registration.Status.CONFIRMED:
        raise Http404
    document = get_object_or_404(EventDocument, pk=pk, event_id=registration.event_id)
    return private_file_response(document)


@require_GET
def checkin_link(request: HttpRequest, token: str) -> HttpResponse:
    """The QR code's link: staff land on the registration with a one-tap check-in; anyone
    else sees only the registration's own page."""
    registration = _registration_or_none(token)
    if registration is None:
        return _invalid_link(request)
    if not request.user.has_perm("events.check_in"):
        return redirect(registration.get_personal_url())
    context = {"registration": registration, "event": registration.event}
    return no_store(render(request, "events/checkin_one.html", context))


# Staff: events and programme


@require_http_methods(["GET", "POST"])
@permission_required("events.manage_events")
def event_create(request: HttpRequest) -> HttpResponse:
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(by=request.user, data=form.cleaned_data)
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(
                request, _("The event is created as a draft. Now build its programme.")
            )
            return redirect("events:programme", slug=event.slug)
    return render(request, "events/event_form.html", {"form": form, "creating": True})


@require_http_methods(["GET", "POST"])
@permission_required("events.manage_events")
def event_edit(request: HttpRequest, slug: str) -> HttpResponse:
    event = _staff_event(slug)
    form = EventForm(request.POST or None, instance=Event.objects.get(pk=event.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.event_update(event=event, by=request.user, data=form.cleaned_data)
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(request, _("The event is saved."))
            return redirect(event.get_absolute_url())
    return render(request, "events/event_form.html", {"form": form, "event": event})


def _programme_context(event: Event, item_form=None, forms_for=None) -> dict:
    items = list(
        ProgrammeItem.objects.filter(event=event).prefetch_related("groups").order_by("starts_at")
    )
    forms_for = forms_for or {}
    for item in items:
        item.form = forms_for.get(("item", item.pk)) or ItemForm(instance=item, event=event)
        item.group_forms = [
            (group, forms_for.get(("group", group.pk)) or GroupForm(instance=group))
            for group in item.groups.all()
        ]
        item.new_group_form = forms_for.get(("new-group", item.pk)) or GroupForm(item=item)
    return {
        "event": event,
        "items": items,
        "item_form": item_form or ItemForm(event=event),
        "cancel_form": CancelEventForm(),
    }


@require_http_methods(["GET", "POST"])
@permission_required("events.manage_events")
def programme(request: HttpRequest, slug: str) -> HttpResponse:
    """The programme editor; a POST adds an item."""
    event = _staff_event(slug)
    form = None
    if request.method == "POST":
        form = ItemForm(request.POST, event=event)
        if form.is_valid():
            try:
                services.item_create(event=event, by=request.user, data=form.data_for_service())
            except DomainError as error:
                form_error_from(form, error)
            else:
                messages.success(request, _("The programme item is added."))
                return redirect("events:programme", slug=event.slug)
    return render(request, "events/programme.html", _programme_context(event, item_form=form))


@require_POST
@permission_required("events.manage_events")
def item_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    item = get_object_or_404(ProgrammeItem, pk=pk, event=event)
    form = ItemForm(request.POST, instance=item, event=event)
    if form.is_valid():
        try:
            services.item_update(item=item, by=request.user, data=form.data_for_service())
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(request, _("The programme item is saved."))
            return redirect("events:programme", slug=event.slug)
    item.refresh_from_db()
    context = _programme_context(event, forms_for={("item", item.pk): form})
    return render(request, "events/programme.html", context)


@require_POST
@permission_required("events.manage_events")
def item_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    item = get_object_or_404(ProgrammeItem, pk=pk, event=event)
    if domain_errors_as_messages(request, lambda: services.item_delete(item=item, by=request.user)):
        messages.success(request, _("The programme item is removed."))
    return redirect("events:programme", slug=event.slug)


@require_POST
@permission_required("events.manage_events")
def group_add(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    item = get_object_or_404(ProgrammeItem, pk=pk, event=event)
    form = GroupForm(request.POST, item=item)
    if form.is_valid():
        try:
            services.group_create(item=item, by=request.user, data=form.cleaned_data)
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(request, _("The group is added."))
            return redirect("events:programme", slug=event.slug)
    context = _programme_context(event, forms_for={("new-group", item.pk): form})
    return render(request, "events/programme.html", context)


@require_POST
@permission_required("events.manage_events")
def group_edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    group = get_object_or_404(Group, pk=pk, event=event)
    form = GroupForm(request.POST, instance=Group.objects.get(pk=group.pk))
    if form.is_valid():
        try:
            services.group_update(group=group, by=request.user, data=form.cleaned_data)
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(request, _("The group is saved."))
            return redirect("events:programme", slug=event.slug)
    context = _programme_context(event, forms_for={("group", group.pk): form})
    return render(request, "events/programme.html", context)


@require_POST
@permission_required("events.manage_events")
def group_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    group = get_object_or_404(Group, pk=pk, event=event)
    if domain_errors_as_messages(
        request, lambda: services.group_delete(group=group, by=request.user)
    ):
        messages.success(request, _("The group is removed."))
    return redirect("events:programme", slug=event.slug)


@require_POST
@permission_required("events.manage_events")
def event_publish(request: HttpRequest, slug: str) -> HttpResponse:
    event = _staff_event(slug)
    if domain_errors_as_messages(
        request, lambda: services.event_publish(event=event, by=request.user)
    ):
        messages.success(request, _("The event is published: people can register."))
        return redirect(event.get_absolute_url())
    return redirect("events:programme", slug=event.slug)


@require_POST
@permission_required("events.manage_events")
def event_cancel(request: HttpRequest, slug: str) -> HttpResponse:
    event = _staff_event(slug)
    form = CancelEventForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    if domain_errors_as_messages(
        request, lambda: services.event_cancel(event=event, by=request.user, reason=reason)
    ):
        messages.success(
            request, _("The event is cancelled; everyone registered is told by email.")
        )
    return redirect(event.get_absolute_url())


@require_http_methods(["GET", "POST"])
@permission_required("events.manage_events")
def documents(request: HttpRequest, slug: str) -> HttpResponse:
    event = _staff_event(slug)
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.document_add(
                event=event,
                upload=form.cleaned_data["file"],
                title=form.cleaned_data["title"],
                by=request.user,
            )
        except DomainError as error:
            form_error_from(form, error)
        else:
            messages.success(request, _("The document is attached."))
            return redirect("events:documents", slug=event.slug)
    context = {"event": event, "form": form, "documents": selectors.event_documents(event=event)}
    return render(request, "events/documents.html", context)


@require_GET
@permission_required("events.manage_events")
def document_download(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    return private_file_response(get_object_or_404(EventDocument, pk=pk, event=event))


@require_POST
@permission_required("events.manage_events")
def document_delete(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    document = get_object_or_404(EventDocument, pk=pk, event=event)
    services.document_delete(document=document, by=request.user)
    messages.success(request, _("The document is removed."))
    return redirect("events:documents", slug=event.slug)


# Staff: registrations


def _registration_filters(request: HttpRequest) -> dict:
    group = request.GET.get("group", "")
    status = request.GET.get("status", "")
    return {
        "q": request.GET.get("q", "")[:100].replace("\x00", ""),
        "status": status if status in selectors.STATUS_FILTERS else "",
        "group": int(group) if group.isdigit() and len(group) < 10 else None,
    }


STATUS_CHOICES = [
    ("", _lazy("Active (confirmed, waiting, unconfirmed)")),
    ("confirmed", _lazy("Confirmed")),
    ("waiting", _lazy("Waiting list")),
    ("pending", _lazy("Awaiting email confirmation")),
    ("present", _lazy("Checked in")),
    ("cancelled", _lazy("Cancelled or expired")),
]


def _registrations_context(event: Event, filters: dict, number: str, add_form=None) -> dict:
    """The staff list for these filters and page: the same for every member of staff."""
    queryset = selectors.registrations_for_staff(event=event, **filters)
    paginator = Paginator(queryset, STAFF_PAGE_SIZE)
    # The total, counted once per version of the event (every registration change bumps it):
    # counting thousands of rows was a fifth of the page's time.
    paginator.count = cached(
        event_namespace(event.slug), ("staff-count", sorted(filters.items())), queryset.count
    )
    page = paginator.get_page(number)
    groups = selectors.event_groups(event=event, cache=True)
    slots: dict[int, tuple] = {}
    for group in groups:
        slots.setdefault(group.item_id, (group.item, []))[1].append(group)
    query = urlencode({k: v for k, v in filters.items() if v})
    return_to = reverse("events:registrations", args=[event.slug])
    if query or page.number > 1:
        return_to += "?" + urlencode(
            {
                **{k: v for k, v in filters.items() if v},
                **({"page": page.number} if page.number > 1 else {}),
            }
        )
    return {
        "event": event,
        "groups": groups,
        "waiting": selectors.waiting_lists(event=event, groups=groups, cache=True),
        "page": page,
        "rows_html": registration_rows(
            event, selectors.with_chosen_groups(page.object_list), list(slots.values())
        ),
        "filters": filters,
        "query": query,
        "statuses": STATUS_CHOICES,
        "add_form": add_form,
        "add_form_html": "" if add_form else _staff_add_fields(event, groups),
        "return_to": return_to,
    }


def _staff_add_fields(event: Event, groups: list[Group]) -> str:
    """The blank "add someone" form: it shows the programme's parallel slots and their groups
    only, so it is kept for as long as they stay the same (registrations come and go)."""
    programme = tuple((g.item_id, g.item.title, g.pk, g.title) for g in groups)
    return versioned(
        (),
        ("events-staff-add", event.pk, get_language(), programme),
        lambda: render_to_string(
            "events/_staff_add_fields.html",
            {
                "add_form": StaffAddForm(
                    event=Event.objects.prefetch_related("items__groups").get(pk=event.pk)
                )
            },
        ),
    )


@require_GET
@permission_required("events.view_registrations")
def registrations(request: HttpRequest, slug: str, add_form=None) -> HttpResponse:
    event = _staff_event(slug, cache=True)
    filters = _registration_filters(request)
    number = request.GET.get("page", "1")[:12]
    if add_form is not None:  # the hand-added person's form, with its errors
        context = _registrations_context(event, filters, number, add_form)
        return render(request, "events/registrations.html", context)
    # Every member of staff sees the same list for the same filters: rendered once per
    # version of the event (each registration change bumps it); the header, the messages and
    # the CSRF token are each person's (apure.render_once).
    return render_once(
        request,
        "events/registrations.html",
        namespaces=(event_namespace(event.slug),),
        key=("staff-list", event.slug, sorted(filters.items()), number),
        context=lambda: _registrations_context(event, filters, number),
        personal_state=(),
    )


@require_POST
@permission_required("events.manage_registrations")
def registration_add(request: HttpRequest, slug: str) -> HttpResponse:
    event = _staff_event(slug)
    full = Event.objects.prefetch_related("items__groups").get(pk=event.pk)
    form = StaffAddForm(request.POST, event=full)
    if form.is_valid():
        try:
            result = services.registration_create(
                event=event,
                person=form.person(),
                groups=form.chosen_groups(),
                by=request.user,
                staff_add=True,
                notify=form.cleaned_data["notify"],
            )
        except DomainError as error:
            form_error_from(form, error)
        else:
            registration = result.registration
            if not result.created:
                messages.info(request, _("This email is already registered for this event."))
            elif registration.status == Registration.Status.WAITING:
                messages.warning(
                    request,
                    _("%(name)s is on the waiting list: the event is full.")
                    % {"name": registration.full_name},
                )
            else:
                messages.success(
                    request, _("%(name)s is registered.") % {"name": registration.full_name}
                )
            return redirect("events:registrations", slug=event.slug)
    request.method = "GET"
    return registrations(request, slug, add_form=form)


@require_POST
@permission_required("events.manage_registrations")
def registration_move(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    registration = get_object_or_404(Registration, pk=pk, event=event)
    # From the list (one form for every row: `group-<pk>`) or a single row's form (`group`).
    values = request.POST.getlist(f"group-{pk}") or request.POST.getlist("group")
    ids = [v for v in values if v.isdigit() and len(v) < 10][:10]
    groups = list(Group.objects.filter(event=event, pk__in=ids))
    if not groups:
        messages.error(request, _("Choose a group."))
    elif domain_errors_as_messages(
        request,
        lambda: services.registration_change_groups(
            registration=registration, groups=groups, by=request.user
        ),
    ):
        messages.success(
            request, _("%(name)s's group is changed.") % {"name": registration.full_name}
        )
    return redirect_next(request, reverse("events:registrations", kwargs={"slug": event.slug}))


@require_POST
@permission_required("events.manage_registrations")
def registration_cancel(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    registration = get_object_or_404(Registration, pk=pk, event=event)
    if domain_errors_as_messages(
        request,
        lambda: services.registration_cancel(
            registration=registration, by=request.user, staff=True
        ),
    ):
        messages.success(
            request,
            _("%(name)s's registration is cancelled; the next in line gets the place.")
            % {"name": registration.full_name},
        )
    return redirect_next(request, reverse("events:registrations", kwargs={"slug": event.slug}))


EXPORT_COLUMNS = [
    Column("last_name", "Nom", 20),
    Column("first_name", "Prénom", 16),
    Column("email", "Courriel", 30),
    Column("job_title", "Fonction", 22),
    Column("organisation", "Organisation", 30),
    Column("organisation_kind", "Type d'organisation", 22),
    Column("departement", "Département", 16),
    Column("is_rural", "Collectivité rurale ou modeste", 12),
    Column("groups", "Groupe", 40),
    Column("group_status", "Statut dans le groupe", 20),
    Column("status", "Statut", 22),
    Column("sequence", "Ordre d'arrivée", 10),
    Column("registered_at", "Inscrit le", 18),
    Column("checked_in_at", "Présent (émargement)", 18),
]


@require_GET
@permission_required("events.export_registrations")
def registrations_export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    event = _staff_event(slug)
    status = request.GET.get("status", "all")
    q = request.GET.get("q", "")[:100].replace("\x00", "")
    rows = selectors.export_rows(event=event, q=q, status=status)
    return export_response(
        request,
        fmt=fmt,
        name=f"inscriptions-{event.slug[:40]}",
        columns=EXPORT_COLUMNS,
        rows=rows,
        what="events.registrations",
        filters=request.GET,
    )


# Staff: check-in


@require_GET
@permission_required("events.check_in")
def checkin(request: HttpRequest, slug: str) -> HttpResponse:
    event = _staff_event(slug)
    q = request.GET.get("q", "")[:100].replace("\x00", "")
    context = {
        "event": event,
        "q": q,
        "rows": selectors.checkin_list(event=event, q=q),
        "counts": selectors.checkin_counts(event=event),
    }
    if is_htmx(request, "checkin-results"):
        response = render(request, "events/_checkin_results.html", context)
    else:
        response = render(request, "events/checkin.html", context)
    patch_vary_headers(response, ("HX-Request", "HX-Target"))
    return response


@require_POST
@permission_required("events.check_in")
def checkin_toggle(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    event = _staff_event(slug)
    registration = get_object_or_404(Registration, pk=pk, event=event)
    undo = request.POST.get("action") == "undo"
    service = services.registration_check_in_undo if undo else services.registration_check_in
    ok = True
    try:
        registration = service(registration=registration, by=request.user)
    except DomainError as error:
        ok = False
        messages.error(request, str(error))
    if ok and is_htmx(request):
        registration = Registration.objects.prefetch_related("choices__group").get(
            pk=registration.pk
        )
        context = {"row": registration, "event": event, "announce": True}
        return render(request, "events/_checkin_row.html", context)
    if ok:
        if undo:
            messages.info(
                request, _("Check-in of %(name)s undone.") % {"name": registration.full_name}
            )
        else:
            messages.success(
                request, _("%(name)s is checked in.") % {"name": registration.full_name}
            )
    return redirect_next(request, reverse("events:checkin", kwargs={"slug": event.slug}))


# Staff: statistics


@require_GET
@permission_required("events.view_statistics")
def event_statistics(request: HttpRequest, slug: str) -> HttpResponse:
    event = _staff_event(slug)
    context = {
        "event": event,
        "stats": selectors.event_statistics(event=event),
        "groups": selectors.event_groups(event=event),
    }
    return render(request, "events/statistics_event.html", context)


@require_GET
@permission_required("events.view_statistics")
def period_statistics(request: HttpRequest) -> HttpResponse:
    form = PeriodForm(request.GET or None)
    today = timezone.localdate()
    start_day = today.replace(month=1, day=1)
    end_day = today.replace(month=12, day=31)
    if form.is_bound and form.is_valid():
        start_day = form.cleaned_data.get("start") or start_day
        end_day = form.cleaned_data.get("end") or end_day
        if end_day < start_day:
            start_day, end_day = end_day, start_day
    start = datetime(start_day.year, start_day.month, start_day.day, tzinfo=PARIS)
    end = datetime(end_day.year, end_day.month, end_day.day, tzinfo=PARIS) + timedelta(days=1)
    stats, rows = selectors.period_statistics(start=start, end=end)
    if not form.is_bound:
        form = PeriodForm(initial={"start": start_day, "end": end_day})
    context = {
        "form": form,
        "stats": stats,
        "rows": rows,
        "start": start_day,
        "end": end_day,
    }
    return render(request, "events/statistics_period.html", context)
