"""Published pages in a real Chromium: keyboard-only navigation and axe-core on every page type."""

import pytest
from playwright.sync_api import expect

from portal.tests.support import ERROR_TITLE

pytestmark = pytest.mark.browser

PAGE_TYPES = {
    "home page": "/",
    "information page": "/about-occupational-therapy/",
    "advice index": "/advice/",
    "advice topic": None,  # the first topic listed on the advice index
    "search results": "/search/?q=dressing",
    "not found page": "/no-such-page/",
}


def first_topic_path(page, base_url):
    page.goto(base_url + "/advice/")
    return page.locator("main ul.nhsuk-list a").first.get_attribute("href")


def test_every_demo_page_type_has_no_axe_violations(live_demo_site, browser_page, axe):
    base_url = live_demo_site.url
    for name, path in PAGE_TYPES.items():
        path = path or first_topic_path(browser_page, base_url)
        browser_page.goto(base_url + path)
        assert browser_page.locator("h1").count() == 1, name
        axe(browser_page, context=name)


def test_forms_in_their_error_state_have_no_axe_violations(live_demo_site, browser_page, axe):
    base_url = live_demo_site.url
    browser_page.goto(base_url + "/search/?q=" + "a" * 300)
    expect(browser_page).to_have_title(ERROR_TITLE)
    summary = browser_page.locator(".nhsuk-error-summary")
    expect(summary).to_be_visible()
    # NHS.UK frontend moves focus to the summary so screen readers announce it first.
    assert browser_page.evaluate("document.activeElement.classList.contains('nhsuk-error-summary')")
    axe(browser_page, context="search error state")

    browser_page.goto(base_url + "/advice/?area=not-an-area")
    expect(summary).to_be_visible()
    axe(browser_page, context="advice filter error state")


def tab_to(page, text, limit=80):
    """Press Tab until the focused element's text contains `text`, like a keyboard user would.

    With nothing focused the active element is the page's body, whose text holds every word on the page: a Tab
    pressed while the page was still loading once left the focus there, "Home" was found in the body's text, and
    Enter went nowhere (CI, under load)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "document.activeElement && document.activeElement !== document.body ? document.activeElement.innerText || '' : ''"
        )
        if text in focused:
            return
    raise AssertionError(f"could not reach a link containing {text!r} with the Tab key")


def test_home_to_advice_topic_and_back_by_keyboard_only(live_demo_site, browser_page):
    base_url = live_demo_site.url
    browser_page.goto(base_url + "/")

    browser_page.keyboard.press("Tab")
    assert browser_page.evaluate("document.activeElement.innerText") == "Skip to main content"
    browser_page.keyboard.press("Enter")

    tab_to(browser_page, "Advice for families")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url(base_url + "/advice/")

    first_topic_link = browser_page.locator("main ul.nhsuk-list h2 a").first
    first_topic, first_topic_path = first_topic_link.inner_text(), first_topic_link.get_attribute("href")
    tab_to(browser_page, first_topic)
    browser_page.keyboard.press("Enter")
    # The topic page loaded in full before the next Tab (the advice index's own load state would not wait).
    browser_page.wait_for_url(base_url + first_topic_path)
    assert browser_page.locator("h1").inner_text() == first_topic

    tab_to(browser_page, "Home")
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url(base_url + "/")
    assert browser_page.locator("h1").count() == 1


def test_pages_reflow_at_320_pixels_without_sideways_scrolling(live_demo_site, browser_page):
    browser_page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/", "/advice/", "/about-occupational-therapy/"):
        browser_page.goto(live_demo_site.url + path)
        overflow = browser_page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px wide"


def test_no_request_leaves_the_site(live_demo_site, browser_page):
    outside = []
    browser_page.on(
        "request",
        lambda request: outside.append(request.url) if not request.url.startswith(live_demo_site.url) else None,
    )
    for path in ("/", "/advice/", "/search/?q=help"):
        browser_page.goto(live_demo_site.url + path)
        browser_page.wait_for_load_state("networkidle")
    assert [url for url in outside if not url.startswith("data:")] == []
