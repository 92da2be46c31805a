import pytest
from django.db import connection
from django.urls import reverse


@pytest.mark.django_db
def test_health_is_green_with_a_database(client):
    response = client.get(reverse("apure:health"))
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] == "ok" and body["cache"] == "ok"
    assert body["broker"] in {"eager", "ok"}


@pytest.mark.django_db(transaction=True)
def test_health_is_503_when_the_database_does_not_answer(client):
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-folder/apure.sqlite3"
    else:
        connection.settings_dict["PORT"] = "1"
    try:
        response = client.get(reverse("apure:health"))
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)
    assert response.status_code == 503
    assert response.json()["database"] == "error"
