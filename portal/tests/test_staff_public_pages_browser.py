"""A member of staff who is fully signed in browses the public site and the sign-in screens in a
real Chromium: the strict policy on public pages blocks nothing the page needs (Wagtail's user
bar included), and the password-reset screens pass axe in their error state."""

import os

import pytest
from playwright.sync_api import expect

from portal.tests.support import shot

pytestmark = pytest.mark.browser


def test_staff_on_public_pages_get_the_strict_policy_and_a_working_user_bar(live_demo_site, browser_page, axe):
    page = browser_page
    page.goto(f"{live_demo_site.url}/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(os.environ["DEMO_PASSWORD"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    for path in ("/", "/refer/"):
        response = page.goto(f"{live_demo_site.url}{path}")
        policy = response.headers["content-security-policy"]
        assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0], path
        page.wait_for_load_state("networkidle")
        blocked = page.evaluate("window.__cspViolations || []")
        assert blocked == [], (path, blocked)
        shot(page, f"staff-public{path.replace('/', '-') or '-home'}")
    # The user bar drew itself and opens: its script ran under the strict policy.
    page.goto(f"{live_demo_site.url}/")
    page.wait_for_load_state("networkidle")
    assert page.locator("wagtail-userbar").count() == 1
    assert page.evaluate("window.__cspViolations || []") == []


def test_password_reset_screens_pass_axe_with_no_inline_script(live_demo_site, browser_page, axe):
    page = browser_page
    page.goto(f"{live_demo_site.url}/admin/password_reset/")
    axe(page, "password reset")
    # With no address the browser's own check stops the form (the field is required): nothing is sent.
    page.get_by_role("button", name="Reset password").click()
    assert page.get_by_label("Email").evaluate("field => field.validity.valueMissing")
    axe(page, "password reset, no address")
    shot(page, "password-reset-error")
    page.get_by_label("Email").fill("nobody@example.org")
    page.get_by_role("button", name="Reset password").click()
    # Waiting for the answer's heading, not the load state (already "loaded" before the click): axe ran on the form
    # while the answer was on its way, and the server was still writing it when the test ended.
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    axe(page, "password reset, sent")
    shot(page, "password-reset-sent")
