import re

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_get_a_strict_policy_with_a_fresh_nonce(client, demo_site):
    first = client.get("/")["Content-Security-Policy"]
    second = client.get("/")["Content-Security-Policy"]
    assert "unsafe-inline" not in first and "unsafe-eval" not in first
    for directive in ("default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in first
    nonces = [re.search(r"'nonce-([^']+)'", policy).group(1) for policy in (first, second)]
    assert nonces[0] != nonces[1]


def test_the_admin_policy_is_scoped_to_the_admin(client, demo_site):
    admin = client.get("/admin/login/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in admin
    assert "'unsafe-inline'" not in client.get("/search/")["Content-Security-Policy"]


def test_unused_browser_features_are_switched_off(client, demo_site):
    policy = client.get("/")["Permissions-Policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy
