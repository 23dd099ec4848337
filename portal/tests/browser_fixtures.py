"""Browser tests' fixtures: a real Chromium (Debian's) driven by Playwright, and axe-core.

Browser tests need Debian's chromium. Without it they skip with a loud notice at the end of the run, unless
REQUIRE_BROWSER=1 (as in CI), when a missing browser is a failure. Loaded by the root conftest.py.
"""

import os
import shutil

import pytest

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
_browser_skip_reasons = []


def browser_required():
    return os.environ.get("REQUIRE_BROWSER", "") in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def chromium():
    if not os.path.exists(CHROMIUM_PATH):
        reason = f"Chromium not found at {CHROMIUM_PATH}: install Debian's chromium package"
        if browser_required():
            pytest.fail(f"REQUIRE_BROWSER=1 but {reason}", pytrace=False)
        _browser_skip_reasons.append(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True)
        _open_browsers.append(browser)
        yield browser
        close_the_browsers()


_open_browsers = []


def close_the_browsers():
    """Close the worker's browser, and with it the connections it keeps open to the live server.

    The live server (conftest.py) calls this before it stops: each connection Chromium keeps alive holds a server
    thread, and a thread that ended after the server had stopped sharing the test database failed to close it
    ("DatabaseWrapper objects created in a thread can only be used in that same thread"), five tracebacks at the
    end of every run, pinned on whichever test came last."""
    while _open_browsers:
        _open_browsers.pop().close()


VIEWPORT = {"width": 1024, "height": 800}
# What a test may leave in the browser context it shares with the worker's other tests (cookies are cleared apart).
STORAGE_TYPES = "local_storage,session_storage,indexeddb,cache_storage,service_workers,websql,file_systems"


@pytest.fixture(scope="session")
def browser_context(chromium):
    """One browser context per worker, each test in a new page of it (`browser_page`).

    A new context for each test cost about 0.3 s: a new renderer process and a cold start of every script. Each test
    still starts as a new visitor: after it, its cookies, its permissions and each site's storage are cleared
    (Wagtail's admin keeps which panels are collapsed in local storage), and its page, with whatever the test
    added to it (listeners, routes, a fake clock, a viewport), is closed. The HTTP cache stays, as a returning
    visitor's would: nothing tested depends on a first visit's downloads.

    The browser asks for reduced motion, as a visitor may in their system settings. Wagtail's Help badge otherwise
    pings for 25 seconds on every admin screen, and that animation alone kept Chromium at about 18 % of a core while
    the screen sat still (0.9 s of CPU in 5 s, against 0.08 s with reduced motion): the 45 browser tests on two
    workers took 5 min 52 s, and 5 min 26 s with it (docs/development.md). Axe finishes any other animation first
    (`settled` in portal/tests/support.py), so what it checks is the same."""
    context = chromium.new_context(viewport=VIEWPORT, reduced_motion="reduce")
    yield context
    context.close()


def forget_the_test(context, page):
    """Clear what the test left in the shared context (above), so the next test starts as a new visitor."""
    origins = [origin["origin"] for origin in context.storage_state()["origins"]]
    if origins:
        session = context.new_cdp_session(page)
        for origin in origins:
            session.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": STORAGE_TYPES})
        session.detach()
    page.close()
    context.clear_cookies()
    context.clear_permissions()


@pytest.fixture
def browser_page(browser_context):
    page = browser_context.new_page()
    page.set_default_timeout(10_000)
    # Record Content Security Policy violations (init scripts are exempt from the policy), so
    # the axe check also catches an inline style or script the policy blocked.
    page.add_init_script(
        "window.__cspViolations = [];"
        "document.addEventListener('securitypolicyviolation', function (event) {"
        "  window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));"
        "});"
    )
    yield page
    forget_the_test(browser_context, page)


@pytest.fixture
def axe():
    """Run axe-core in the page and fail with its report if anything is wrong."""
    from axe_playwright_python.sync_playwright import Axe

    from portal.tests.support import settled

    runner = Axe()

    def check(page, context=""):
        # The page loaded in full first: a click that starts a navigation returns before the next page has
        # painted, and axe measuring a half-painted header finds white text on the page's grey (seen in CI).
        page.wait_for_load_state("load")
        # Fade-ins ended first (Wagtail's messages): axe would measure the contrast halfway through.
        settled(page)
        blocked = page.evaluate("window.__cspViolations || []")
        assert blocked == [], f"Content Security Policy blocked something on {context or page.url}: {blocked}"
        results = runner.run(page)
        assert results.violations_count == 0, f"axe found problems on {context or page.url}:\n" + (
            results.generate_report()
        )

    return check


def pytest_terminal_summary(terminalreporter):
    if _browser_skip_reasons:
        terminalreporter.section("BROWSER TESTS DID NOT RUN", sep="!", red=True, bold=True)
        terminalreporter.write_line(_browser_skip_reasons[0], red=True, bold=True)
        terminalreporter.write_line("Set REQUIRE_BROWSER=1 to make this a failure (CI does).", red=True)
