"""The Appels à chantiers through the test client, as people use them."""

import csv
import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from chantiers import services
from chantiers.models import Ballot, Call, Chantier, Deliverable, Proposal
from tests.chantiers.conftest import build_proposal, make_member, set_phase, window
from tests.factories import make_user

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


def form_dates(phase):
    return {k: v.astimezone().strftime("%Y-%m-%dT%H:%M") for k, v in window(phase).items()}


def test_staff_create_a_call_and_dates_out_of_order_are_refused_on_the_form(client_for, staff):
    client = client_for(staff)
    data = {
        "title": "Appel 2027",
        "description": "Des chantiers.",
        "eligibility_rules": "Collectivités.",
        "max_choices": 3,
        "seats": 2,
        **form_dates("proposals"),
    }
    data["voting_opens_at"] = data["proposals_open_at"]
    response = client.post("/chantiers/appels/nouveau/", data)
    assert response.status_code == 400
    assert (
        "Le vote ne peut pas ouvrir avant la clôture des propositions" in response.content.decode()
    )
    assert not Call.objects.exists()
    data.update(form_dates("proposals"))
    response = client.post("/chantiers/appels/nouveau/", data)
    call = Call.objects.get()
    assert response["Location"] == call.get_absolute_url()
    assert call.phase_at() == "draft"
    client.post(f"/chantiers/appels/{call.slug}/publier/")
    call.refresh_from_db()
    assert call.phase_at() == "proposals"
    page = client.get(call.get_absolute_url()).content.decode()
    assert "Propositions ouvertes" in page


def test_buyer_proposes_and_an_expert_confirms_the_invitation(client_for, make_call):
    call = make_call(phase="proposals")
    buyer, expert = make_user("acheteur"), make_user("expert")
    client = client_for(buyer)
    response = client.post(
        f"/chantiers/appels/{call.slug}/proposer/",
        {
            "title": "Évaluer notre SPASER",
            "theme": "evaluation",
            "problem": "Comment mesurer les effets ?",
            "deliverable_kind": "method",
            "deliverable": "Une grille d'évaluation.",
            "needs_material": "",
            "needs_intellectual": "Un statisticien.",
            "timeline": "Février à juin.",
            "collective": f"{expert.email} ; statisticienne",
        },
    )
    proposal = Proposal.objects.get()
    assert response["Location"] == proposal.get_absolute_url()
    invitation = next(m for m in mail.outbox if m.to == [expert.email])
    link = next(line for line in invitation.body.splitlines() if "/chantiers/collectif/" in line)
    path = link[link.index("/chantiers/") :]
    client.logout()
    # Someone else with the link cannot take the place.
    client.force_login(make_user("expert"))
    client.post(path)
    assert not proposal.collective.get().confirmed_at
    client.force_login(expert)
    assert "Rejoindre le collectif" in client.get(path).content.decode()
    response = client.post(path)
    assert response["Location"] == proposal.get_absolute_url()
    assert proposal.collective.get().user == expert
    assert "statisticienne" in client.get(proposal.get_absolute_url()).content.decode()


def test_proposal_refused_after_the_window_with_a_message(client_for, make_call):
    call = make_call(phase="review")
    buyer = make_user("acheteur")
    page = client_for(buyer).get(f"/chantiers/appels/{call.slug}/proposer/").content.decode()
    assert "La période de propositions de cet appel est close." in page
    response = client_for(buyer).post(
        f"/chantiers/appels/{call.slug}/proposer/",
        {
            "title": "t",
            "theme": "clauses",
            "problem": "p",
            "deliverable_kind": "text",
            "deliverable": "d",
            "timeline": "t",
        },
    )
    assert response.status_code == 400 and not Proposal.objects.exists()


def test_member_votes_changes_and_a_bad_ballot_keeps_the_previous(client_for, voting_call):
    call, proposals = voting_call
    voter = make_member()
    client = client_for(voter)
    page = client.get(f"/chantiers/appels/{call.slug}/vote/").content.decode()
    assert all(p.title in page for p in proposals)
    client.post(f"/chantiers/appels/{call.slug}/vote/", {"choice": [proposals[0].pk]})
    response = client.post(
        f"/chantiers/appels/{call.slug}/vote/", {"choice": [p.pk for p in proposals[:3]]}
    )
    assert response.status_code == 400
    assert "Choisissez au plus 2 propositions." in response.content.decode()
    ballot = Ballot.objects.get()
    assert list(ballot.choices.values_list("proposal_id", flat=True)) == [proposals[0].pk]
    # The checkbox of the recorded choice is ticked.
    assert f'value="{proposals[0].pk}" id="choice-{proposals[0].pk}" checked' in (
        response.content.decode()
    )
    client.post(f"/chantiers/appels/{call.slug}/vote/", {"choice": [proposals[1].pk]})
    assert list(ballot.choices.values_list("proposal_id", flat=True)) == [proposals[1].pk]


def test_own_proposal_is_shown_disabled_with_the_reason(client_for, voting_call):
    call, _proposals = voting_call
    voter = make_member()
    own = build_proposal(call, lead=make_user("acheteur", organisation=voter.organisation))
    page = client_for(voter).get(f"/chantiers/appels/{call.slug}/vote/").content.decode()
    assert f'id="choice-{own.pk}" disabled aria-describedby="reason-{own.pk}"' in page
    assert "Portée par votre structure : vous ne pouvez pas voter pour elle." in page


def test_member_without_confirmed_organisation_is_told_why(client_for, voting_call):
    call, _proposals = voting_call
    voter = make_member(organisation_confirmed=False)
    page = client_for(voter).get(f"/chantiers/appels/{call.slug}/vote/").content.decode()
    assert "attend sa confirmation" in page and 'name="choice"' not in page


def test_dashboard_lists_ballots_to_cast_with_the_closing_date(client_for, voting_call):
    call, proposals = voting_call
    voter = make_member()
    page = client_for(voter).get("/tableau-de-bord/").content.decode()
    assert "Votes à exprimer" in page and call.title in page and "pas encore voté" in page
    services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[0].pk])
    page = client_for(voter).get("/tableau-de-bord/").content.decode()
    assert "voté, modifiable" in page


def test_results_selection_publication_and_public_counts(client_for, voting_call, client):
    call, proposals = voting_call
    for choice in ([0, 1], [0, 2], [3]):
        services.ballot_cast(
            call=call, voter=make_member(), proposal_ids=[proposals[i].pk for i in choice]
        )
    set_phase(call, "counting")
    staff = make_user("equipe")
    staff_client = client_for(staff)
    page = staff_client.get(f"/chantiers/appels/{call.slug}/resultats/").content.decode()
    assert 'id="tie-warning"' in page and "3 bulletins exprimés" in page
    url = f"/chantiers/appels/{call.slug}/resultats/"
    response = staff_client.post(url, {"proposals": [proposals[0].pk, proposals[1].pk]})
    assert response.status_code == 400 and "indiquez le motif" in response.content.decode()
    staff_client.post(
        url, {"proposals": [proposals[0].pk, proposals[1].pk], "reason": "Tirage au sort."}
    )
    mail.outbox.clear()
    staff_client.post(f"/chantiers/appels/{call.slug}/resultats/publier/")
    assert Chantier.objects.count() == 2
    assert {m.to[0] for m in mail.outbox} == {p.lead.email for p in proposals}
    client.logout()
    page = client.get(call.get_absolute_url()).content.decode()
    assert "vote-count" in page and "Tirage au sort." in page and "Retenu" in page
    # Who voted for what is nowhere.
    for ballot in Ballot.objects.select_related("voter"):
        assert ballot.voter.email not in page and ballot.voter_key not in page


def test_audit_export_csv_and_xlsx(client_for, voting_call):
    from openpyxl import load_workbook

    call, proposals = voting_call
    voter = make_member()
    services.ballot_cast(call=call, voter=voter, proposal_ids=[proposals[0].pk, proposals[2].pk])
    set_phase(call, "counting")
    client = client_for(make_user("equipe"))
    response = client.get(f"/chantiers/appels/{call.slug}/depouillement.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][0] == "Votant (pseudonyme)" and len(rows) == 3
    assert voter.email not in text and str(voter.pk) not in {r[0] for r in rows[1:]}
    response = client.get(f"/chantiers/appels/{call.slug}/depouillement.xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.max_row == 3


def test_chantier_page_progress_and_deliverables(client_for, client, staff):
    from tests.chantiers.test_services import published_chantier

    chantier, expert = published_chantier(staff)
    team = client_for(expert)
    team.post(
        f"/chantiers/{chantier.slug}/avancement/", {"date": "2026-11-20", "text": "Atelier 1"}
    )
    team.post(
        f"/chantiers/{chantier.slug}/livrables/",
        {"title": "Grille", "licence": "", "upload": SimpleUploadedFile("grille.pdf", PDF)},
    )
    response = team.post(
        f"/chantiers/{chantier.slug}/livrables/", {"title": "Rien", "licence": "x"}
    )
    assert response.status_code == 400 and "Joignez un fichier" in response.content.decode()
    deliverable = Deliverable.objects.get()
    assert deliverable.licence == "Licence Ouverte / Etalab 2.0"
    client.logout()
    page = client.get(chantier.get_absolute_url()).content.decode()
    assert "Atelier 1" in page and "Grille" not in page
    assert client.get(f"/chantiers/{chantier.slug}/livrables/{deliverable.pk}/").status_code == 404
    client.force_login(staff)
    client.post(f"/chantiers/{chantier.slug}/livrables/{deliverable.pk}/publier/")
    client.logout()
    page = client.get(chantier.get_absolute_url()).content.decode()
    assert "Grille" in page and "Licence Ouverte / Etalab 2.0" in page
    download = client.get(f"/chantiers/{chantier.slug}/livrables/{deliverable.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF


def test_listing_searches_by_theme(client, staff):
    from tests.chantiers.test_services import published_chantier

    chantier, _expert = published_chantier(staff)
    theme = chantier.proposal.theme
    page = client.get(f"/chantiers/?theme={theme}").content.decode()
    assert chantier.proposal.title in page
    page = client.get("/chantiers/?theme=alimentation").content.decode()
    assert chantier.proposal.title not in page
    page = client.get("/chantiers/?q=inexistant-xyz").content.decode()
    assert "Aucun chantier en cours ne correspond." in page
