"""Several named selections: a buyer prepares one per contract (the canteen, the roads), works on
one at a time, renames, empties and deletes them; each has its own Loi Climat check and export."""

import io
import re

import pytest
from django.db import IntegrityError, connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apure.errors import DomainError
from clauses import services
from clauses.models import Fiche, Selection
from clauses.selection import SESSION_KEY
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def contracts(make_fiche, taxonomy):
    """A roads contract's three Loi Climat clauses, and a cleaning-products one."""
    voirie = taxonomy["segments"]["voirie"]
    entretien = taxonomy["segments"]["entretien"]
    works = {"contract_type": "works", "segments": [voirie]}
    return {
        "roads_condition": make_fiche(title="Enrobés recyclés", **works),
        "roads_criterion": make_fiche(
            title="Critère bilan carbone du chantier", kind=Fiche.Kind.AWARD_CRITERION, **works
        ),
        "roads_social": make_fiche(
            title="Heures d’insertion sur le chantier",
            kind=Fiche.Kind.SOCIAL_CLAUSE,
            eforms_strategic=[],
            **works,
        ),
        "cleaning": make_fiche(
            title="Produits d’entretien écolabellisés",
            contract_type="supplies",
            segments=[entretien],
        ),
    }


def page(client) -> str:
    return client.get(reverse("clauses:selection")).content.decode()


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def test_a_buyer_creates_a_second_selection_and_adds_to_it(client_for, contracts, taxonomy):
    buyer = make_user("acheteur")
    client = client_for(buyer)
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["cleaning"].slug})
    response = client.post(
        reverse("clauses:selection_create"),
        {"name": "Voirie 2027", "contract_type": "works", "segment": "voirie-et-reseaux"},
        follow=True,
    )
    assert "Sélection « Voirie 2027 » créée" in " ".join(messages_of(response)).replace(
        "\u00a0", " "
    )
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["roads_condition"].slug})
    first, roads = Selection.objects.filter(user=buyer).order_by("pk")
    assert first.name == "Ma sélection" and not first.is_active
    assert roads.is_active and roads.segment == taxonomy["segments"]["voirie"]
    assert list(roads.items.values_list("fiche__slug", flat=True)) == [
        contracts["roads_condition"].slug
    ]
    assert list(first.items.values_list("fiche__slug", flat=True)) == [contracts["cleaning"].slug]
    html = client.get(reverse("clauses:list")).content.decode()
    # The counter above the results names the active selection and counts it.
    assert re.search(r'id="selection-link".*Voirie 2027.*<span class="badge">1</span>', html)


def test_switching_selection_changes_where_fiches_go(client_for, contracts):
    buyer = make_user("acheteur")
    client = client_for(buyer)
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["cleaning"].slug})
    first = Selection.objects.get(user=buyer)
    services.selection_create(user=buyer, name="Voirie")
    response = client.post(reverse("clauses:selection_activate", args=[first.pk]), follow=True)
    assert "Vous travaillez maintenant sur « Ma sélection »" in " ".join(
        messages_of(response)
    ).replace("\u00a0", " ")
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["roads_condition"].slug})
    assert first.items.count() == 2
    assert Selection.objects.get(user=buyer, name="Voirie").items.count() == 0


def test_rename_and_set_the_contract(client_for, contracts):
    buyer = make_user("acheteur")
    client = client_for(buyer)
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["cleaning"].slug})
    selection = Selection.objects.get(user=buyer)
    response = client.post(
        reverse("clauses:selection_update", args=[selection.pk]),
        {"name": "  Produits   d’entretien ", "contract_type": "supplies", "segment": ""},
        follow=True,
    )
    selection.refresh_from_db()
    assert selection.name == "Produits d’entretien" and selection.contract_type == "supplies"
    assert any("enregistrée" in m for m in messages_of(response))


@pytest.mark.parametrize(
    "data, message",
    [
        ({"name": "   "}, "Nom (l’objet du marché)"),
        ({"name": "x" * 201}, "200"),
        ({"name": "Cantine", "contract_type": "travaux"}, "Type de marché"),
        ({"name": "Cantine", "segment": "inconnu"}, "Segment d’achat"),
        # Roads are works, not services: a segment must fit the contract type.
        ({"name": "Cantine", "contract_type": "services", "segment": "voirie-et-reseaux"}, ""),
    ],
)
def test_bad_input_changes_nothing_and_says_why_in_french(client_for, contracts, data, message):
    buyer = make_user("acheteur")
    client = client_for(buyer)
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["cleaning"].slug})
    selection = Selection.objects.get(user=buyer)
    for url in (
        reverse("clauses:selection_create"),
        reverse("clauses:selection_update", args=[selection.pk]),
    ):
        response = client.post(url, data)
        assert response.status_code == 400
        errors = [str(m) for m in response.context["messages"] if m.level_tag == "error"]
        assert errors and message in " ".join(errors).replace("\u00a0", " ")
    assert Selection.objects.filter(user=buyer).count() == 1
    selection.refresh_from_db()
    assert selection.name == "Ma sélection" and selection.contract_type == ""


def test_empty_and_delete_ask_for_confirmation(client_for, contracts):
    buyer = make_user("acheteur")
    client = client_for(buyer)
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["cleaning"].slug})
    first = Selection.objects.get(user=buyer)
    second = services.selection_create(user=buyer, name="Voirie")
    services.selection_add(user=buyer, fiches=[contracts["roads_condition"]])

    # Without the confirmation button's value nothing changes.
    for name in ("selection_empty", "selection_delete"):
        response = client.post(reverse(f"clauses:{name}", args=[second.pk]), follow=True)
        assert any("Confirmez" in m for m in messages_of(response))
    assert second.items.count() == 1 and Selection.objects.filter(user=buyer).count() == 2

    response = client.post(
        reverse("clauses:selection_empty", args=[second.pk]), {"confirm": "yes"}, follow=True
    )
    assert any("vidée" in m for m in messages_of(response))
    assert second.items.count() == 0 and Selection.objects.filter(pk=second.pk).exists()

    response = client.post(
        reverse("clauses:selection_delete", args=[second.pk]), {"confirm": "yes"}, follow=True
    )
    text = " ".join(messages_of(response)).replace("\u00a0", " ")
    assert "« Voirie » supprimée" in text and "« Ma sélection »" in text
    first.refresh_from_db()
    assert first.is_active and not Selection.objects.filter(pk=second.pk).exists()


def test_another_persons_selection_is_a_404_and_stays_as_it_was(client_for, contracts):
    owner = make_user("acheteur")
    services.selection_add(user=owner, fiches=[contracts["cleaning"]])
    selection = Selection.objects.get(user=owner)
    client = client_for(make_user("acheteur"))
    for name, data in [
        ("selection_activate", {}),
        ("selection_update", {"name": "Piraté"}),
        ("selection_empty", {"confirm": "yes"}),
        ("selection_delete", {"confirm": "yes"}),
    ]:
        assert client.post(reverse(f"clauses:{name}", args=[selection.pk]), data).status_code == 404
    export = reverse("clauses:selection_export", args=["docx"])
    assert client.get(export, {"selection": selection.pk}).status_code == 404
    assert client.get(export, {"selection": "abc"}).status_code == 404
    selection.refresh_from_db()
    assert selection.name == "Ma sélection" and selection.items.count() == 1


def test_visitors_are_sent_to_sign_in_for_named_selections(client, contracts):
    response = client.post(reverse("clauses:selection_create"), {"name": "Cantine"})
    assert response.status_code == 302 and "/comptes/" in response["Location"]
    assert not Selection.objects.exists()


def test_the_check_runs_per_contract(client_for, contracts):
    """One list holding a roads clause and a cleaning clause is not "Covered" for each
    contract; the roads selection with its three clauses is."""
    buyer = make_user("acheteur")
    client = client_for(buyer)
    slugs = [f.slug for f in contracts.values()]
    client.post(reverse("clauses:selection_add"), {"fiche": slugs})
    html = page(client).replace("\u00a0", " ")
    assert "Couvert :" not in html
    assert "plusieurs marchés" in html and "À vérifier :" in html

    selection = Selection.objects.get(user=buyer)
    services.selection_update(
        user=buyer, selection=selection, name="Voirie 2027", contract_type="works"
    )
    html = page(client).replace("\u00a0", " ")
    assert html.count("Couvert :") == 3 and "plusieurs marchés" not in html
    # The cleaning clause is listed as not counting for this contract.
    off = html.split("ne comptent pas dans la vérification")[1]
    assert contracts["cleaning"].title in off.split("</ul>")[0]

    services.selection_update(
        user=buyer, selection=selection, name="Produits d’entretien", contract_type="supplies"
    )
    html = page(client).replace("\u00a0", " ")
    assert html.count("Couvert :") == 1 and html.count("Manquant :") == 2


def test_two_clauses_of_one_contract_type_but_unrelated_segments_are_not_covered(
    client_for, make_fiche, taxonomy
):
    buyer = make_user("acheteur")
    building = make_fiche(contract_type="works", segments=[taxonomy["segments"]["batiment"]])
    roads = make_fiche(
        contract_type="works",
        kind=Fiche.Kind.AWARD_CRITERION,
        segments=[taxonomy["segments"]["voirie"]],
    )
    services.selection_add(user=buyer, fiches=[building, roads])
    html = page(client_for(buyer)).replace("\u00a0", " ")
    assert "Couvert :" not in html and "À vérifier :" in html


def test_export_is_titled_with_the_selection_shown(client_for, contracts):
    docx = pytest.importorskip("docx")
    buyer = make_user("acheteur")
    client = client_for(buyer)
    services.selection_add(user=buyer, fiches=[contracts["cleaning"]])
    roads = services.selection_create(user=buyer, name="Voirie de la rue des Écoles")
    services.selection_add(user=buyer, fiches=[contracts["roads_condition"]])
    first = Selection.objects.get(user=buyer, name="Ma sélection")
    # The page's form names the selection shown (the active one) and its name as the title.
    html = page(client)
    assert f'name="selection" value="{roads.pk}"' in html
    assert 'value="Voirie de la rue des Écoles"' in html

    response = client.get(reverse("clauses:selection_export", args=["docx"]))
    assert "voirie-de-la-rue-des-ecoles" in response["Content-Disposition"]
    document = docx.Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert document.core_properties.title == "Voirie de la rue des Écoles"
    assert contracts["roads_condition"].title in text and contracts["cleaning"].title not in text

    response = client.get(
        reverse("clauses:selection_export", args=["docx"]), {"selection": first.pk}
    )
    document = docx.Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert document.core_properties.title == "Ma sélection"
    assert contracts["cleaning"].title in text and contracts["roads_condition"].title not in text


def test_visitor_selection_joins_the_active_one_at_login(client, contracts):
    buyer = make_user("acheteur")
    services.selection_add(user=buyer, fiches=[contracts["cleaning"]])
    services.selection_create(user=buyer, name="Voirie")
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["roads_condition"].slug})
    assert client.session[SESSION_KEY]
    client.force_login(buyer)
    active = Selection.objects.get(user=buyer, is_active=True)
    assert active.name == "Voirie"
    assert list(active.items.values_list("fiche__slug", flat=True)) == [
        contracts["roads_condition"].slug
    ]
    assert SESSION_KEY not in client.session


def test_a_new_account_gets_the_visitors_selection_as_its_first(client, contracts):
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["cleaning"].slug})
    buyer = make_user("acheteur")
    client.force_login(buyer)
    selection = Selection.objects.get(user=buyer)
    assert selection.name == "Ma sélection" and selection.is_active
    assert selection.items.get().fiche == contracts["cleaning"]


def test_one_active_selection_per_user_is_kept_by_the_database(contracts):
    buyer = make_user("acheteur")
    services.selection_add(user=buyer, fiches=[contracts["cleaning"]])
    with pytest.raises(IntegrityError):
        Selection.objects.create(user=buyer, name="Deuxième", is_active=True)


def test_the_number_of_selections_is_capped(contracts):
    buyer = make_user("acheteur")
    for n in range(services.SELECTIONS_MAX_PER_USER):
        services.selection_create(user=buyer, name=f"Marché {n}")
    with pytest.raises(DomainError, match="déjà"):
        services.selection_create(user=buyer, name="Un de trop")
    assert Selection.objects.filter(user=buyer).count() == services.SELECTIONS_MAX_PER_USER


def test_deleting_the_last_selection_leaves_an_empty_page_and_adding_starts_again(
    client_for, contracts
):
    buyer = make_user("acheteur")
    client = client_for(buyer)
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["cleaning"].slug})
    selection = Selection.objects.get(user=buyer)
    client.post(reverse("clauses:selection_delete", args=[selection.pk]), {"confirm": "yes"})
    assert not Selection.objects.filter(user=buyer).exists()
    assert "Votre sélection est vide" in page(client).replace("\u00a0", " ")
    client.post(reverse("clauses:selection_add"), {"fiche": contracts["cleaning"].slug})
    assert Selection.objects.get(user=buyer).items.count() == 1


@pytest.mark.parametrize("size", [3, 30])
def test_reading_the_active_selection_is_one_query(rf, contracts, make_fiche, size):
    """The header counter and the toggles read the active selection's published fiche ids,
    with its name, in one query whatever the number of selections and fiches."""
    from django.contrib.sessions.backends.db import SessionStore

    from clauses.selection import SelectionStore

    buyer = make_user("acheteur")
    for n in range(size // 3):
        services.selection_create(user=buyer, name=f"Marché {n}")
    fiches = [make_fiche() for _ in range(size)]
    archived = make_fiche()
    services.selection_add(user=buyer, fiches=[*fiches, archived])
    Fiche.objects.filter(pk=archived.pk).update(status=Fiche.Status.ARCHIVED)
    request = rf.get("/")
    request.user, request.session = buyer, SessionStore()
    store = SelectionStore(request)
    with CaptureQueriesContext(connection) as queries:
        assert len(store) == size and fiches[0] in store and archived not in store
        assert store.name == f"Marché {size // 3 - 1}"
    assert len(queries) == 1


def test_selection_page_queries_do_not_grow(client_for, make_fiche, taxonomy):
    buyer = make_user("acheteur")
    client = client_for(buyer)
    counts = {}
    for size in (2, 20):
        for n in range(size // 2 - len(counts) * 1):
            services.selection_create(user=buyer, name=f"Marché {size}-{n}")
        services.selection_add(
            user=buyer,
            fiches=[make_fiche(segments=[taxonomy["segments"]["voirie"]]) for _ in range(size)],
        )
        client.get(reverse("clauses:selection"))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("clauses:selection")).status_code == 200
        counts[size] = len(queries)
    assert counts[2] == counts[20] and counts[20] <= 14, counts


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_each_users_selection_as_their_active_my_selection():
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    before = [("clauses", "0002_postgresql_search")]
    after = [("clauses", "0003_named_selections_and_verified_at")]
    executor.migrate(before)
    try:
        apps = executor.loader.project_state(before).apps
        buyer = make_user("acheteur")
        OldFiche = apps.get_model("clauses", "Fiche")
        fiche = OldFiche.objects.create(
            slug="ancienne",
            title="Ancienne fiche",
            summary="Résumé.",
            kind="execution_condition",
            contract_type="works",
            level="base",
            tender_document="CCAP",
            text="Texte.",
        )
        old = apps.get_model("clauses", "Selection").objects.create(user_id=buyer.pk)
        apps.get_model("clauses", "SelectionItem").objects.create(selection=old, fiche=fiche)
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(after)
    selection = Selection.objects.get(user=buyer)
    assert selection.name == "Ma sélection" and selection.is_active
    assert list(selection.items.values_list("fiche__slug", flat=True)) == ["ancienne"]


def test_the_kit_adds_to_the_active_selection(client_for, contracts):
    buyer = make_user("acheteur")
    client = client_for(buyer)
    services.selection_add(user=buyer, fiches=[contracts["cleaning"]])
    roads = services.selection_create(user=buyer, name="Voirie", contract_type="works")
    kit = client.get(reverse("clauses:kit"), {"contract_type": "works"}).content.decode()
    slugs = re.findall(
        r'<input type="hidden" name="fiche" value="([^"]+)">', kit.split("kit-add")[1]
    )
    client.post(reverse("clauses:selection_add"), {"fiche": slugs, "next": "/clauses/selection/"})
    assert set(roads.items.values_list("fiche__slug", flat=True)) == set(slugs) and slugs
    first = Selection.objects.get(user=buyer, name="Ma sélection")
    assert list(first.items.values_list("fiche__slug", flat=True)) == [contracts["cleaning"].slug]
