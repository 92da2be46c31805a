import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

from clauses.models import Fiche

pytestmark = pytest.mark.django_db


@pytest.fixture
def spec(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def check_against_schema(spec, path, payload, status="200"):
    operation = spec["paths"][path]["get"]
    schema = operation["responses"][status]["content"]["application/json"]["schema"]
    document = {**schema, "components": spec["components"]}
    OAS31Validator(document).validate(payload)


def test_openapi_document_is_valid(spec):
    validate(spec)
    assert "/api/clauses/" in spec["paths"] and "/api/clauses/{slug}/" in spec["paths"]


def test_list_gives_published_fiches_with_filters(client, spec, taxonomy, make_fiche):
    seg = taxonomy["segments"]["batiment"]
    shown = make_fiche(title="Béton de chanvre", kind="technical_spec", segments=[seg])
    make_fiche(title="Béton brouillon", status=Fiche.Status.DRAFT)
    make_fiche(title="Papier", kind="award_criterion")
    response = client.get("/api/clauses/")
    payload = response.json()
    check_against_schema(spec, "/api/clauses/", payload)
    assert payload["count"] == 2
    assert response["Access-Control-Allow-Origin"] == "*"
    payload = client.get("/api/clauses/?q=betons&kind=technical_spec&segment=travaux").json()
    assert [item["slug"] for item in payload["results"]] == [shown.slug]
    assert payload["results"][0]["segments"] == [seg.slug]
    payload = client.get("/api/clauses/?kind=nope").json()
    assert payload["count"] == 2


def test_pagination(client, make_fiche):
    for _ in range(5):
        make_fiche()
    payload = client.get("/api/clauses/?page_size=2&page=2").json()
    assert payload["page"] == 2 and payload["num_pages"] == 3 and len(payload["results"]) == 2
    assert "page=3" in payload["next"] and "page=1" in payload["previous"]
    assert client.get("/api/clauses/?page_size=100000").json()["page_size"] == 100
    assert client.get("/api/clauses/?page=abc").status_code == 422


def test_detail(client, spec, make_fiche):
    fiche = make_fiche(
        kind="award_criterion", eforms_strategic=["env-imp"], text="<script>x</script>"
    )
    payload = client.get(f"/api/clauses/{fiche.slug}/").json()
    check_against_schema(spec, "/api/clauses/{slug}/", payload)
    assert payload["loi_climat"]["environmental_award_criterion"] is True
    assert "<script>" not in payload["text_html"]
    draft = make_fiche(status=Fiche.Status.DRAFT)
    response = client.get(f"/api/clauses/{draft.slug}/")
    assert response.status_code == 404
    check_against_schema(spec, "/api/clauses/{slug}/", response.json(), status="404")


def test_api_page_beyond_the_last_is_a_404(client, make_fiche):
    for _ in range(3):
        make_fiche()
    assert client.get("/api/clauses/", {"page_size": 2, "page": 2}).status_code == 200
    response = client.get("/api/clauses/", {"page_size": 2, "page": 3})
    assert response.status_code == 404
    assert "page" in response.json()["detail"]
    assert client.get("/api/clauses/", {"page": 1, "q": "introuvable"}).status_code == 200


def test_api_modified_since_gives_what_changed(client, make_fiche):
    from datetime import timedelta

    from django.utils import timezone

    old = make_fiche(title="Ancienne")
    Fiche.objects.filter(pk=old.pk).update(updated_at=timezone.now() - timedelta(days=10))
    recent = make_fiche(title="Récente")
    since = (timezone.now() - timedelta(days=1)).isoformat()
    data = client.get("/api/clauses/", {"modified_since": since}).json()
    assert [r["slug"] for r in data["results"]] == [recent.slug] and data["count"] == 1
    assert client.get("/api/clauses/").json()["count"] == 2
    assert client.get("/api/clauses/", {"modified_since": "pas une date"}).status_code == 422


def test_api_is_documented_in_french_on_a_page_without_cdn(client):
    schema = client.get("/api/openapi.json").json()
    summaries = [op["summary"] for path in schema["paths"].values() for op in path.values()]
    assert "Chercher dans les fiches publiées" in summaries and "Une fiche publiée" in summaries
    page = client.get("/api/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "/static/clauses/apidocs/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower() and "<script>" not in html
    assert 'id="swagger-settings"' in html and "/api/openapi.json" in html
