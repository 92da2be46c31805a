from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength
from stdnum.fr import siret


def normalise_siret(value: str) -> str:
    return siret.compact(value or "")


def validate_siret(value: str) -> None:
    """Refuse anything that is not a real SIRET, with a message a buyer understands."""
    try:
        siret.validate(value)
    except InvalidLength as exc:
        raise ValidationError(
            _("A SIRET number has exactly 14 digits."), code="siret_length"
        ) from exc
    except InvalidFormat as exc:
        raise ValidationError(
            _("A SIRET number contains digits only."), code="siret_format"
        ) from exc
    except InvalidChecksum as exc:
        raise ValidationError(
            _(
                "This SIRET number is not valid: please check it on your Kbis "
                "or in the SIRENE directory."
            ),
            code="siret_checksum",
        ) from exc


class PasswordStrengthValidator:
    """Refuse passwords that are easy to guess, in French as in English.

    zxcvbn estimates how many guesses a password needs from lists of common passwords, names and
    words, keyboard patterns, dates and repetitions; the person's own details and the portal's
    name are added to what it tries first. No character-class rule: a long passphrase of
    ordinary words passes, "azertyuiop12" or "soleil123456" does not.
    """

    # Words of this portal and of the French keyboard that the bundled lists do not know.
    PORTAL_WORDS = ["apure", "portail", "portailapure", "cerdd", "cd2e", "azerty", "motdepasse"]
    MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection" (about 10^8 guesses)

    def validate(self, password: str, user=None) -> None:
        from zxcvbn import zxcvbn

        folded = _fold(password)
        if "apure" in folded:
            raise ValidationError(
                _("Your password must not contain the name of the portal."),
                code="password_portal_name",
            )
        inputs = list(self.PORTAL_WORDS)
        if user is not None:
            for attribute in ("email", "first_name", "last_name", "job_title"):
                value = getattr(user, attribute, "") or ""
                inputs += [part for part in _fold(value).replace("@", " ").split() if part]
            organisation = getattr(user, "organisation", None)
            if organisation is not None:
                inputs += _fold(organisation.name).split()
        # zxcvbn measures at most 72 characters; a longer password is at least that strong.
        result = zxcvbn(password[:72], user_inputs=inputs)
        if result["score"] < self.MIN_SCORE:
            raise ValidationError(
                _(
                    "This password is too easy to guess. Choose a passphrase of several "
                    "unrelated words, for example four words separated by dashes."
                ),
                code="password_too_guessable",
            )

    def get_help_text(self) -> str:
        return _(
            "Choose a password that is hard to guess: a passphrase of several unrelated words "
            "is easy to remember and strong."
        )


def _fold(value: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", value.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
