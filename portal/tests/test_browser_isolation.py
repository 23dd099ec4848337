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
