"""Staff two-step sign-in: enrolment, codes, recovery codes, and who must use it."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.staff_auth import devices
from portal.tests.support import code_for

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-staff-password"


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.nhs.uk", PASSWORD)


def sign_in(client, username="editor", password=PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})


def enrolled(user):
    device = TOTPDevice.objects.create(user=user, name=devices.APP_DEVICE_NAME, confirmed=True)
    return device, devices.new_recovery_codes(user)


@override_settings(REQUIRE_STAFF_2FA=False)
def test_without_the_setting_a_password_is_enough(client, staff):
    assert sign_in(client).headers["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@override_settings(REQUIRE_STAFF_2FA=True)
def test_admin_pages_need_the_second_factor_when_required(client, staff):
    enrolled(staff)
    sign_in(client)
    for path in ("/admin/", "/admin/pages/", "/admin/users/", "/admin/documents/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/admin/two-factor/verify/?next=")
    # The sign-in pages themselves stay open.
    assert client.get("/admin/two-factor/verify/").status_code == 200


# django-otp also slows down repeated wrong codes; these tests retry at once.
@override_settings(REQUIRE_STAFF_2FA=True, OTP_TOTP_THROTTLE_FACTOR=0)
def test_enrolment_shows_a_qr_code_and_key_then_gives_ten_recovery_codes(client, staff):
    sign_in(client)
    response = client.get("/admin/")
    assert response.headers["Location"] == "/admin/two-factor/enrol/?next=%2Fadmin%2F"
    page = client.get(response.headers["Location"]).content.decode()
    assert "<svg" in page and "<?xml" not in page
    assert "http" not in re.search(r"<svg.*?</svg>", page, re.S).group(0).replace("http://www.w3.org", "")
    key = re.search(r'data-testid="manual-key">([A-Z2-7 ]+)<', page).group(1)
    device = TOTPDevice.objects.get(user=staff)
    assert not device.confirmed

    wrong = client.post("/admin/two-factor/enrol/", {"code": "000000", "next": "/admin/"})
    assert "That code did not work" in wrong.content.decode()

    response = client.post("/admin/two-factor/enrol/", {"code": code_for(device), "next": "/admin/"})
    assert response.headers["Location"] == "/admin/two-factor/recovery-codes/?next=/admin/"
    device.refresh_from_db()
    assert device.confirmed
    import base64

    assert base64.b32decode(key.replace(" ", "") + "=" * (-len(key.replace(" ", "")) % 8)) == device.bin_key
    codes_page = client.get("/admin/two-factor/recovery-codes/?next=/admin/").content.decode()
    codes = [token.token for token in StaticToken.objects.filter(device__user=staff)]
    assert len(codes) == 10 and all(code in codes_page for code in codes)
    # Shown once only.
    assert client.get("/admin/two-factor/recovery-codes/").status_code == 302
    assert client.get("/admin/").status_code == 200


@override_settings(REQUIRE_STAFF_2FA=True)
def test_someone_with_only_the_password_cannot_enrol_a_new_device(client, staff):
    enrolled(staff)
    sign_in(client)
    response = client.get("/admin/two-factor/enrol/")
    assert response.headers["Location"].startswith("/admin/two-factor/verify/")


@override_settings(REQUIRE_STAFF_2FA=True, OTP_TOTP_THROTTLE_FACTOR=0)
def test_a_valid_app_code_opens_the_admin(client, staff):
    device, _ = enrolled(staff)
    sign_in(client)
    bad = client.post("/admin/two-factor/verify/", {"code": "123456", "next": "/admin/pages/"})
    assert "That code did not work" in bad.content.decode()
    assert client.get("/admin/").status_code == 302
    response = client.post("/admin/two-factor/verify/", {"code": code_for(device), "next": "/admin/pages/"})
    assert response.headers["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


@override_settings(REQUIRE_STAFF_2FA=True)
def test_a_recovery_code_works_once(client, staff):
    _, codes = enrolled(staff)
    sign_in(client)
    response = client.post("/admin/two-factor/verify/", {"code": codes[0], "next": "/admin/"})
    assert response.headers["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    client.post("/admin/logout/")

    sign_in(client)
    again = client.post("/admin/two-factor/verify/", {"code": codes[0], "next": "/admin/"})
    assert again.status_code == 200 and "That code did not work" in again.content.decode()
    assert client.get("/admin/").status_code == 302
    assert "You have 9 left" in again.content.decode()


@override_settings(REQUIRE_STAFF_2FA=True)
def test_verify_refuses_to_redirect_off_site(client, staff):
    device, _ = enrolled(staff)
    sign_in(client)
    response = client.post("/admin/two-factor/verify/", {"code": code_for(device), "next": "https://evil.example/"})
    assert response.headers["Location"] == "/admin/"


@override_settings(REQUIRE_STAFF_2FA=False)
def test_staff_who_enrolled_are_asked_for_their_code_even_when_not_required(client, staff):
    enrolled(staff)
    sign_in(client)
    assert client.get("/admin/").headers["Location"].startswith("/admin/two-factor/verify/")


@override_settings(REQUIRE_STAFF_2FA=True)
def test_verified_staff_can_replace_their_recovery_codes(client, staff):
    _, codes = enrolled(staff)
    sign_in(client)
    client.post("/admin/two-factor/verify/", {"code": codes[0], "next": "/admin/"})
    assert "9 unused recovery codes" in client.get("/admin/two-factor/recovery-codes/new/").content.decode()
    response = client.post("/admin/two-factor/recovery-codes/new/", {"next": "/admin/"})
    page = client.get(response.headers["Location"]).content.decode()
    fresh = list(StaticToken.objects.filter(device__user=staff).values_list("token", flat=True))
    assert len(fresh) == 10 and codes[1] not in fresh and fresh[0] in page


@override_settings(STAFF_SESSION_IDLE_SECONDS=1800, STAFF_SESSION_MAX_SECONDS=12 * 3600, REQUIRE_STAFF_2FA=False)
@pytest.mark.parametrize(
    ("signed_in_ago", "seen_ago", "signed_out"),
    [
        (60, 10, False),
        (3600, 1799, False),
        (3600, 1801, True),  # idle for over 30 minutes
        (12 * 3600 + 5, 10, True),  # busy, but signed in over 12 hours ago
    ],
)
def test_admin_sessions_expire_when_idle_or_too_old(client, staff, signed_in_ago, seen_ago, signed_out):
    sign_in(client)
    assert client.get("/admin/").status_code == 200
    session = client.session
    now = int(time.time())
    session["staff_signed_in_at"] = now - signed_in_ago
    session["staff_seen_at"] = now - seen_ago
    session.save()
    response = client.get("/admin/pages/")
    if signed_out:
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/admin/login/?next=/admin/pages/")
        assert client.get("/admin/").status_code == 302  # still signed out
    else:
        assert response.status_code == 200


@override_settings(REQUIRE_STAFF_2FA=True)
def test_the_sign_in_pages_can_load_their_icons_before_the_second_step(client, staff):
    sign_in(client)
    response = client.get("/admin/sprite/")
    # Redirected, the enrolment page itself was drawn into the icon sprite: two <main>s for screen readers.
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert b"<main" not in response.content
