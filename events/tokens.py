"""Signed links a person uses without an account.

The personal link (see, change the group, cancel; also the check-in link in the QR code) is
signed and carries the registration's stored secret, so that a tampered link fails the
signature and an erased registration's old links stop working. The email confirmation link of
a guest also carries a timestamp: it expires with the unconfirmed registration, after 48 hours.
"""

from __future__ import annotations

from datetime import timedelta

from django.core import signing

PERSONAL_SALT = "events.registration"
CONFIRM_SALT = "events.confirm"
CONFIRM_MAX_AGE = timedelta(hours=48)


class BadToken(Exception):
    """The link was tampered with, has expired, or no longer matches a registration."""


def registration_token(registration) -> str:
    return signing.dumps([registration.pk, registration.secret], salt=PERSONAL_SALT)


def confirmation_token(registration) -> str:
    return signing.dumps([registration.pk, registration.secret], salt=CONFIRM_SALT)


def _load(token: str, *, salt: str, max_age=None) -> tuple[int, str]:
    try:
        value = signing.loads(token[:300], salt=salt, max_age=max_age)
    except signing.SignatureExpired as error:
        raise BadToken("expired") from error
    except (signing.BadSignature, ValueError, UnicodeError) as error:
        raise BadToken("bad") from error
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not isinstance(value[0], int)
        or not isinstance(value[1], str)
    ):
        raise BadToken("bad")
    return value[0], value[1]


def read_registration_token(token: str) -> tuple[int, str]:
    return _load(token, salt=PERSONAL_SALT)


def read_confirmation_token(token: str) -> tuple[int, str]:
    return _load(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
