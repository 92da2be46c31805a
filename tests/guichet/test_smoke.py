import pytest

from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_pages_render(client_for, make_request, advisor, closed):
    buyer = closed.requester
    client = client_for(buyer)
    assert client.get("/guichet-vert/").status_code == 200
    assert client.get("/guichet-vert/demandes/").status_code == 200
    assert client.get(closed.get_absolute_url()).status_code == 200
    assert client.get("/guichet-vert/faq/").status_code == 200
    client = client_for(advisor)
    assert client.get("/guichet-vert/file/").status_code == 200
    assert client.get(closed.get_absolute_url()).status_code == 200
    assert client.get("/guichet-vert/statistiques/").status_code == 200
    staff = make_user("equipe")
    client = client_for(staff)
    assert client.get("/guichet-vert/statistiques/export/demandes.xlsx").status_code == 200
    from django.template.loader import render_to_string

    from guichet.panels import dashboard_panel

    request = client.get("/guichet-vert/").wsgi_request
    request.user = advisor
    html = render_to_string("guichet/panel_dashboard.html", {"panel": dashboard_panel(request)})
    assert "Guichet Vert" in html
