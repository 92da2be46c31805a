"""Light rendering for the request page, the Guichet's busiest private page.

It shows the exchange (dozens of messages on a busy request: through the template engine, the
loop over them was most of the page's time) and up to six blank action forms: rendering each
widget through Django's widget templates (an include per input, per attribute list and per
option) was most of the rest. A blank form's fields are written here in Python, with exactly
the markup of `_partials/form.html`, `_partials/field.html` and Django's widget templates; a
form with data or errors, or with a widget not listed here, goes through the templates as
before. The exchange, the state-change
history and the time entries are written the same way. tests/guichet/test_render.py compares
each with the template markup it replaces.
"""

from __future__ import annotations

from django import template
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS, MONTHS_3
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from ..models import State, WorkChannel

register = template.Library()

W = "django/forms/widgets/"
INPUTS = {f"{W}{name}.html" for name in ("text", "number", "date", "email", "url", "hidden")}
TEXTAREA = f"{W}textarea.html"
SELECT = f"{W}select.html"
FILE = f"{W}clearable_file_input.html"


def _attrs(attrs: dict) -> str:
    """django/forms/widgets/attrs.html."""
    out = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            out.append(f" {escape(name)}")
        else:
            out.append(f' {escape(name)}="{escape(value)}"')
    return "".join(out)


def _widget_html(field, *, described: bool = True) -> str | None:
    """The field's widget as `described` (apure_forms) renders it (or as `{{ field }}` does,
    for a hidden field), or None when this widget is not one written here."""
    widget = field.field.widget
    name = widget.template_name
    if name not in INPUTS and name not in (TEXTAREA, SELECT, FILE):
        return None
    if name == SELECT and widget.option_template_name != f"{W}select_option.html":
        return None
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    attrs = {"aria-describedby": " ".join(ids)} if described and ids and field.auto_id else {}
    attrs = field.build_widget_attrs(attrs, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    html_name, attributes = escape(context["name"]), _attrs(context["attrs"])
    if name == FILE or name in INPUTS:
        if name == FILE and context["is_initial"]:
            return None
        value = None if name == FILE else context["value"]
        value_html = "" if value is None else f' value="{escape(value)}"'
        kind = escape(context["type"])
        return f'<input type="{kind}" name="{html_name}"{value_html}{attributes}>'
    if name == TEXTAREA:
        value = conditional_escape(context["value"]) if context["value"] else ""
        return f'<textarea name="{html_name}"{attributes}>\n{value}</textarea>'
    parts = [f'<select name="{html_name}"{attributes}>']
    for group_name, options, _index in context["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in options:
            parts.append(
                f'\n  <option value="{escape(option["value"])}"{_attrs(option["attrs"])}>'
                f"{conditional_escape(option['label'])}</option>"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def _field_html(field, required: str) -> str | None:
    """_partials/field.html for a field without errors and not a checkbox."""
    widget = field.field.widget
    if getattr(widget, "input_type", None) == "checkbox":
        return None
    widget_html = _widget_html(field)
    if widget_html is None:
        return None
    mark = f' <span class="required">({required})</span>' if field.field.required else ""
    help_html = (
        f'<p class="help" id="{escape(field.auto_id)}_helptext">{field.help_text}</p>'
        if field.help_text
        else ""
    )
    return (
        f'<div class="field">\n'
        f'    <label for="{escape(field.id_for_label)}">{conditional_escape(field.label)}{mark}'
        f"</label>\n    {widget_html}\n  {help_html}\n</div>"
    )


@register.filter
def form_fields(form) -> SafeString:
    """What `{% include "_partials/form.html" with form=form %}` renders, for a blank form."""
    if not form.is_bound and not form.errors:
        required = conditional_escape(gettext("required"))
        hidden = []
        for field in form.hidden_fields():
            html = _widget_html(field, described=False)
            if html is None:
                break
            hidden.append(html)
        else:
            visible = []
            for field in form.visible_fields():
                html = _field_html(field, required)
                if html is None:
                    break
                visible.append(html)
            else:
                return mark_safe("".join(hidden) + "\n" + "\n".join(visible))  # noqa: S308
    return render_to_string("_partials/form.html", {"form": form})


@register.filter
def history_items(events) -> SafeString:
    """The history's `<li>` items, as this loop renders them (22 state changes on a busy
    request took a tenth of the page's time through the template engine):
    `<li><time datetime="{{ ev.at|date:'c' }}">{{ ev.at|date:"j M Y, G \\h i" }}</time>
    · {{ ev.get_to_state_display }}{% if ev.actor %} · {{ ev.actor }}{% endif %}
    {% if ev.note %} · {{ ev.note }}{% endif %}</li>`."""
    months: dict[int, str] = {}
    states = {value: str(label) for value, label in State.choices}
    items = []
    for event in events:
        at = timezone.localtime(event.at)
        if at.month not in months:
            months[at.month] = str(MONTHS_3[at.month]).title()
        label = f"{at.day} {months[at.month]} {at.year}, {at.hour} h {at.minute:02d}"
        item = [
            f'<li><time datetime="{at.isoformat()}">{escape(label)}</time> · ',
            escape(states.get(event.to_state, event.to_state)),
        ]
        if event.actor:
            item.append(f" · {conditional_escape(event.actor)}")
        if event.note:
            item.append(f" · {conditional_escape(event.note)}")
        item.append("</li>")
        items.append("".join(item))
    return mark_safe("".join(items))  # noqa: S308


@register.filter
def time_items(entries) -> SafeString:
    """The time entries' `<li>` items, as this loop renders them:
    `<li>{{ e.date|date:"j F Y" }} · {{ e.minutes }} min · {{ e.get_channel_display }}
    · {{ e.author }}{% if e.note %} · {{ e.note }}{% endif %}{% if e.editable %} · <a
    href="{{ e.edit_url }}">{% translate "correct" %}<span class="visually-hidden">
    {{ e.date|date:"j F Y" }}, {{ e.minutes }} min</span></a>{% endif %}</li>`."""
    channels = {value: str(label) for value, label in WorkChannel.choices}
    correct = None
    items = []
    for entry in entries:
        day = escape(f"{entry.date.day} {MONTHS[entry.date.month]} {entry.date.year}")
        item = [
            f"<li>{day} · {entry.minutes} min · ",
            escape(channels.get(entry.channel, entry.channel)),
            f" · {conditional_escape(entry.author)}",
        ]
        if entry.note:
            item.append(f" · {conditional_escape(entry.note)}")
        if getattr(entry, "editable", False):
            correct = correct or escape(gettext("correct"))
            item.append(
                f' · <a href="{escape(entry.edit_url)}">{correct}<span class="visually-hidden">'
                f" {day}, {entry.minutes} min</span></a>"
            )
        item.append("</li>")
        items.append("".join(item))
    return mark_safe("\n".join(items))  # noqa: S308


def _attachment_items(reference: str, files) -> str:
    """guichet/_attachments.html."""
    base = reverse("guichet:attachment", args=[reference, 0])[: -len("0/")]
    items = "".join(
        f'<li><a href="{base}{f.pk}/">{escape(f.original_name)}</a> <span class="help">'
        f"({escape(f.kind_label)}, {escape(f.size_label)})</span></li>"
        for f in files
    )
    return f'<ul class="attachments">\n  {items}\n</ul>'


def exchange_items(messages, reference: str) -> SafeString:
    """The messages of a request, oldest first, each with its documents and, for an internal
    note, its badge; "No message yet." when there is none."""
    if not messages:
        return mark_safe(f"<p>{escape(gettext('No message yet.'))}</p>")  # noqa: S308
    note_badge = f'<span class="badge badge-warning">{escape(gettext("Internal note"))}</span>'
    items = []
    for m in messages:
        if m.internal:
            side = "exchange-note"
        else:
            side = "exchange-buyer" if m.from_requester else "exchange-advisor"
        at = timezone.localtime(m.created_at)
        when = escape(f"{at.day} {MONTHS[at.month]} {at.year}, {at.hour} h {at.minute:02d}")
        items.append(
            f'<li id="message-{m.pk}" class="exchange-item {side}">\n'
            f'<p class="exchange-meta">\n{note_badge if m.internal else ""}\n'
            f"<strong>{conditional_escape(m.author)}</strong> · "
            f'<time datetime="{at.isoformat()}">{when}</time>\n</p>\n'
            f'<p class="preserve-lines">{conditional_escape(m.body)}</p>\n'
            f"{_attachment_items(reference, m.files) if m.files else ''}\n</li>"
        )
    return mark_safe('<ol class="exchange">\n' + "\n".join(items) + "\n</ol>")  # noqa: S308
