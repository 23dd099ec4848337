"""The postcode journey and the waiting-times page in a real Chromium, checked by axe in every state."""

import pytest
from playwright.sync_api import expect

from portal.tests.support import ERROR_TITLE

pytestmark = pytest.mark.browser


def search(page, postcode):
    page.fill("#id_postcode", postcode)
    page.click("button:has-text('Find your team')")
    page.wait_for_load_state()


def test_postcode_journey_and_waiting_times_in_every_state(live_demo_site, browser_page, axe):
    base_url = live_demo_site.url
    browser_page.goto(base_url + "/how-to-get-help/")
    axe(browser_page, context="how to get help")

    search(browser_page, "  sg1-2ab ")
    assert "postcode=" in browser_page.url
    heading = browser_page.locator("h1").inner_text()
    assert "SG1 2AB" in heading and "Stevenage and North Hertfordshire" in heading
    expect(browser_page.get_by_text("About 6 weeks")).to_be_visible()
    axe(browser_page, context="team finder result")

    # The result has its own address: opening it again gives the same team.
    result_url = browser_page.url
    browser_page.goto(result_url)
    assert "Stevenage and North Hertfordshire" in browser_page.locator("h1").inner_text()

    search(browser_page, "SW1A 1AA")
    assert browser_page.locator("h1").inner_text() == "SW1A 1AA is not in our area"
    axe(browser_page, context="not in our area")

    search(browser_page, "not a postcode")
    expect(browser_page).to_have_title(ERROR_TITLE)
    summary = browser_page.locator(".nhsuk-error-summary")
    assert summary.is_visible() and "Enter a full UK postcode" in summary.inner_text()
    axe(browser_page, context="team finder error state")

    summary.get_by_role("link").click()
    assert browser_page.evaluate("document.activeElement.id") == "id_postcode"

    # Kept in the same test: each live_demo_site test reloads the whole demo.
    browser_page.goto(base_url + "/waiting-times/")
    charts = browser_page.locator("svg.portal-chart")
    assert charts.count() == 4
    first = charts.first
    assert first.get_attribute("role") == "img"
    assert first.bounding_box()["width"] > 200
    browser_page.locator("summary:has-text('Show the chart')").first.click()
    expect(browser_page.locator("table.nhsuk-table").first).to_be_visible()
    axe(browser_page, context="waiting times")
