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
