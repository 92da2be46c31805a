"""Template tags of the core shared by every app."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from apure.registry import registry
from apure.render_once import collector, personal_chrome, personal_part

register = template.Library()


@register.simple_tag(takes_context=True)
def object_panels(context, slot: str, obj):
    """The blocks other apps registered for this kind of object (`registry.add_object_panel`),
    e.g. the Guichet Vert's Q&As on a clause fiche. Nothing when no app registered one."""
    request = context.get("request")
    html = [
        render_to_string(shown["template"], {**shown["context"], "object": obj}, request=request)
        for shown in registry.render_panels(registry.object_panels.get(slot, []), request, obj)
    ]
    return mark_safe("".join(html))  # noqa: S308  (rendered templates, autoescaped)


# The base template's parts that depend only on the person, the menu and the address.
CHROME = frozenset(
    f"apure/personal/{name}.html"
    for name in ("body_attributes", "account_nav", "main_nav", "session_warning")
)


@register.simple_tag(takes_context=True)
def personal(context, name: str):
    """A part of the page that belongs to the person asking (apure.render_once): included
    as is in an ordinary rendering, left as a marker in a shared one and put back into each
    response with that response's own context."""
    if collector(context) is not None:
        return mark_safe(personal_part(name))  # noqa: S308  (a marker, replaced before sending)
    template = context.template.engine.get_template(name)
    if name in CHROME:
        return mark_safe(personal_chrome(context, name, lambda: template.render(context)))  # noqa: S308
    return mark_safe(template.render(context))  # noqa: S308
