"""Issue 16, item 7: what an accessibility audit of the staff sign-in and admin found (WCAG 2.2).

The drawing of the QR code and the idle warning in a real browser are in test_staff_auth_browser.py.
"""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from portal.tests.support import code_for
from portal.tests.test_staff_auth import PASSWORD, enrolled, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.nhs.uk", PASSWORD)


def test_sign_in_fields_say_what_to_fill_in(client):
    html = client.get("/admin/login/").content.decode()
    assert re.search(r'<input[^>]*name="username"[^>]*autocomplete="username"', html)
    assert re.search(r'<input[^>]*name="password"[^>]*autocomplete="current-password"', html)


@override_settings(REQUIRE_STAFF_2FA=True)
def test_second_step_pages_sign_out_with_a_button_and_say_error_in_the_title(client, staff):
    sign_in(client)
    html = client.get("/admin/two-factor/enrol/").content.decode()
    assert re.search(r'<form method="post" action="/admin/logout/"[^>]*>\s*<input[^>]*csrfmiddlewaretoken', html)
    assert re.search(r'<button type="submit"[^>]*>Sign out</button>', html)
    assert 'href="/admin/logout/"' not in html  # a link would send a GET, which Django refuses (405)
    assert re.search(r"<title>Set up two-step sign-in", html)

    wrong = client.post("/admin/two-factor/enrol/", {"code": "000000"}).content.decode()
    assert re.search(r"<title>Error: Set up two-step sign-in", wrong)

    signed_out = client.post("/admin/logout/")
    assert signed_out.status_code == 302
    assert client.get("/admin/").status_code == 302


def test_every_admin_page_has_the_idle_warning_and_focus_styles(client, staff):
    sign_in(client)
    html = client.get("/admin/").content.decode()
    script = re.search(r'<script src="[^"]*staff-idle-warning[^"]*"([^>]*)>', html)
    assert script, "the idle warning script is missing"
    assert 'data-idle-seconds="1800"' in script.group(1)
    assert 'data-keep-alive-url="/admin/two-factor/stay-signed-in/"' in script.group(1)
    assert re.search(r'<link rel="stylesheet" href="[^"]*css/admin[^"]*\.css"', html)


@override_settings(STAFF_SESSION_IDLE_SECONDS=1800, REQUIRE_STAFF_2FA=False)
def test_stay_signed_in_counts_as_activity(client, staff):
    sign_in(client)
    client.get("/admin/")
    session = client.session
    session["staff_seen_at"] = int(time.time()) - 1700  # the warning is showing
    session.save()
    assert client.post("/admin/two-factor/stay-signed-in/").status_code == 204
    assert int(time.time()) - client.session["staff_seen_at"] < 5
    assert client.get("/admin/two-factor/stay-signed-in/").status_code == 405


def test_stay_signed_in_says_so_when_already_signed_out(client):
    assert client.post("/admin/two-factor/stay-signed-in/").status_code in {401, 302}


@override_settings(REQUIRE_STAFF_2FA=True)
def test_stay_signed_in_needs_the_second_step_first(client, staff):
    device, _ = enrolled(staff)
    sign_in(client)
    assert client.post("/admin/two-factor/stay-signed-in/").status_code == 302  # to the code page
    client.post("/admin/two-factor/verify/", {"code": code_for(device)})
    assert client.post("/admin/two-factor/stay-signed-in/").status_code == 204


@override_settings(STAFF_SESSION_IDLE_SECONDS=1800, REQUIRE_STAFF_2FA=False)
def test_a_form_sent_after_the_time_ran_out_returns_to_its_screen_after_signing_in(client, staff):
    sign_in(client)
    client.get("/admin/")
    session = client.session
    session["staff_seen_at"] = int(time.time()) - 1801
    session.save()
    # A note typed on a referral's screen, sent after 30 minutes: the action URL answers only POST.
    response = client.post(
        "/admin/pages/3/delete/", {"note": "x"}, HTTP_REFERER="http://testserver/admin/pages/3/edit/?tab=notes"
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/admin/login/?next=/admin/pages/3/edit/%3Ftab%3Dnotes"
    signed_in = client.post(
        "/admin/login/", {"username": "editor", "password": PASSWORD, "next": "/admin/pages/3/edit/?tab=notes"}
    )
    assert signed_in.headers["Location"] == "/admin/pages/3/edit/?tab=notes"


@override_settings(STAFF_SESSION_IDLE_SECONDS=1800, REQUIRE_STAFF_2FA=False)
def test_a_form_sent_from_another_site_after_the_time_ran_out_returns_to_the_dashboard(client, staff):
    sign_in(client)
    client.get("/admin/")
    session = client.session
    session["staff_seen_at"] = int(time.time()) - 1801
    session.save()
    response = client.post("/admin/pages/3/delete/", HTTP_REFERER="https://elsewhere.example/admin/pages/")
    assert response.headers["Location"] == "/admin/login/?next=/admin/"
