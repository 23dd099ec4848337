"""Issue 16's content-health screens in Chromium: the waits form refuses the routine figures saved as
the urgent wait (the hidden record of what it was filled in with is posted by a real browser), and the
broken-link report opens from the Reports menu. Both pass axe. SCREENSHOT_DIR=... keeps pictures."""

import os

import pytest

from home.models import Pathway, Team, WaitingTime
from portal.tests.support import shot

pytestmark = pytest.mark.browser


def sign_in(page, base_url, username):
    page.context.clear_cookies()
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(os.environ["DEMO_PASSWORD"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def test_waits_form_and_broken_links_report(live_demo_site, browser_page, axe):
    page, base_url = browser_page, live_demo_site.url
    team = Team.objects.order_by("name").first()
    urgent_before = WaitingTime.objects.filter(team=team, pathway=Pathway.URGENT).count()
    sign_in(page, base_url, "editor")

    page.goto(f"{base_url}/admin/teams/")
    page.get_by_role("link", name=f"Update waits for {team.name}").click()
    page.locator("#id_pathway").select_option(Pathway.URGENT)
    shot(page, "waits-0-switched-to-urgent")
    page.get_by_role("button", name="Create").click()
    page.get_by_text("These are the Routine assessment figures").first.wait_for()
    shot(page, "waits-1-refused")
    axe(page, "waits form with the error")
    assert WaitingTime.objects.filter(team=team, pathway=Pathway.URGENT).count() == urgent_before

    page.locator("#id_weeks").fill("1")
    page.locator("#id_share_within_18_weeks").fill("")
    page.get_by_role("button", name="Create").click()
    page.get_by_text("created").first.wait_for()
    assert WaitingTime.objects.filter(team=team, pathway=Pathway.URGENT).count() == urgent_before + 1

    page.goto(f"{base_url}/admin/")
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Broken links").click()
    page.wait_for_url("**/admin/reports/broken-links/")
    shot(page, "links-0-report")
    axe(page, "broken links report")
    assert page.get_by_text("Not checked").count() >= 1  # the demo links only out to other websites
