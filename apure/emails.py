"""Emails are rendered when the change happens and sent through the outbox."""

import base64
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template, render_to_string

from .models import OutboxMessage
from .outbox import outbox_enqueue, outbox_handler
from .site import site_url


def email_enqueue(
    *,
    to: list[str],
    template: str,
    context: dict[str, Any],
    key: str | None = None,
    attachments: list[dict[str, str]] | None = None,
) -> OutboxMessage:
    """Render `emails/<template>_subject.txt`, `_message.txt` and `_message.html` (optional)
    and queue the email. `attachments`: `{"filename", "content", "mimetype"}` dicts whose
    content is text (an .ics) or base64 (with `"base64": "1"`)."""
    context = {"site_url": site_url(), **context}
    subject = render_text(f"emails/{template}_subject.txt", context)
    subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split())
    body = render_text(f"emails/{template}_message.txt", context)
    try:
        html = render_to_string(f"emails/{template}_message.html", context)
    except TemplateDoesNotExist:
        html = ""
    return email_enqueue_rendered(
        to=to, subject=subject, body=body, html=html, key=key, attachments=attachments
    )


def render_text(name: str, context: dict[str, Any]) -> str:
    """A plain-text template without HTML escaping: "d'exploration" stays as written."""
    return get_template(name).template.render(Context(context, autoescape=False))


def email_enqueue_rendered(
    *,
    to: list[str],
    subject: str,
    body: str,
    html: str = "",
    key: str | None = None,
    attachments: list[dict[str, str]] | None = None,
) -> OutboxMessage:
    payload = {"to": list(to), "subject": subject, "body": body, "html": html}
    if attachments:
        payload["attachments"] = attachments
    return outbox_enqueue(kind="email", payload=payload, key=key)


@outbox_handler("email")
def send_email(payload: dict[str, Any]) -> None:
    message = EmailMultiAlternatives(
        subject=payload["subject"],
        body=payload["body"],
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=payload["to"],
    )
    if payload.get("html"):
        message.attach_alternative(payload["html"], "text/html")
    for attachment in payload.get("attachments", []):
        content: str | bytes = attachment["content"]
        if attachment.get("base64"):
            content = base64.b64decode(content)
        message.attach(attachment["filename"], content, attachment["mimetype"])
    message.send()
