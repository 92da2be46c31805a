import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

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
    assert fiche.is_env_award_criterion and fiche.is_social_clause
    assert not fiche.is_env_execution_condition


def test_a_social_clause_covers_the_social_requirement_without_soc_obj(make_fiche):
    from clauses.selectors import kit_coverage, kit_proposals

    fiche = make_fiche(kind=Fiche.Kind.SOCIAL_CLAUSE, eforms_strategic=[], contract_type="works")
    assert fiche.social_objective and fiche.is_social_clause
    social = next(c for c in kit_coverage([fiche]) if c["code"] == "social")
    assert social["fiches"] == [fiche]
    proposals = {p["code"]: p for p in kit_proposals(contract_type="works", segment=None)}
    assert proposals["social"]["proposal"] == fiche
    fiche.kind = Fiche.Kind.EXECUTION_CONDITION
    fiche.save(update_fields=["kind"])
    fiche.refresh_from_db()
    assert not fiche.social_objective
