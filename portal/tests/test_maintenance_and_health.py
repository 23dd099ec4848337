from unittest import mock

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_health_check_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_health_check_fails_without_details_when_the_cache_is_down(client):
    with mock.patch("portal.health.cache.set", side_effect=ConnectionError("redis://secret-host:6379 refused")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "failing"}
    assert "secret-host" not in response.content.decode()


@override_settings(MAINTENANCE_MODE=True, MAINTENANCE_MESSAGE="Back at 6pm.")
def test_maintenance_mode_shows_a_styled_page_but_keeps_the_admin_open(client):
    response = client.get("/")
    assert response.status_code == 503
    html = response.content.decode()
    assert "Sorry, the service is unavailable" in html and "Back at 6pm." in html
    assert response["Retry-After"] == "3600"
    assert client.post("/refer/start/").status_code == 503
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/healthz").status_code == 200
