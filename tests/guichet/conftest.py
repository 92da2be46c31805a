import io
import itertools

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from guichet import services
from guichet.models import Request
from tests.factories import make_user

_n = itertools.count(1)

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf(name="cahier-des-charges.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def exe(name="devis.pdf"):
    return SimpleUploadedFile(
        name, b"MZ\x90\x00\x03" + b"\x00" * 200, content_type="application/pdf"
    )


@pytest.fixture
def segment(db):
    from clauses.services import segment_ensure

    return segment_ensure(parent_name="Fournitures", name="Alimentation")


@pytest.fixture
def advisor(db):
    return make_user("conseiller", first_name="Thomas", last_name="Leroy")


@pytest.fixture
def expert(db):
    return make_user("expert", first_name="Nadia", last_name="Benali")


def submit(by, **fields):
    values = {
        "kind": Request.Kind.PROJECT,
        "subject": f"Restauration scolaire {next(_n)}",
        "question": "Quels critères pour un marché de restauration scolaire avec 50 % de bio ?",
        "channel": Request.Channel.PHONE,
        "availability": "Mardi matin",
    }
    values.update(fields)
    request, _created = services.request_submit(by=by, **values)
    return request


@pytest.fixture
def make_request(db):
    def build(by=None, **fields):
        return submit(by or make_user("acheteur"), **fields)

    return build


@pytest.fixture
def answered(make_request, advisor):
    """A request taken by the advisor and answered publicly."""
    request = make_request()
    services.request_take(request=request, by=advisor)
    services.message_post(request=request, by=advisor, body="Voici les critères conseillés.")
    request.refresh_from_db()
    return request


@pytest.fixture
def closed(answered, advisor):
    return services.request_close(
        request=answered, by=advisor, summary="Critères : part de bio, circuits courts, gaspillage."
    )


def upload_bytes(upload):
    upload.seek(0)
    return io.BytesIO(upload.read())
