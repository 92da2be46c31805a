import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from clauses import services
from clauses.models import Fiche

pytestmark = pytest.mark.django_db


def test_database_refuses_a_published_fiche_without_text_or_date(make_fiche):
    fiche = make_fiche(status=Fiche.Status.DRAFT, text="")
    with pytest.raises(IntegrityError), transaction.atomic():
        Fiche.objects.filter(pk=fiche.pk).update(status=Fiche.Status.PUBLISHED)
    fiche.text = "Texte"
    fiche.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        Fiche.objects.filter(pk=fiche.pk).update(status=Fiche.Status.PUBLISHED)


def test_database_refuses_unknown_choices_and_duplicate_slugs(make_fiche):
    fiche = make_fiche()
    with pytest.raises(IntegrityError), transaction.atomic():
        Fiche.objects.filter(pk=fiche.pk).update(kind="poem")
    with pytest.raises(IntegrityError), transaction.atomic():
        Fiche.objects.create(
            slug=fiche.slug,
            title="Doublon",
            summary="x",
            kind="award_criterion",
            contract_type="works",
            level="base",
            tender_document="RC",
        )


def test_model_validation(make_fiche):
    with pytest.raises(ValidationError) as error:
        make_fiche(slug="selection")
    assert "slug" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        make_fiche(eforms_strategic=["env-imp", "bogus"], cpv_codes=["123"])
    assert {"eforms_strategic", "cpv_codes"} <= set(error.value.message_dict)
    # BT-774 and BT-775 follow the eForms code lists ("pollu-prev", not "pol-prev").
    with pytest.raises(ValidationError) as error:
        make_fiche(eforms_green=["pol-prev"], eforms_social=["fair-tr"])
    assert {"eforms_green", "eforms_social"} <= set(error.value.message_dict)
    make_fiche(
        eforms_strategic=["env-imp", "soc-obj"],
        eforms_green=["pollu-prev"],
        eforms_social=["opp", "work-cond"],
    )


def test_every_save_is_kept_in_the_history(make_fiche):
    fiche = make_fiche(title="Première version")
    fiche.title = "Deuxième version"
    fiche.save()
    titles = list(fiche.history.order_by("history_id").values_list("title", flat=True))
    assert titles[0] == "Première version" and titles[-1] == "Deuxième version"


def test_search_columns_are_folded(make_fiche):
    fiche = make_fiche(title="Béton ISOLANT", text="Œuvre écologique")
    assert fiche.search_title == "beton isolant"
    assert "oeuvre ecologique" in fiche.search_document


def test_kit_flags_are_derived(make_fiche):
    fiche = make_fiche(kind=Fiche.Kind.AWARD_CRITERION, eforms_strategic=["env-imp", "soc-obj"])
    # An award criterion is not a social execution condition (L2112-2-1), whatever its BT-06.
    assert fiche.loi_climat() == {"env_execution": False, "env_award": True, "social": False}


def test_a_social_clause_covers_the_social_requirement_without_soc_obj(make_fiche):
    from clauses.selectors import kit_coverage, kit_proposals

    fiche = make_fiche(kind=Fiche.Kind.SOCIAL_CLAUSE, eforms_strategic=[], contract_type="works")
    assert fiche.social_objective and fiche.loi_climat()["social"]
    social = next(c for c in kit_coverage([fiche])["requirements"] if c["code"] == "social")
    assert social["fiches"] == [fiche]
    proposals = {p["code"]: p for p in kit_proposals(contract_type="works", segment=None)}
    assert proposals["social"]["proposal"] == fiche
    fiche.kind = Fiche.Kind.EXECUTION_CONDITION
    fiche.save(update_fields=["kind"])
    fiche.refresh_from_db()
    assert not fiche.social_objective


def test_two_roots_of_the_same_name_are_refused(taxonomy):
    from django.db import IntegrityError, transaction

    from clauses.models import Segment

    with pytest.raises(IntegrityError), transaction.atomic():
        Segment.objects.create(name="Travaux", slug="travaux-bis", parent=None)
    # The same name under two different parents stays possible.
    travaux = Segment.objects.get(name="Travaux", parent=None)
    fournitures = Segment.objects.get(name="Fournitures", parent=None)
    Segment.objects.create(name="Divers", slug="divers-1", parent=travaux)
    Segment.objects.create(name="Divers", slug="divers-2", parent=fournitures)


def test_every_field_list_derives_from_the_fiche_definition():
    from clauses import models
    from clauses.forms import FicheForm

    concrete = {f.name for f in Fiche._meta.get_fields()}
    assert set(models.CONTENT_FIELDS) <= concrete
    assert set(models.RELATION_FIELDS) <= concrete
    assert set(models.CONTENT_FIELDS) == {
        *models.REQUIRED_FIELDS,
        *models.TEXT_FIELDS,
        *models.CODE_LIST_FIELDS,
    }
    for name in models.REQUIRED_FIELDS:
        assert not Fiche._meta.get_field(name).blank, name
    for name in models.CODE_LIST_FIELDS:
        assert Fiche._meta.get_field(name).get_internal_type() == "JSONField", name
    assert set(models.CATALOGUE_COLUMNS) == {
        "slug",
        *models.CONTENT_FIELDS,
        *models.RELATION_FIELDS,
        *models.WORKFLOW_FIELDS,
    }
    assert set(models.CATALOGUE_REQUIRED_COLUMNS) == {"slug", *models.REQUIRED_FIELDS}
    form_fields = set(FicheForm.base_fields)
    assert {*models.CONTENT_FIELDS, *models.RELATION_FIELDS} <= form_fields
    assert set(models.LIST_FIELDS) - {"pk"} <= concrete


def test_the_kit_states_the_law_as_it_stands():
    from clauses.loi_climat import BY_CODE, SUMMARY

    assert BY_CODE["env_execution"].reference == "L2112-2"
    assert BY_CODE["env_award"].reference == "L2152-7"
    assert BY_CODE["social"].reference == "L2112-2-1"
    assert "PNAD" in str(BY_CODE["social"].obligation)
    text = str(SUMMARY)
    assert "L2112-2-1" in text and "PNAD" in text and "2021-1104" in text


def test_fair_trade_or_accessibility_is_not_the_social_execution_condition(make_fiche):
    spec = make_fiche(kind=Fiche.Kind.TECHNICAL_SPEC, eforms_strategic=["soc-obj"])
    award = make_fiche(kind=Fiche.Kind.AWARD_CRITERION, eforms_strategic=["soc-obj"])
    condition = make_fiche(kind=Fiche.Kind.EXECUTION_CONDITION, eforms_strategic=["soc-obj"])
    assert not spec.loi_climat()["social"] and not award.loi_climat()["social"]
    assert condition.loi_climat()["social"]


def test_the_kit_offers_segments_of_the_contract_type_and_no_unrelated_fallback(
    client, taxonomy, make_fiche
):
    from clauses.selectors import kit_proposals

    batiment, entretien = taxonomy["segments"]["batiment"], taxonomy["segments"]["entretien"]
    make_fiche(contract_type="works", segments=[batiment])
    reserved = make_fiche(
        contract_type="supplies",
        kind=Fiche.Kind.EXECUTION_CONDITION,
        eforms_strategic=["env-imp"],
        segments=[entretien],
    )
    page = client.get("/clauses/kit-loi-climat/", {"contract_type": "works"})
    options = page.context["form"].fields["segment"].choices
    labels = str(options)
    assert "Bâtiment" in labels and "Produits d" not in labels
    refused = client.get(
        "/clauses/kit-loi-climat/", {"contract_type": "works", "segment": entretien.slug}
    )
    assert refused.status_code == 400 and "segment" in refused.context["form"].errors
    energie = services.segment_ensure(parent_name="Fournitures", name="Énergie")
    proposals = kit_proposals(contract_type="supplies", segment=energie)
    assert all(p["proposal"] != reserved for p in proposals)
    assert all(p["proposal"] is None for p in proposals)
