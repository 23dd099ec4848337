"""Staff two-step sign-in in a real Chromium: every screen, and its error state, passes axe."""

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.tests.support import code_for

pytestmark = pytest.mark.browser
PASSWORD = "a-long-staff-password"


@pytest.fixture
def two_step_required(settings):
    # The live server runs in this process, so these settings apply to it too.
    settings.REQUIRE_STAFF_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def settled(page):
    """Wait for the admin's message fade-in to end: axe would measure the contrast halfway through it."""
    page.evaluate(
        "Promise.all(document.getAnimations()"
        ".filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity).map(a => a.finished))"
    )
    return page


def submit_code(page, code, button):
    page.locator("input[name=code]").fill(code)
    page.get_by_role("button", name=button).click()
    page.wait_for_load_state()


def test_sign_in_enrol_recovery_codes_and_verify_screens_pass_axe(
    django_db_serialized_rollback, live_server, two_step_required, browser_page, axe
):
    get_user_model().objects.create_superuser("clinical-lead", "lead@example.nhs.uk", PASSWORD)
    page = browser_page
    page.goto(f"{live_server.url}/admin/login/")
    axe(page, "sign in")
    page.get_by_label("Username").fill("clinical-lead")
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert "/admin/login/" in page.url
    axe(settled(page), "sign in, wrong password")

    page.get_by_label("Username").fill("clinical-lead")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/two-factor/enrol/**")
    assert page.locator("svg").count() >= 1  # the QR code, drawn on the page
    axe(page, "enrol")
    submit_code(page, "000000", "Turn on two-step sign-in")
    assert page.get_by_text("That code did not work").count() >= 1
    axe(settled(page), "enrol, wrong code")

    device = TOTPDevice.objects.get(user__username="clinical-lead")
    submit_code(page, code_for(device), "Turn on two-step sign-in")
    page.wait_for_url("**/admin/two-factor/recovery-codes/**")
    axe(page, "recovery codes")

    # Next time: the password, then the code from the app.
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("clinical-lead")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/two-factor/verify/**")
    axe(page, "verify")
    submit_code(page, "123456", "Continue")
    assert page.get_by_text("That code did not work").count() >= 1
    axe(settled(page), "verify, wrong code")
    # The code just used at enrolment cannot be used twice; the app's next one is accepted (one step of drift).
    device.refresh_from_db()
    submit_code(page, code_for(device, offset=1), "Continue")
    page.wait_for_url("**/admin/")
    assert page.get_by_role("heading", level=1).count() >= 1
