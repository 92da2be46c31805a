"""The open-data API: published fiches only, read-only, documented at /api/openapi.json.

Field names are part of the public contract: add fields, never rename or remove them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.paginator import EmptyPage
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import timezone
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError

from apure.render_once import shared
from apure.site import site_url

from . import search, selectors, services
from .loi_climat import REQUIREMENTS
from .models import SLUG_RE, Fiche
from .text import render_markdown

api = NinjaAPI(
    title="La Clause Verte — Portail APuRe",
    version="1.0",
    description=(
        "Clauses et critères d'achat public durable publiés par le réseau APuRe "
        "(Hauts-de-France). Lecture seule, fiches publiées uniquement."
    ),
    urls_namespace="api",
    docs_url=None,
    openapi_url="/openapi.json",
)

MAX_PAGE_SIZE = 100


class FicheSummary(Schema):
    slug: str
    url: str
    title: str
    summary: str
    kind: str
    contract_type: str
    level: str
    tender_document: str
    segments: list[str]
    themes: list[str]
    version: int
    published_at: datetime | None
    updated_at: datetime

    @staticmethod
    def resolve_url(obj: Fiche) -> str:
        return site_url() + obj.get_absolute_url()

    @staticmethod
    def resolve_segments(obj: Fiche) -> list[str]:
        return [s.slug for s in obj.segments.all()]

    @staticmethod
    def resolve_themes(obj: Fiche) -> list[str]:
        return [t.code for t in obj.themes.all()]


class EForms(Schema):
    strategic: list[str]
    green: list[str]
    social: list[str]
    green_criteria: list[str]


class LoiClimat(Schema):
    environmental_execution_condition: bool
    environmental_award_criterion: bool
    social_clause: bool


class FicheDetail(FicheSummary):
    text: str
    text_html: str
    guidance: str
    guidance_html: str
    verification: str
    legal_references: str
    cpv_codes: list[str]
    sources: str
    eforms: EForms
    loi_climat: LoiClimat
    copy_count: int

    @staticmethod
    def resolve_text_html(obj: Fiche) -> str:
        return render_markdown(obj.text)

    @staticmethod
    def resolve_guidance_html(obj: Fiche) -> str:
        return render_markdown(obj.guidance)

    @staticmethod
    def resolve_eforms(obj: Fiche) -> dict:
        return {
            "strategic": obj.eforms_strategic or [],
            "green": obj.eforms_green or [],
            "social": obj.eforms_social or [],
            "green_criteria": obj.eforms_green_criteria or [],
        }

    @staticmethod
    def resolve_loi_climat(obj: Fiche) -> dict:
        return {r.api_name: r.met_by(obj) for r in REQUIREMENTS}


class FichePage(Schema):
    count: int
    page: int
    page_size: int
    num_pages: int
    next: str | None
    previous: str | None
    results: list[FicheSummary]


class Error(Schema):
    detail: str


class Filters(Schema):
    q: str = ""
    kind: list[str] = []
    segment: list[str] = []
    theme: list[str] = []
    level: list[str] = []
    contract_type: list[str] = []
    modified_since: datetime | None = Field(
        None,
        description=(
            "Seulement les fiches modifiées depuis cette date et heure (ISO 8601, par exemple "
            "2026-11-01T00:00:00+01:00) : pour une synchronisation incrémentale."
        ),
    )
    page: int = 1
    page_size: int = 20


def _open(response: HttpResponse) -> None:
    response["Access-Control-Allow-Origin"] = "*"


@api.get(
    "/clauses/",
    response={200: FichePage, 404: Error},
    summary="Chercher dans les fiches publiées",
    tags=["clauses"],
)
def clause_list(request: HttpRequest, response: HttpResponse, filters: Query[Filters]):
    """Mêmes filtres que la page /clauses/ ; plusieurs valeurs d'un même filtre se combinent
    avec OU, les filtres entre eux avec ET. Une valeur inconnue est ignorée. Une page au-delà
    de la dernière répond 404, comme la page HTML."""
    _open(response)  # also on an error
    # The JSON is computed once per catalogue version and query (apure.render_once).
    key = ("api-list", site_url(), request.path, filters.model_dump_json())
    body = shared(("clauses",), key, lambda: _list_body(request, filters))
    return _json(body)


def _list_body(request: HttpRequest, filters: Filters) -> bytes:
    params = {
        name: getattr(filters, name)
        for name in ("kind", "segment", "theme", "level", "contract_type")
    }
    data = QueryDict(mutable=True)
    for name, values in params.items():
        data.setlist(name, [str(v)[:100] for v in values[:50]])
    modified_since = filters.modified_since
    if modified_since is not None and timezone.is_naive(modified_since):
        modified_since = timezone.make_aware(modified_since)
    result = search.clause_search(
        query=filters.q[:1000], params=data, facets=False, modified_since=modified_since
    )
    page_size = min(max(filters.page_size, 1), MAX_PAGE_SIZE)
    result.queryset = result.queryset.prefetch_related("segments")
    paginator = search.SearchPaginator(result, page_size)
    try:
        page = paginator.page(max(filters.page, 1))
    except EmptyPage:
        if filters.page > 1:
            raise HttpError(
                404, "Cette page n'existe pas : la recherche a moins de pages."
            ) from None
        page = paginator.get_page(1)

    def link(number: int | None) -> str | None:
        if number is None:
            return None
        query = request.GET.copy()
        for name in list(query):  # the known parameters only
            if name not in Filters.model_fields:
                del query[name]
        query["page"] = str(number)
        return f"{site_url()}{request.path}?{query.urlencode()}"

    payload = {
        "count": paginator.count,
        "page": page.number,
        "page_size": page_size,
        "num_pages": paginator.num_pages,
        "next": link(page.next_page_number() if page.has_next() else None),
        "previous": link(page.previous_page_number() if page.has_previous() else None),
        "results": list(page.object_list),
    }
    return _render(request, FichePage, payload)


def _render(request: HttpRequest, schema: type[Schema], data: Any) -> bytes:
    """The JSON Ninja would send for `data` through `schema`."""
    payload = schema.from_orm(data).model_dump(by_alias=True)
    return api.renderer.render(request, payload, response_status=200)


def _json(body: bytes) -> HttpResponse:
    response = HttpResponse(body, content_type=api.renderer.media_type)
    _open(response)
    return response


@api.get(
    "/clauses/{slug}/",
    response={200: FicheDetail, 404: Error},
    summary="Une fiche publiée",
    tags=["clauses"],
)
def clause_detail(request: HttpRequest, response: HttpResponse, slug: str):
    _open(response)
    if not SLUG_RE.fullmatch(slug):
        raise HttpError(404, "Fiche introuvable.")

    def body() -> bytes:
        fiche = selectors.published_fiche_full(slug=slug)
        if fiche is None:
            raise HttpError(404, "Fiche introuvable.")
        return _render(request, FicheDetail, fiche)

    key = ("api-detail", site_url(), slug)
    return _json(shared(("clauses", services.ACTIVITY_NAMESPACE), key, body))
