"""The "Add to my selection" button of a card or a fiche, per person even in a page rendered
once for everyone (apure.render_once): both states are rendered once, each response picks."""

from django import template
from django.utils.safestring import mark_safe

from apure.render_once import collector, personal_choice

register = template.Library()
TEMPLATE = "clauses/_selection_toggle.html"


class _Everything:
    def __contains__(self, item) -> bool:
        return True


class _Nothing:
    def __contains__(self, item) -> bool:
        return False


@register.simple_tag(takes_context=True)
def selection_toggle(context, fiche):
    toggle = context.template.engine.get_template(TEMPLATE)
    if collector(context) is None:
        return mark_safe(toggle.render(context))  # noqa: S308  (an autoescaped template)
    variants = {}
    for name, selection in (("in", _Everything()), ("out", _Nothing())):
        with context.push(selection=selection):
            variants[name] = toggle.render(context)
    # A page may list a fiche twice (the kit): each button has its own id prefix.
    key = f"{fiche.pk}.{context.get('id_prefix', '')}"
    return mark_safe(personal_choice(context, "selection", key, variants))  # noqa: S308


def selection_choices(selection) -> dict:
    """`choices` for render_once: a card's button says whether that fiche is in the person's
    active selection."""
    ids: set[int] = set()
    loaded = []

    def choose(key: str) -> str:
        if not loaded:
            ids.update(selection.ids())
            loaded.append(True)
        return "in" if int(key.split(".", 1)[0]) in ids else "out"

    return {"selection": choose}
