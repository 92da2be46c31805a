from django import template

register = template.Library()


@register.filter
def described(field):
    """The field's widget, tied by aria-describedby to its help text and its errors (Django
    5.2 links the help text only)."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}_error")
    if not ids or not field.auto_id:
        return field.as_widget()
    return field.as_widget(attrs={"aria-describedby": " ".join(ids)})
