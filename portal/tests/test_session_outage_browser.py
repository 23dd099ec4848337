"""The page a family sees when the database stops as their answer is saved, in Chromium (portal/sessions.py)."""

import pytest
from playwright.sync_api import expect

from portal.tests.support import shot
from portal.tests.test_session_outage import session_saves_failing

pytestmark = pytest.mark.browser


def test_an_answer_the_database_could_not_save_is_asked_for_again_in_plain_words(live_demo_site, browser_page, axe):
    page = browser_page
    page.goto(f"{live_demo_site.url}/refer/")
    page.get_by_role("button", name="Start now").click()
    page.get_by_label("I am the child's parent or carer").check()
    with session_saves_failing(2):  # the save and its retry: the database is still restarting
        page.get_by_role("button", name="Continue").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Sorry, we could not save your answer")
    axe(page, "answer not saved")
    shot(page, "session-not-saved")
    page.get_by_role("link", name="Go back to the page you were on").click()
    page.get_by_label("I am the child's parent or carer").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_label("First name")).to_be_visible()
