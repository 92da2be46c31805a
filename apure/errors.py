"""The one refusal every service raises.

A service refuses an impossible or forbidden move by raising `DomainError` with a French
message (a translated string). Views show it as is: as a form error (`form_error_from`) or as a
flash message (`apure.http.domain_errors_as_messages`). It never reaches the user as a 500.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A refusal with a French message the view shows as is.

    `field` names the form field the message belongs to, when there is one.
    """

    def __init__(self, message: Any, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return str(self.message)


def form_error_from(form, error: DomainError) -> None:
    """Attach a service's refusal to the form it came from (a field error when it names one
    of the form's fields, a form error otherwise)."""
    field = error.field if error.field in getattr(form, "fields", {}) else None
    form.add_error(field, str(error))
