"""With the production settings, public pages score A+ by the HTTP Observatory's rules (offline)."""

import importlib
import sys

import pytest
from django.test import Client, override_settings

from portal.tests.observatory import score

pytestmark = pytest.mark.django_db
PUBLIC_PAGES = ["/", "/refer/", "/self-assessment/", "/search/?q=help", "/refer/status/"]
# Not public, but the one admin page anyone can reach: it runs no inline script (portal/middleware.py).
SIGN_IN_PAGES = ["/admin/login/", "/admin/password_reset/"]


@pytest.fixture
def production_security(monkeypatch):
    """The security settings exactly as portal/settings/production.py sets them."""
    from portal.settings import base

    # base.py read the environment once, at start-up; production.py takes the key from it.
    monkeypatch.setattr(base, "SECRET_KEY", "p" * 64)
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "https://portal.example.nhs.uk")
    for name in ("SECURE_SSL_REDIRECT", "SECURE_HSTS_PRELOAD", "SECURE_PROXY_SSL_HEADER", "REQUIRE_STAFF_2FA"):
        monkeypatch.delenv(name, raising=False)
    sys.modules.pop("portal.settings.production", None)
    production = importlib.import_module("portal.settings.production")
    sys.modules.pop("portal.settings.production", None)
    prefixes = ("SECURE_", "SESSION_COOKIE_", "CSRF_COOKIE_", "X_FRAME_OPTIONS")
    values = {name: getattr(production, name) for name in dir(production) if name.startswith(prefixes)}
    with override_settings(**values):
        yield values


def cookie_flags(*responses):
    return {
        name: {"secure": morsel["secure"], "httponly": morsel["httponly"], "samesite": morsel["samesite"]}
        for response in responses
        for name, morsel in response.cookies.items()
    }


def test_production_headers_score_a_plus_on_public_pages(demo_site, production_security):
    client = Client()
    for path in PUBLIC_PAGES:
        https = client.get(path, secure=True)
        assert https.status_code == 200, path
        # Sets the session and CSRF cookies, so the cookie rules are scored on real cookies.
        started = client.post("/refer/start/", secure=True)
        http = Client().get(path, secure=False)
        total, grade, results = score(https, http, cookie_flags(https, started))
        assert grade == "A+", (path, total, results)
        assert "csp-implemented-with-no-unsafe" in results
        assert "referrer-policy-private" in results and "x-frame-options-implemented-via-csp" in results


def test_the_admin_sign_in_scores_a_plus_too(demo_site, production_security):
    """Scripts as strict as the public pages'; only Wagtail's style attributes cost 5 points."""
    client = Client()
    for path in SIGN_IN_PAGES:
        https = client.get(path, secure=True)
        assert https.status_code == 200, path
        http = Client().get(path, secure=False)
        total, grade, results = score(https, http, cookie_flags(https))
        assert grade == "A+", (path, total, results)
        assert "csp-implemented-with-unsafe" not in results


def test_production_sends_every_header_the_issue_asks_for(demo_site, production_security):
    client = Client()
    response = client.get("/refer/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "no-store" in response["Cache-Control"]
    started = client.post("/refer/start/", secure=True)
    cookies = cookie_flags(response, started)
    assert set(cookies) == {"__Host-csrftoken", "__Host-sessionid"}
    assert all(flags["secure"] and flags["samesite"] == "Lax" for flags in cookies.values())
    assert cookies["__Host-sessionid"]["httponly"]
    # Plain HTTP is sent to HTTPS.
    http = Client().get("/refer/", secure=False)
    assert http.status_code == 301 and http["Location"] == "https://testserver/refer/"


def test_the_scorer_marks_down_what_it_should(demo_site):
    """Without the production settings (no HSTS, no HTTPS redirect) the same page cannot get A+."""
    client = Client()
    response = client.get("/", secure=True)
    total, grade, results = score(response, client.get("/"), {})
    assert grade != "A+" and "hsts-not-implemented" in results and "redirection-missing" in results
