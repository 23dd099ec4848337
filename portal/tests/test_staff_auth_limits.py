"""Guessing staff passwords and codes is limited per account and per client."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-staff-password"


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.nhs.uk", PASSWORD)


def attempt(client, password, username="editor", address="198.51.100.1"):
    return client.post(
        "/admin/login/", {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address
    )


@override_settings(STAFF_LOGIN_LIMIT=(10, 900), REQUIRE_STAFF_2FA=False)
def test_the_eleventh_try_is_refused_even_with_the_right_password(client, staff):
    for _ in range(10):
        assert attempt(client, "wrong-password").status_code == 200
    response = attempt(client, PASSWORD)
    assert response.status_code == 429
    assert "Too many failed attempts to sign in" in response.content.decode()
    assert "Wait 15 minutes" in response.content.decode()
    assert client.get("/admin/").status_code == 302  # not signed in

    # When the window has passed (the counters expire), the right password works again.
    cache.clear()
    assert attempt(client, PASSWORD).headers["Location"] == "/admin/"


@override_settings(STAFF_LOGIN_LIMIT=(10, 900), REQUIRE_STAFF_2FA=False)
def test_the_account_is_protected_from_guesses_spread_over_many_addresses(client, staff):
    for number in range(10):
        attempt(client, "wrong-password", address=f"203.0.113.{number}")
    assert attempt(client, PASSWORD, address="192.0.2.200").status_code == 429
    # Other accounts from a fresh address are not affected.
    get_user_model().objects.create_superuser("other", "other@example.nhs.uk", PASSWORD)
    assert attempt(client, PASSWORD, username="other", address="192.0.2.201").status_code == 302


@override_settings(STAFF_LOGIN_LIMIT=(10, 900), REQUIRE_STAFF_2FA=False)
def test_one_client_trying_many_accounts_is_stopped(client, staff):
    for number in range(10):
        attempt(client, "wrong-password", username=f"guess{number}")
    assert attempt(client, PASSWORD).status_code == 429
    assert attempt(client, PASSWORD, address="192.0.2.99").status_code == 302


@override_settings(STAFF_LOGIN_LIMIT=(3, 900), REQUIRE_STAFF_2FA=True, OTP_TOTP_THROTTLE_FACTOR=0)
def test_wrong_codes_count_towards_the_same_limit(client, staff):
    TOTPDevice.objects.create(user=staff, name="Authenticator app", confirmed=True)
    assert attempt(client, PASSWORD).status_code == 302
    for _ in range(3):
        client.post("/admin/two-factor/verify/", {"code": "000000"}, REMOTE_ADDR="198.51.100.1")
    response = client.post("/admin/two-factor/verify/", {"code": "000000"}, REMOTE_ADDR="198.51.100.1")
    assert response.status_code == 429
    assert "Too many failed attempts" in response.content.decode()
