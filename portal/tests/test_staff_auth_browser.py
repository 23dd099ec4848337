"""Staff two-step sign-in in a real Chromium: every screen, and its error state, passes axe."""

import io

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image

from portal.tests.support import code_for

pytestmark = pytest.mark.browser
PASSWORD = "a-long-staff-password"


@pytest.fixture
def two_step_required(settings):
    # The live server runs in this process, so these settings apply to it too.
    settings.REQUIRE_STAFF_2FA = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def assert_qr_code_is_drawn(page):
    """The QR code must be visible ink, not an empty box (qrcode's <svg:rect>s draw nothing in HTML)."""
    shot = Image.open(io.BytesIO(page.locator(".staff-auth-qr svg").screenshot())).convert("L")
    histogram = shot.histogram()
    dark = sum(histogram[:100]) / sum(histogram)
    assert shot.width >= 150, shot.size  # big enough to scan from a screen
    assert 0.25 < dark < 0.75, f"{dark:.0%} of the QR code's pixels are dark"


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
    axe(page, "sign in, wrong password")

    page.get_by_label("Username").fill("clinical-lead")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/two-factor/enrol/**")
    assert_qr_code_is_drawn(page)
    axe(page, "enrol")
    submit_code(page, "000000", "Turn on two-step sign-in")
    assert page.get_by_text("That code did not work").count() >= 1
    axe(page, "enrol, wrong code")

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
    axe(page, "verify, wrong code")
    # The code just used at enrolment cannot be used twice; the app's next one is accepted (one step of drift).
    device.refresh_from_db()
    submit_code(page, code_for(device, offset=1), "Continue")
    page.wait_for_url("**/admin/")
    assert page.get_by_role("heading", level=1).count() >= 1


@pytest.mark.slow
def test_staff_are_warned_before_the_idle_sign_out_and_can_stay_signed_in(
    django_db_serialized_rollback, live_server, browser_page, axe, settings
):
    # The live server runs in this process, so these settings apply to it too: the production figures, signed
    # out after 30 minutes and warned 5 minutes before. The page's clock is Playwright's, moved on by hand, so
    # the test waits for none of it; the server's clock is real, so the session is still fresh throughout.
    settings.REQUIRE_STAFF_2FA = False
    settings.STAFF_SESSION_IDLE_SECONDS = 30 * 60
    settings.STAFF_SESSION_WARNING_SECONDS = 5 * 60
    get_user_model().objects.create_superuser("triage-lead", "lead@example.nhs.uk", PASSWORD)
    page = browser_page
    page.clock.install()
    page.goto(f"{live_server.url}/admin/login/")
    assert page.locator("dialog.staff-idle-warning").count() == 0  # no one is signed in yet
    page.get_by_label("Username").fill("triage-lead")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    dialog = page.get_by_role("dialog", name="You will be signed out soon")
    page.clock.run_for("24:00")
    assert dialog.count() == 0  # not yet (the page's clock also runs on by itself, a few real seconds here)
    page.clock.run_for("01:01")
    dialog.wait_for()
    assert "you will be signed out in 5 minutes" in dialog.inner_text()
    stay = dialog.get_by_role("button", name="Stay signed in")
    assert stay.evaluate("button => button === document.activeElement")
    axe(page, "idle warning")
    with page.expect_response("**/admin/two-factor/stay-signed-in/") as answered:
        stay.click()
    assert answered.value.status == 204
    assert page.locator("dialog.staff-idle-warning[open]").count() == 0
    # Still signed in: the server counted the click as activity, and the page counts its 30 minutes again.
    page.clock.run_for("24:00")
    assert page.locator("dialog.staff-idle-warning[open]").count() == 0
    page.goto(f"{live_server.url}/admin/")
    assert "/admin/login/" not in page.url

    # Left alone: the page says so and stays, so nothing typed is lost.
    page.clock.run_for("30:01")
    page.get_by_role("dialog", name="You have been signed out").wait_for()
    assert "/admin/login/" not in page.url
