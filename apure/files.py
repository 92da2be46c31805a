"""Private files: uploads that only the people allowed may download.

Three apps keep documents (Guichet Vert attachments, chantier deliverables, event documents).
They all do it this way:

* the model inherits `PrivateFile` (abstract) and adds its own foreign key;
* the form uses `UploadField` (one file) or `MultipleUploadField` (several): the size is capped
  and the type is decided by the file's content, not its name (an executable renamed `.pdf` is
  refused with the field's error);
* the service calls `private_file_save(instance, upload, by=...)`, which stores the bytes under a
  generated name in PRIVATE_MEDIA_ROOT, a folder no web server serves;
* the download view checks the app's permission, then returns `private_file_response(obj)`:
  `Content-Disposition: attachment` with the original name, `nosniff`, `no-store`;
* when the row goes (delete, bulk delete, cascade) its file goes with it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.http import FileResponse, Http404
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .exports import attachment_disposition
from .http import no_store

MAX_UPLOAD_SIZE = 10 * 1024 * 1024


@dataclass(frozen=True)
class Kind:
    extension: str
    mime: str
    label: str


KINDS = {
    kind.extension: kind
    for kind in [
        Kind("pdf", "application/pdf", "PDF"),
        Kind("doc", "application/msword", "Word"),
        Kind(
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "Word",
        ),
        Kind("xls", "application/vnd.ms-excel", "Excel"),
        Kind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
        Kind("ppt", "application/vnd.ms-powerpoint", "PowerPoint"),
        Kind(
            "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "PowerPoint",
        ),
        Kind("odt", "application/vnd.oasis.opendocument.text", "OpenDocument"),
        Kind("ods", "application/vnd.oasis.opendocument.spreadsheet", "OpenDocument"),
        Kind("odp", "application/vnd.oasis.opendocument.presentation", "OpenDocument"),
        Kind("png", "image/png", "PNG"),
        Kind("jpg", "image/jpeg", "JPEG"),
        Kind("webp", "image/webp", "WebP"),
    ]
}
DOCUMENTS = tuple(KINDS)  # what every app accepts unless it says otherwise
IMAGES = ("png", "jpg", "webp")


@deconstructible
class _PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, with no URL: they are served by views only."""

    def __init__(self):
        super().__init__(location=None, base_url=None)

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    def url(self, name):
        raise ValueError("private files have no URL; serve them with private_file_response")


private_storage = _PrivateStorage()


def generated_name(instance: models.Model, filename: str) -> str:
    """`<app>/<model>/<year>/<random>.<ext>`: nothing of the uploader's name reaches the disk."""
    extension = getattr(instance, "content_kind", "") or "bin"
    meta = instance._meta
    return f"{meta.app_label}/{meta.model_name}/{timezone.now():%Y}/{uuid.uuid4().hex}.{extension}"


class PrivateFile(models.Model):
    """An uploaded document. Subclasses add the foreign key to what it belongs to."""

    file = models.FileField(_("file"), storage=private_storage, upload_to=generated_name)
    original_name = models.CharField(_("file name"), max_length=255)
    content_kind = models.CharField(_("type"), max_length=10)
    size = models.PositiveIntegerField(_("size in bytes"))
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.original_name

    @property
    def kind_label(self) -> str:
        kind = KINDS.get(self.content_kind)
        return kind.label if kind else self.content_kind.upper()

    @property
    def size_label(self) -> str:
        return filesizeformat(self.size)


def detect_kind(upload) -> Kind | None:
    """The kind of the file by its first bytes (None when it is none we accept)."""
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(position)
    guess = filetype.guess(head)
    if guess is None:
        return None
    extension = "jpg" if guess.extension == "jpeg" else guess.extension
    return KINDS.get(extension)


def validate_upload(upload, *, kinds=DOCUMENTS, max_size: int = MAX_UPLOAD_SIZE) -> Kind:
    """The upload's kind, or a ValidationError in French that names the file."""
    name = getattr(upload, "name", "") or ""
    if upload.size > max_size:
        raise ValidationError(
            _("“%(name)s” is too large (%(size)s): at most %(max)s per file."),
            code="too_large",
            params={
                "name": name,
                "size": filesizeformat(upload.size),
                "max": filesizeformat(max_size),
            },
        )
    if upload.size == 0:
        raise ValidationError(_("“%(name)s” is empty."), code="empty", params={"name": name})
    kind = detect_kind(upload)
    if kind is None or kind.extension not in kinds:
        allowed = ", ".join(sorted({KINDS[k].label for k in kinds}))
        raise ValidationError(
            _("“%(name)s” is not an accepted document. Accepted: %(allowed)s."),
            code="bad_type",
            params={"name": name, "allowed": allowed},
        )
    return kind


class UploadField(forms.FileField):
    """One document, checked by content and size."""

    def __init__(self, *, kinds=DOCUMENTS, max_size: int = MAX_UPLOAD_SIZE, **kwargs):
        self.kinds, self.max_size = kinds, max_size
        kwargs.setdefault(
            "help_text",
            _("%(kinds)s; at most %(max)s.")
            % {
                "kinds": ", ".join(sorted({KINDS[k].label for k in kinds})),
                "max": filesizeformat(max_size),
            },
        )
        super().__init__(**kwargs)
        accept = ",".join(f".{k}" for k in kinds)
        self.widget.attrs.setdefault("accept", accept)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            validate_upload(upload, kinds=self.kinds, max_size=self.max_size)
        return upload


class _MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleUploadField(UploadField):
    """Up to `max_files` documents in one input (`<input type="file" multiple>`)."""

    widget = _MultipleFileInput

    def __init__(self, *, max_files: int = 5, **kwargs):
        self.max_files = max_files
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        uploads = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if not uploads:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        if len(uploads) > self.max_files:
            raise ValidationError(
                ngettext(
                    "At most %(n)s file can be attached.",
                    "At most %(n)s files can be attached.",
                    self.max_files,
                )
                % {"n": self.max_files},
                code="too_many",
            )
        errors = []
        for upload in uploads:
            try:
                forms.FileField.clean(self, upload)
                validate_upload(upload, kinds=self.kinds, max_size=self.max_size)
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return uploads


def private_file_save(instance: PrivateFile, upload, **fields) -> PrivateFile:
    """Fill `instance` from a validated upload and save it (call inside the service's
    transaction, after the form validated the upload with `UploadField`)."""
    kind = validate_upload(upload)
    instance.original_name = (getattr(upload, "name", "") or "document")[-255:]
    instance.content_kind = kind.extension
    instance.size = upload.size
    for name, value in fields.items():
        setattr(instance, name, value)
    upload.seek(0)
    instance.file.save(instance.original_name, upload, save=False)
    try:
        instance.full_clean()
        instance.save()
    except Exception:
        instance.file.storage.delete(instance.file.name)
        raise
    return instance


def private_file_response(obj: PrivateFile) -> FileResponse:
    """The download of a file the caller has already checked the user may read."""
    try:
        handle = obj.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404 from None
    kind = KINDS.get(obj.content_kind)
    response = FileResponse(handle, content_type=kind.mime if kind else "application/octet-stream")
    response["Content-Disposition"] = attachment_disposition(obj.original_name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return no_store(response)


@receiver(post_delete, dispatch_uid="apure_private_file_cleanup")
def _delete_stored_file(sender, instance, **kwargs) -> None:
    """A row of any PrivateFile model goes: its file goes once the deletion is committed."""
    if not isinstance(instance, PrivateFile) or not instance.file.name:
        return
    name, storage = instance.file.name, instance.file.storage
    transaction.on_commit(lambda: storage.delete(name))
