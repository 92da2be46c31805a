"""The request page's light rendering gives the markup the templates gave: the same labels,
inputs, help texts and history a person (and a screen reader) gets, only built faster."""

import re

import pytest
from django.template import engines
from django.template.loader import render_to_string
from django.utils import timezone, translation

from guichet import selectors, services
from guichet.forms import (
    AssignForm,
    CloseForm,
    MessageForm,
    NoteForm,
    QueueFilterForm,
    RatingForm,
    RedirectForm,
    TimeEntryForm,
)
from guichet.models import Event
from guichet.templatetags.guichet_render import (
    exchange_items,
    form_fields,
    history_items,
    time_items,
)
from tests.factories import make_user
from tests.guichet.conftest import pdf

pytestmark = pytest.mark.django_db

HISTORY_LOOP = (
    "{% for ev in events %}<li><time datetime=\"{{ ev.at|date:'c' }}\">"
    '{{ ev.at|date:"j M Y, G \\h i" }}</time> · {{ ev.get_to_state_display }}'
    "{% if ev.actor %} · {{ ev.actor }}{% endif %}{% if ev.note %} · {{ ev.note }}{% endif %}"
    "</li>{% endfor %}"
)


TIME_LOOP = (
    "{% for e in time_entries %}\n"
    '<li>{{ e.date|date:"j F Y" }} · {{ e.minutes }} min · {{ e.get_channel_display }} · '
    "{{ e.author }}{% if e.note %} · {{ e.note }}{% endif %}{% if e.editable %} · "
    '<a href="{{ e.edit_url }}">{% translate "correct" %}<span class="visually-hidden"> '
    '{{ e.date|date:"j F Y" }}, {{ e.minutes }} min</span></a>{% endif %}</li>\n'
    "{% endfor %}"
)


def same_html(a, b):
    """Equal once runs of white space are one space (what a browser renders)."""
    return re.sub(r"\s+", " ", str(a)).strip() == re.sub(r"\s+", " ", str(b)).strip()


@pytest.fixture(params=["fr", "en"])
def language(request):
    with translation.override(request.param):
        yield request.param


def action_forms(request):
    return [
        MessageForm(),
        NoteForm(),
        TimeEntryForm(),
        CloseForm(),
        RedirectForm(),
        AssignForm(),
        AssignForm(suggestions=selectors.assignee_suggestions(request=request)),
    ]


def test_blank_action_forms_are_written_as_the_templates_write_them(
    language, make_request, advisor, expert
):
    request = make_request()
    for form in action_forms(request):
        expected = render_to_string("_partials/form.html", {"form": form})
        assert same_html(form_fields(form), expected), type(form).__name__
    assert 'name="assignee"' in str(form_fields(AssignForm()))
    assert "Leroy" in str(form_fields(AssignForm())) and "Benali" in str(form_fields(AssignForm()))


def test_forms_with_errors_or_other_widgets_go_through_the_templates(language, make_request):
    bound = TimeEntryForm({"date": "2026-12-01", "minutes": "999", "channel": "phone"})
    assert not bound.is_valid()
    html = str(form_fields(bound))
    assert html == render_to_string("_partials/form.html", {"form": bound})
    assert 'aria-invalid="true"' in html and "error-summary" in html
    radios = RatingForm()
    assert str(form_fields(radios)) == render_to_string("_partials/form.html", {"form": radios})


def test_the_history_is_written_as_the_template_loop_writes_it(language, make_request, advisor):
    request = make_request()
    services.request_take(request=request, by=advisor)
    services.request_redirect(request=request, by=advisor, to="Le réseau <APES> & co")
    staff = make_user("equipe", first_name="Élodie", last_name="O'Brien")
    Event.objects.filter(pk=request.events.order_by("at", "pk")[0].pk).update(actor=None)
    events = list(request.events.select_related("actor").order_by("at", "pk"))
    assert events[0].actor is None  # a change made by the system has no actor
    expected = engines["django"].from_string(HISTORY_LOOP).render({"events": events})
    assert history_items(selectors.request_page(request=request, user=staff)["events"]) == expected
    assert "&lt;APES&gt; &amp; co" in expected


def test_the_time_entries_are_written_as_the_template_loop_writes_it(
    language, client_for, make_request, advisor
):
    request = make_request()
    services.request_take(request=request, by=advisor)
    other = make_user("conseiller", first_name="Élodie", last_name="O'Brien")
    today = timezone.localdate()
    services.time_entry_create(request=request, by=advisor, date=today, minutes=45, channel="phone")
    note = "Appel <long> & co"
    services.time_entry_create(
        request=request, by=other, date=today, minutes=480, channel="visio", note=note
    )
    page = client_for(advisor).get(request.get_absolute_url()).content.decode()
    items = selectors.request_page(request=request, user=advisor)["time_entries"]
    entries = list(request.time_entries.select_related("author").order_by("date", "pk"))
    for entry in (*items, *entries):
        entry.editable = entry.author_id == advisor.pk
        entry.edit_url = f"{request.get_absolute_url()}temps/{entry.pk}/"
    template = engines["django"].from_string("{% load i18n %}" + TIME_LOOP)
    expected = template.render({"time_entries": entries})
    assert same_html(time_items(items), expected)
    assert "&lt;long&gt; &amp; co" in expected and expected.count("visually-hidden") == 1
    if language == "fr":
        mine = entries[0]
        assert f'href="{request.get_absolute_url()}temps/{mine.pk}/">corriger' in page
        assert "O&#x27;Brien · Appel &lt;long&gt; &amp; co</li>" in page


def test_the_queue_filters_are_written_as_the_template_loop_writes_them(language):
    loop = engines["django"].from_string(
        '{% for value, label, selected in options %}<option value="{{ value }}"'
        "{% if selected %} selected{% endif %}>{{ label }}</option>{% endfor %}"
    )
    users, segments = [(7, "Élodie O'Brien")], [(3, "Fournitures › <Alimentation> & co")]
    form = QueueFilterForm(
        {"state": "all", "assignee": "7", "segment": "999"}, users=users, segments=segments
    )
    form.values()
    for select in form.selects():
        field = form.fields[select["name"]]
        current = {"state": "all", "assignee": "7"}.get(select["name"], "")
        options = [(value, label, str(value) == current) for value, label in field.choices]
        assert select["options_html"] == loop.render({"options": options})
    html = "".join(select["options_html"] for select in form.selects())
    assert '<option value="all" selected>' in html and '<option value="7" selected>' in html
    assert "&lt;Alimentation&gt; &amp; co" in html and "O&#x27;Brien" in html


# guichet/_exchange.html as it was, before the exchange was written in Python.
EXCHANGE_TEMPLATE = """{% load i18n %}{% if exchange %}
  <ol class="exchange">
    {% for m in exchange %}
    <li id="message-{{ m.pk }}" class="exchange-item{% if m.internal %} exchange-note{% elif m.from_requester %} exchange-buyer{% else %} exchange-advisor{% endif %}">
      <p class="exchange-meta">
        {% if m.internal %}<span class="badge badge-warning">{% translate "Internal note" %}</span>{% endif %}
        <strong>{{ m.author }}</strong> · <time datetime="{{ m.created_at|date:'c' }}">{{ m.created_at|date:"j F Y, G \\h i" }}</time>
      </p>
      <p class="preserve-lines">{{ m.body }}</p>
      {% if m.files %}{% include "guichet/_attachments.html" with items=m.files %}{% endif %}
    </li>
    {% endfor %}
  </ol>
  {% else %}
  <p>{% translate "No message yet." %}</p>
  {% endif %}"""  # noqa: E501


def test_the_exchange_is_written_as_its_template_wrote_it(language, make_request, advisor):
    buyer = make_user("acheteur", first_name="Élodie", last_name="O'Brien")
    request = make_request(by=buyer)
    template = engines["django"].from_string(EXCHANGE_TEMPLATE)
    for advisor_side in (True, False):
        empty = selectors.request_exchange(request=request, advisor_side=advisor_side)
        assert same_html(
            exchange_items(empty, request.reference),
            template.render({"exchange": empty, "req": request}),
        )
    services.request_take(request=request, by=advisor)
    services.message_post(request=request, by=advisor, body="Note <interne> & co", internal=True)
    services.message_post(
        request=request,
        by=advisor,
        body="Voici le cahier des charges type.\nÀ adapter.",
        uploads=[pdf("modèle <1>.pdf"), pdf("annexe.pdf")],
    )
    services.message_post(request=request, by=buyer, body="Merci !", uploads=[pdf()])
    for advisor_side in (True, False):
        messages = selectors.request_exchange(request=request, advisor_side=advisor_side)
        expected = template.render({"exchange": messages, "req": request})
        html = exchange_items(messages, request.reference)
        assert same_html(html, expected), (html, expected)
        assert ("&lt;interne&gt; &amp; co" in html) is advisor_side
        assert "O&#x27;Brien" in html and html.count("<li id=") == 2 + advisor_side
        assert f"/guichet-vert/demandes/{request.reference}/pieces/" in html
