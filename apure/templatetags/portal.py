"""Template tags of the core shared by every app."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from apure.registry import registry

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
