"""The family front door in a real Chromium at phone width (issue 18): a parent finds their team and
refers with the postcode already filled in, and every new page passes axe."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

NEW_PAGES = [
    "/complaints-and-feedback/",
    "/about-speech-and-language-therapy/",
    "/workshops-for-families/",
    "/who-does-what/",
    "/contact-us/",
    "/stories/getting-dressed-for-school/",
    "/search/?q=where+is+my+referral",
]


def test_a_parent_on_a_phone_goes_from_their_postcode_to_the_referral(live_demo_site, browser_page, axe):
    base_url = live_demo_site.url
    page = browser_page
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(base_url + "/how-to-get-help/")
    page.get_by_label("Your postcode").fill("sg1 2ab")
    page.get_by_role("button", name="Find your team").click()
    page.wait_for_load_state()
    axe(page, context="postcode result")
    page.get_by_role("link", name="Refer online").click()
    page.wait_for_url(base_url + "/refer/")
    expect(page.get_by_text("We will fill in the postcode you gave us, SG1 2AB")).to_be_visible()
    axe(page, context="referral start with a postcode")

    page.get_by_role("button", name="Start now").click()
    page.get_by_label("I am the child's parent or carer").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("First name").fill("Sam")
    page.get_by_label("Last name").fill("Jones")
    page.locator("#id_date_of_birth_0").fill("1")
    page.locator("#id_date_of_birth_1").fill("2")
    page.locator("#id_date_of_birth_2").fill("2018")
    page.get_by_role("button", name="Continue").click()
    assert page.get_by_label("What is the child's home postcode?").input_value() == "SG1 2AB"


def test_new_front_door_pages_pass_axe_at_phone_width(live_demo_site, browser_page, axe):
    browser_page.set_viewport_size({"width": 375, "height": 800})
    for path in NEW_PAGES:
        browser_page.goto(live_demo_site.url + path)
        assert browser_page.locator("h1").count() == 1, path
        axe(browser_page, context=path)
    # The footer's urgent help and its links, reachable on every page.
    footer = browser_page.locator("footer")
    assert footer.get_by_role("link", name="999").get_attribute("href") == "tel:999"
    expect(footer.get_by_role("link", name="Where is my referral?")).to_be_visible()
