import io
import re
import shutil
import subprocess
import zipfile

import pytest
from django.urls import reverse

from clauses import selectors, services
from clauses.models import Feedback, Fiche, SelectionItem
from clauses.selection import SESSION_KEY
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def test_fiche_page_shows_the_clause_ready_to_copy(client, make_fiche):
    fiche = make_fiche(title="Béton de chanvre", guidance="Attention au **séchage**.")
    response = client.get(fiche.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count("<h1") == 1
    assert 'id="clause-text"' in page and 'data-copy-target="clause-text"' in page
    assert "<strong>respecte</strong>" in page and "<strong>séchage</strong>" in page
    assert "version 1" in page and f"<code>{fiche.slug}</code>" not in page
    assert 'role="status"' in page


def test_copy_is_counted_by_a_post(client, make_fiche):
    fiche = make_fiche()
    url = reverse("clauses:copy", args=[fiche.slug])
    assert client.get(url).status_code == 405
    assert client.post(url).status_code == 204
    fiche.refresh_from_db()
    assert fiche.copy_count == 1
    draft = make_fiche(status=Fiche.Status.DRAFT)
    assert client.post(reverse("clauses:copy", args=[draft.slug])).status_code == 404


def test_copy_needs_the_csrf_token(make_fiche):
    from django.test import Client

    fiche = make_fiche()
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(reverse("clauses:copy", args=[fiche.slug])).status_code == 403
    strict.get(fiche.get_absolute_url())
    token = strict.cookies["csrftoken"].value
    response = strict.post(reverse("clauses:copy", args=[fiche.slug]), HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 204


def test_drafts_exist_only_for_their_author_and_staff(client_for, make_fiche):
    author = make_user("expert")
    draft = make_fiche(status=Fiche.Status.DRAFT, author=author)
    url = draft.get_absolute_url()
    for role in ("visitor", "acheteur", "expert", "conseiller"):
        assert client_for(make_user(role)).get(url).status_code == 404, role
    assert client_for(author).get(url).status_code == 200
    assert client_for(make_user("equipe")).get(url).status_code == 200


def test_xss_in_text_fields_is_shown_as_text(client, make_fiche):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    fiche = make_fiche(
        title=payload, summary=payload, text=payload, guidance=payload, verification=payload
    )
    for url in (fiche.get_absolute_url(), "/clauses/?q=script", "/"):
        page = client.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page, url
    assert "&lt;script&gt;" in client.get(fiche.get_absolute_url()).content.decode()


def test_buyer_feedback_is_moderated_before_it_shows(client_for, make_fiche):
    fiche = make_fiche()
    buyer = make_user("acheteur")
    client = client_for(buyer)
    response = client.post(
        reverse("clauses:feedback", args=[fiche.slug]),
        {"used_in_contract": "on", "comment": "Utilisée pour la cantine."},
    )
    assert response.status_code == 302
    assert "Utilisée pour la cantine." not in client.get(fiche.get_absolute_url()).content.decode()
    staff = make_user("equipe")
    client = client_for(staff)
    feedback = Feedback.objects.get()
    assert "Utilisée pour la cantine." in client.get("/clauses/moderation/").content.decode()
    client.post(reverse("clauses:feedback_moderate", args=[feedback.pk]), {"decision": "approve"})
    page = client.get(fiche.get_absolute_url()).content.decode()
    assert "Utilisée pour la cantine." in page


def test_visitor_selection_lives_in_the_session_and_joins_the_account_at_login(client, make_fiche):
    a, b = make_fiche(), make_fiche()
    client.post(reverse("clauses:selection_add"), {"fiche": a.slug})
    client.post(reverse("clauses:selection_add"), {"fiche": [b.slug, "unknown"]})
    assert client.session[SESSION_KEY] == [a.pk, b.pk]
    page = client.get(reverse("clauses:selection")).content.decode()
    assert a.title in page and b.title in page
    client.post(reverse("clauses:selection_remove"), {"fiche": a.slug})
    assert client.session[SESSION_KEY] == [b.pk]
    buyer = make_user("acheteur")
    response = client.post(reverse("account_login"), {"login": buyer.email, "password": PASSWORD})
    assert response.status_code == 302
    assert list(SelectionItem.objects.values_list("fiche_id", flat=True)) == [b.pk]
    assert b.title in client.get(reverse("clauses:selection")).content.decode()


def test_selection_toggle_with_htmx_returns_the_button(client_for, make_fiche):
    fiche = make_fiche()
    client = client_for(make_user("acheteur"))
    response = client.post(
        reverse("clauses:selection_add"),
        {"fiche": fiche.slug},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET=f"selection-toggle-{fiche.slug}",
    )
    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert 'id="selection-link" ' in page
    assert SelectionItem.objects.count() == 1
    # One way to give the state: the label changes, no aria-pressed; the button keeps its id so
    # htmx gives it the focus back after the swap.
    assert "aria-pressed" not in page
    assert "Dans ma sélection" in page and "(retirer)" in page
    assert f'id="selection-button-{fiche.slug}"' in page


def test_selection_shows_loi_climat_coverage(client, make_fiche):
    execution = make_fiche(kind=Fiche.Kind.EXECUTION_CONDITION, eforms_strategic=["env-imp"])
    client.post(reverse("clauses:selection_add"), {"fiche": execution.slug})
    page = client.get(reverse("clauses:selection")).content.decode()
    assert page.count('class="covered"') == 1 and page.count('class="missing"') == 2


def _selection_of_three(client, make_fiche):
    fiches = [
        make_fiche(title="Condition déchets", tender_document="CCAP", text="Texte **un**.\n\n- a"),
        make_fiche(title="Critère carbone", tender_document="RC", kind="award_criterion"),
        make_fiche(title="Heures d'insertion", tender_document="CCAP", kind="social_clause"),
    ]
    for fiche in fiches:
        client.post(reverse("clauses:selection_add"), {"fiche": fiche.slug})
    return fiches


def _convert_with_libreoffice(content: bytes, suffix: str, tmp_path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        return
    source = tmp_path / f"selection.{suffix}"
    source.write_bytes(content)
    subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "selection.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def test_selection_exports_as_docx_grouped_by_tender_document(client, make_fiche, tmp_path):
    from docx import Document

    fiches = _selection_of_three(client, make_fiche)
    response = client.get(reverse("clauses:selection_export", args=["docx"]), {"references": "1"})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.docx"')
    document = Document(io.BytesIO(response.content))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    texts = [text for _style, text in paragraphs]
    headings = [text for style, text in paragraphs if style.startswith("Heading 1")]
    assert headings[0].startswith("RC") and headings[1].startswith("CCAP")
    assert any("http://" in t or "https://" in t for t in texts[:3])  # cover line
    for fiche in fiches:
        assert fiche.title in texts
        assert any(fiche.slug in t and "version 1" in t for t in texts)
    assert any(t.startswith("Références juridiques") or "L2112-2" in t for t in texts)
    bold = [run.text for p in document.paragraphs for run in p.runs if run.bold]
    assert "un" in bold
    _convert_with_libreoffice(response.content, "docx", tmp_path)


def test_selection_exports_as_odt(client, make_fiche, tmp_path):
    from odf import teletype
    from odf.opendocument import load
    from odf.text import H, P

    fiches = _selection_of_three(client, make_fiche)
    response = client.get(reverse("clauses:selection_export", args=["odt"]), {"references": "1"})
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    document = load(io.BytesIO(response.content))
    headings = [teletype.extractText(h) for h in document.getElementsByType(H)]
    paragraphs = [teletype.extractText(p) for p in document.getElementsByType(P)]
    assert headings.index(fiches[1].title) < headings.index(fiches[0].title)
    assert any(fiches[0].slug in p for p in paragraphs)
    _convert_with_libreoffice(response.content, "odt", tmp_path)


def test_empty_selection_export_redirects(client):
    response = client.get(reverse("clauses:selection_export", args=["docx"]))
    assert response.status_code == 302


def test_kit_proposes_one_of_each_with_alternatives(client, taxonomy, make_fiche):
    seg = taxonomy["segments"]["batiment"]
    execution = make_fiche(
        title="Condition env", kind="execution_condition", contract_type="works", segments=[seg]
    )
    make_fiche(
        title="Condition avancée",
        kind="execution_condition",
        contract_type="works",
        level="advanced",
        segments=[seg],
    )
    award = make_fiche(title="Critère env", kind="award_criterion", contract_type="works")
    response = client.get(reverse("clauses:kit"), {"contract_type": "works", "segment": seg.slug})
    page = response.content.decode()
    assert response.status_code == 200
    assert execution.title in page and "Condition avancée" in page and award.title in page
    assert page.count('name="fiche" value=') >= 2
    assert client.get(reverse("clauses:kit"), {"contract_type": "zzz"}).status_code == 400
    assert client.get(reverse("clauses:kit"), {"segment": "zzz"}).status_code == 400


def test_expert_proposes_and_staff_publish_through_the_pages(client_for, taxonomy):
    expert = make_user("expert")
    client = client_for(expert)
    assert client.get(reverse("clauses:propose")).status_code == 200
    response = client.post(
        reverse("clauses:propose"),
        {
            "title": "Vaisselle réutilisable",
            "summary": "Pas de jetable.",
            "kind": "execution_condition",
            "contract_type": "services",
            "level": "base",
            "tender_document": "CCAP",
            "text": "Le titulaire utilise de la vaisselle réutilisable.",
            "segments": [str(taxonomy["segments"]["batiment"].pk)],
            "themes": [str(taxonomy["themes"]["economie-circulaire"].pk)],
            "eforms_strategic": ["env-imp"],
            "cpv_codes": "55520000-1",
            "submit": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    fiche = Fiche.objects.get(slug="vaisselle-reutilisable")
    assert fiche.status == Fiche.Status.REVIEW and fiche.cpv_codes == ["55520000-1"]
    staff = make_user("equipe")
    client = client_for(staff)
    assert fiche.title in client.get(reverse("clauses:moderation")).content.decode()
    client.post(reverse("clauses:publish", args=[fiche.slug]))
    fiche.refresh_from_db()
    assert fiche.status == Fiche.Status.PUBLISHED
    assert client.get(reverse("clauses:history", args=[fiche.slug])).status_code == 200


def test_staff_request_changes_then_author_edits(client_for, make_fiche):
    expert = make_user("expert")
    fiche = make_fiche(status=Fiche.Status.REVIEW, author=expert)
    staff_client = client_for(make_user("equipe"))
    staff_client.post(
        reverse("clauses:request_changes", args=[fiche.slug]), {"comment": "Citer l'article."}
    )
    fiche.refresh_from_db()
    assert fiche.status == Fiche.Status.DRAFT and fiche.review_comment == "Citer l'article."
    client = client_for(expert)
    assert "Citer l&#x27;article." in client.get(fiche.get_absolute_url()).content.decode()
    form = client.get(reverse("clauses:edit", args=[fiche.slug]))
    assert form.status_code == 200
    response = client.post(
        reverse("clauses:edit", args=[fiche.slug]),
        {
            "title": fiche.title,
            "summary": fiche.summary,
            "kind": fiche.kind,
            "contract_type": fiche.contract_type,
            "level": fiche.level,
            "tender_document": fiche.tender_document,
            "text": "Le titulaire respecte l'article L2112-2.",
            "legal_references": fiche.legal_references,
            "eforms_strategic": fiche.eforms_strategic,
            "submit": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    fiche.refresh_from_db()
    assert fiche.status == Fiche.Status.REVIEW
    assert fiche.text == "Le titulaire respecte l'article L2112-2."


def test_history_shows_a_readable_diff(client_for, make_fiche):
    staff = make_user("equipe")
    fiche = make_fiche(text="Le titulaire trie les déchets.")
    services.fiche_update(
        fiche=fiche, by=staff, data={"text": "Le titulaire valorise les déchets."}
    )
    page = client_for(staff).get(reverse("clauses:history", args=[fiche.slug])).content.decode()
    assert "<del>trie</del>" in page and "<ins>valorise</ins>" in page


def test_panels_on_home_and_dashboard(client_for, make_fiche):
    fiche = make_fiche(title="Clause toute neuve")
    assert fiche.title in client_for(None).get("/").content.decode()
    staff = make_user("equipe")
    page = client_for(staff).get(reverse("apure:dashboard")).content.decode()
    assert reverse("clauses:moderation") in page


def test_other_apps_show_blocks_on_a_fiche_through_the_registry(client_for, make_fiche):
    """A panel registered for "clauses.fiche" shows on the fiche page; the clause library
    imports nothing of the app that registered it."""
    from apure.registry import Panel, registry

    fiche = make_fiche(title="Clause citée")
    panel = Panel("test-panel", "_partials/test_object_panel.html", lambda r, obj: {"n": 3})
    registry.add_object_panel("clauses.fiche", panel)
    try:
        page = client_for(None).get(fiche.get_absolute_url()).content.decode()
    finally:
        registry.object_panels["clauses.fiche"].remove(panel)
    assert "Bloc de test : 3 pour Clause citée" in page


def test_history_shows_segment_and_theme_changes(client_for, taxonomy):
    staff = make_user("equipe")
    batiment, voirie = taxonomy["segments"]["batiment"], taxonomy["segments"]["voirie"]
    climat = taxonomy["themes"]["climat-energie"]
    fiche = services.fiche_create(
        by=staff,
        data={
            "title": "Clause de chantier",
            "summary": "Résumé",
            "kind": "execution_condition",
            "contract_type": "works",
            "level": "base",
            "tender_document": "CCAP",
            "text": "Texte",
        },
        segments=[batiment],
        themes=[climat],
    )
    assert fiche.history.count() == 1
    created = fiche.history.get()
    assert created.history_type == "+"
    assert [row.segment_id for row in created.historicalfiche_segments_set.all()] == [batiment.pk]
    services.fiche_update(fiche=fiche, by=staff, data={}, segments=[voirie], themes=[climat])
    assert fiche.history.count() == 2
    entries = selectors.fiche_history(fiche=fiche)
    assert [e["first"] for e in entries] == [False, True]
    latest = {str(c["field"]): c["diff"] for c in entries[0]["changes"]}
    assert {"op": "del", "text": "Bâtiment"} in latest["segments d’achat"]
    assert {"op": "ins", "text": "Voirie et réseaux"} in latest["segments d’achat"]
    first = {str(c["field"]) for c in entries[1]["changes"]}
    assert {"segments d’achat", "thèmes"} <= first


def test_history_labels_only_the_real_first_version_created(make_fiche):
    fiche = make_fiche()
    for n in range(55):
        fiche.summary = f"Résumé {n}"
        fiche.save()
    entries = selectors.fiche_history(fiche=fiche, limit=50)
    assert len(entries) == 50 and not any(e["first"] for e in entries)


def test_kit_page_queries_do_not_grow_and_ids_are_unique(client, taxonomy, make_fiche):
    import re

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    themes = list(taxonomy["themes"].values())
    levels = ["base", "advanced", "exemplary"]
    counts = []
    for size in (3, 30):
        while Fiche.objects.count() < size:
            make_fiche(
                level=levels[Fiche.objects.count() % 3],
                kind="execution_condition",
                contract_type="supplies",
                eforms_strategic=["env-imp", "soc-obj"],  # two requirements at once
                themes=themes,
            )
        with CaptureQueriesContext(connection) as context:
            response = client.get(reverse("clauses:kit"), {"contract_type": "supplies"})
        assert response.status_code == 200
        counts.append(len(context))
    assert counts[0] == counts[1], counts
    ids = re.findall(r'\sid="([^"]+)"', response.content.decode())
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, duplicates


def test_kit_selection_toggle_keeps_its_prefixed_id(client, make_fiche):
    fiche = make_fiche()
    response = client.post(
        reverse("clauses:selection_add"),
        {"fiche": fiche.slug},
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET=f"social-selection-toggle-{fiche.slug}",
    )
    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert f'id="social-selection-toggle-{fiche.slug}"' in page


def _badge(client) -> str:
    page = client.get(reverse("clauses:list")).content.decode()
    return re.search(r'id="selection-link".*?<span class="badge">(\d+)</span>', page, re.S)[1]


def test_selection_badge_counts_published_fiches_only(client, make_fiche):
    a, b = make_fiche(), make_fiche()
    client.post(reverse("clauses:selection_add"), {"fiche": [a.slug, b.slug]})
    services.fiche_archive(fiche=b, by=make_user("equipe"), notify=False)
    assert set(client.session[SESSION_KEY]) == {a.pk, b.pk}
    assert _badge(client) == "1"
    buyer = make_user("acheteur")
    services.selection_add(user=buyer, fiches=[a, b])
    client.force_login(buyer)
    assert _badge(client) == "1"


def test_merge_at_login_respects_the_selection_cap(make_fiche):
    from clauses.selection import MAX_ITEMS

    buyer = make_user("acheteur")
    fiches = [make_fiche() for _ in range(MAX_ITEMS + 5)]
    services.selection_add(user=buyer, fiches=fiches[:10])
    added = services.selection_merge(user=buyer, fiche_ids=[f.pk for f in fiches[10:]])
    assert added == MAX_ITEMS - 10
    assert SelectionItem.objects.filter(selection__user=buyer).count() == MAX_ITEMS


def test_added_message_agrees_in_number(client, make_fiche):
    a, b, c = make_fiche(), make_fiche(), make_fiche()
    response = client.post(reverse("clauses:selection_add"), {"fiche": [a.slug]}, follow=True)
    assert "1 fiche ajoutée à votre sélection." in response.content.decode()
    response = client.post(
        reverse("clauses:selection_add"), {"fiche": [b.slug, c.slug]}, follow=True
    )
    assert "2 fiches ajoutées à votre sélection." in response.content.decode()


def test_result_count_is_updated_inside_the_live_region(client, make_fiche):
    make_fiche(title="Béton")
    page = client.get(
        "/clauses/", {"q": "béton"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="search-region"
    ).content.decode()
    assert (
        'hx-swap-oob="innerHTML"' in page
        and 'hx-swap-oob="true"' not in page.split('id="selection-link"')[0]
    )
    full = client.get("/clauses/", {"q": "béton"}).content.decode()
    assert re.search(r'id="result-count"[^>]*role="status"', full)
    assert 'id="results-title"' in full and 'tabindex="-1"' in full


def test_history_speaks_french_labels_not_codes(client_for, make_fiche):
    staff = make_user("equipe")
    fiche = make_fiche(status=Fiche.Status.REVIEW, kind=Fiche.Kind.TECHNICAL_SPEC)
    services.fiche_publish(fiche=fiche, by=staff, notify=False)
    services.fiche_update(
        fiche=fiche,
        by=staff,
        data={"kind": Fiche.Kind.AWARD_CRITERION, "eforms_green": ["circ-econ"]},
    )
    page = client_for(staff).get(reverse("clauses:history", args=[fiche.slug])).content.decode()
    assert "technical_spec" not in page and "award_criterion" not in page
    assert (
        "published" not in page.split("<main", 1)[-1] and "review" not in page.split("<main", 1)[-1]
    )
    assert "<del>En relecture</del>" in page and "<ins>Publiée</ins>" in page
    assert "Économie circulaire" in page and "circ-econ" not in page


def test_views_and_api_read_through_selectors_only():
    """No ORM query in a view or the API module: they call selectors and services."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2] / "clauses"
    for path in [*(root / "views").glob("*.py"), root / "api.py"]:
        source = path.read_text()
        assert ".objects." not in source and "get_object_or_404" not in source, path.name


def test_identifier_is_for_staff_and_review_is_in_the_menu(client_for, make_fiche):
    fiche = make_fiche(status=Fiche.Status.REVIEW)
    published = make_fiche()
    buyer_page = client_for(make_user("acheteur")).get(published.get_absolute_url())
    assert f"<code>{published.slug}</code>" not in buyer_page.content.decode()
    staff_client = client_for(make_user("equipe"))
    page = staff_client.get(published.get_absolute_url()).content.decode()
    assert f"<code>{published.slug}</code>" in page
    nav = page.split('aria-label="Menu principal"', 1)[1].split("</nav>", 1)[0]
    assert reverse("clauses:moderation") in nav
    from apure.registry import registry

    item = next(i for i in registry.nav_items if i.url_name == "clauses:moderation")
    assert item.badge(make_user("equipe")) == 1 and fiche.status == Fiche.Status.REVIEW
    buyer_nav = buyer_page.content.decode().split('aria-label="Menu principal"', 1)[1]
    assert reverse("clauses:moderation") not in buyer_nav.split("</nav>", 1)[0]


def test_my_proposals_are_paginated_and_filtered(client_for, make_fiche):
    expert = make_user("expert")
    for _ in range(21):
        make_fiche(status=Fiche.Status.DRAFT, author=expert)
    make_fiche(status=Fiche.Status.REVIEW, author=expert, title="En relecture")
    client = client_for(expert)
    first = client.get("/clauses/mes-propositions/")
    assert len(first.context["fiches"]) == 20 and first.context["page"].paginator.count == 22
    assert len(client.get("/clauses/mes-propositions/", {"page": 2}).context["fiches"]) == 2
    review = client.get("/clauses/mes-propositions/", {"status": "review"})
    assert [f.title for f in review.context["fiches"]] == ["En relecture"]
    assert (
        client.get("/clauses/mes-propositions/", {"status": "nope"}).context["page"].paginator.count
        == 22
    )
