"""Browser tests share one browser context per worker (portal/tests/browser_fixtures.py): each must still start as a
new visitor, with none of the last test's cookies, stored data or permissions."""

import pytest

from portal.tests.browser_fixtures import forget_the_test

pytestmark = pytest.mark.browser

# localhost counts as a secure site, where a permission can be granted; nothing listens on port 9 (discard).
SITE = "http://localhost:9"


def open_the_site(page):
    # A made-up site answered by the browser itself: no server, and an origin no other test uses.
    page.route(
        f"{SITE}/**", lambda route: route.fulfill(body="<!doctype html><title>A page</title>", content_type="text/html")
    )
    page.goto(f"{SITE}/")


def test_a_test_leaves_no_cookies_storage_or_permissions_for_the_next(browser_context):
    page = browser_context.new_page()
    open_the_site(page)
    page.evaluate(
        "document.cookie = 'seen=yes; path=/';"
        "localStorage.setItem('wagtail:panel', 'closed');"
        "sessionStorage.setItem('step', '3');"
    )
    browser_context.grant_permissions(["geolocation"], origin=SITE)
    assert browser_context.cookies() and browser_context.storage_state()["origins"]

    forget_the_test(browser_context, page)

    assert page.is_closed()
    page = browser_context.new_page()
    open_the_site(page)
    assert browser_context.cookies() == []
    assert browser_context.storage_state()["origins"] == []
    assert page.evaluate("[document.cookie, localStorage.length, sessionStorage.length]") == ["", 0, 0]
    assert page.evaluate("navigator.permissions.query({name: 'geolocation'}).then(p => p.state)") != "granted"
    page.close()


def test_the_browser_asks_for_reduced_motion_so_the_admins_help_badge_stays_still(browser_page):
    """What keeps an idle admin screen from costing a fifth of a core (browser_fixtures.browser_context): Wagtail
    runs the Help badge's ping only for visitors who have not asked for reduced motion."""
    open_the_site(browser_page)
    assert browser_page.evaluate("matchMedia('(prefers-reduced-motion: reduce)').matches")
