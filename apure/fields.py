"""Form fields every app may need, hardened against input the database cannot hold."""

from django import forms

# A primary key is a 64-bit integer: a longer number reaches the database as an overflow
# (SQLite) or an out-of-range error (PostgreSQL), i.e. a 500, unless the form refuses it first.
MAX_PK_DIGITS = 18


def _plausible_pk(value) -> bool:
    text = str(value).strip()
    return text.isdigit() and len(text) <= MAX_PK_DIGITS


class ModelChoiceField(forms.ModelChoiceField):
    """A choice of one object; any value that cannot be a key is an unknown choice."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, self.queryset.model):
            return super().to_python(value)
        if self.to_field_name is None and not _plausible_pk(value):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of several objects; any value that cannot be a key is an unknown choice."""

    def _check_values(self, value):
        if self.to_field_name is None:
            for item in value:
                if not _plausible_pk(item):
                    raise forms.ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": str(item)[:50]},
                    )
        return super()._check_values(value)
