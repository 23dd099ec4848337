"""The admin screens each demo role uses pass axe in a real Chromium (issue 16).

The client crawl (test_admin_crawl.py) opens every screen of every role and checks none fails; it
cannot see what a browser sees. This test reuses that crawl, one link deep from the role's menu and
one screen of each kind, against the live demo (a link is opened only if it leads to a screen no
earlier role checked), then opens each screen it found in Chromium signed in as the role and runs
axe. To stay within a minute it checks each view once:

- every screen of our own (a view in one of our apps): each URL pattern;
- Wagtail's screens: one per view (a listing, an edit form, a report look alike whatever the model),
  and the page edit form once per page type (from the crawl's list of page types), as our panels
  differ by type; not add forms (the edit form has the same fields), confirmations, histories, or
  the superuser's set-up screens that are Wagtail's alone (sites, languages, collections, redirects);
- each role's dashboard, as its panels differ by role.

A screen checked for one role is not checked again for the next. Wagtail's own markup has findings
our templates cannot change; each is allowed below by its axe rule and the screen, with the reason,
and listed in docs/accessibility.md.
"""

import time
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import resolve

from portal.tests.support import settled, shot
from portal.tests.test_admin_crawl import ROLES, crawl_as, page_urls, user

pytestmark = pytest.mark.browser

OUR_APPS = ("home.", "portal.", "referrals.", "resources.", "selfassess.")
# Wagtail's screens not checked: add forms (the edit form has the same fields) and the confirmation
# and history screens, which look the same for every model.
NOT_CHECKED = ("create", "add", "new", "copy", "delete", "usage", "history", "move", "unpublish", "import")
# The superuser's set-up screens that are Wagtail's alone (sites, languages, collections, redirects,
# search terms): used once when the service is set up, and kept out to hold the test to about a minute.
SET_UP_SCREENS = (
    "/admin/sites/",
    "/admin/locales/",
    "/admin/collections/",
    "/admin/redirects/",
    "/admin/searchpicks/reports/",
)
# Least access first, so each role checks the screens it uses; the superuser then checks the set-up screens.
ORDER = [
    "triage-north",
    "triage-south",
    "service-manager",
    "schools-editor",
    "editor",
    "approver",
    "translator",
    "admin",
]

# (axe rule, the view whose markup breaks it): Wagtail's own markup, which our templates cannot
# change. Each is in docs/accessibility.md.
WAGTAIL_FINDINGS = {
    # Wagtail heads a snippet's edit form with an h2 under its header (a best practice, not WCAG).
    ("page-has-heading-one", "wagtail.snippets.views.snippets.EditView"),
    # The questionnaire's edit screen is a snippet edit screen with our panels (same h2 header).
    ("page-has-heading-one", "selfassess.viewsets.QuestionnaireEditView"),
}


def view_name(match):
    view = getattr(match.func, "view_class", match.func)
    return f"{view.__module__}.{view.__qualname__}"


def screen_key(path):
    """What decides a screen's markup (for our views the URL pattern, for Wagtail's the view), or
    None for a Wagtail screen not checked."""
    match = resolve(path)
    view = view_name(match)
    if view.startswith(OUR_APPS):
        return match.route
    if path.startswith(SET_UP_SCREENS):
        return None
    words = f"{view} {match.url_name}".lower()
    if any(word in words for word in NOT_CHECKED):
        return None
    if "page_id" in match.kwargs or "parent_page_id" in match.kwargs:
        # One router serves every page view; the page type decides the edit form's panels.
        from wagtail.models import Page

        page_id = match.kwargs.get("page_id")
        if match.url_name == "edit":
            page = Page.objects.select_related("locale").get(pk=page_id)
            if page.locale.language_code != settings.LANGUAGE_CODE:
                # A Polish or Urdu page's edit screen is wagtail-localize's translation editor, a third-party
                # screen (docs/accessibility.md lists its findings with Wagtail's own).
                return None
            return (match.view_name, page.specific_class.__name__)
        return (match.view_name, "")
    return view


def screens_to_check(client, username, already):
    """The role's dashboard (unless an earlier role has the same groups), then each screen its crawl
    found that no earlier role's check covered."""
    staff = user(username)
    client.force_login(staff)

    def unchecked(path):
        """Only a link to a screen no earlier role checked is opened: the menu's screens are opened
        anyway, for their links."""
        key = screen_key(path)
        return key is not None and key not in already

    crawl = crawl_as(client, staff, same_kind_cap=1, max_depth=1, by_url=False, wanted=unchecked)
    groups = ("dashboard", staff.is_superuser, *sorted(staff.groups.values_list("name", flat=True)))
    screens = [] if groups in already else ["/admin/"]
    already.add(groups)
    # The first page of each type the role may edit, from the crawl's list: our panels differ by type.
    edit_forms = [url for url, allowed in page_urls(staff) if allowed and url.endswith("/edit/")]
    for path in [path for _kind, path in crawl.screens] + edit_forms:
        key = screen_key(path)
        if path != "/admin/" and key is not None and key not in already:
            already.add(key)
            screens.append(path)
    return screens


def sign_in_as_the_crawl(page, base_url, client):
    """The browser is given the session the role's crawl signed in with: signing in by the form again
    (tested on its own) cost three page loads a role."""
    page.context.clear_cookies()
    session = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": session.key, "value": session.value, "url": base_url}])


def findings_on(page, runner, path):
    """What axe (and the Content Security Policy) found on the page, less Wagtail's allowed findings."""
    settled(page)
    found = [f"blocked by the Content Security Policy: {page.evaluate('window.__cspViolations || []')}"]
    if found[0].endswith("[]"):
        found = []
    view = view_name(resolve(path))
    for violation in runner.run(page).response["violations"]:
        if (violation["id"], view) in WAGTAIL_FINDINGS:
            continue
        targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        found.append(f"{violation['id']} ({violation['help']}) at {targets} [{view}]")
    return found


@pytest.fixture
def browser_page(browser_page):
    """The questionnaire's edit screen runs every safety scenario and the impact preview before it answers: on a
    busy 2-core machine that took longer than the 10 s other pages are given (docs/performance.md)."""
    browser_page.set_default_timeout(60_000)
    return browser_page


@pytest.mark.slow
def test_the_admin_screens_each_role_uses_pass_axe(live_demo_site, browser_page, client):
    from axe_playwright_python.sync_playwright import Axe

    runner = Axe()
    page, base_url = browser_page, live_demo_site.url
    already, problems, timings = set(), [], {}
    assert sorted(ORDER) == sorted(ROLES)
    for username in ORDER:
        started = time.monotonic()
        screens = screens_to_check(client, username, already)
        found = time.monotonic()
        sign_in_as_the_crawl(page, base_url, client)
        for path in screens:
            print(username, path, flush=True)
            page.goto(f"{base_url}{path}")
            if urlsplit(page.url).path != path:  # e.g. sent to sign in: axe would check the wrong screen
                problems.append(f"{path} as {username}: the browser was sent to {page.url}")
                continue
            problems.extend(f"{path} as {username}: {finding}" for finding in findings_on(page, runner, path))
        if screens:
            shot(page, f"admin-axe-{username}")
        timings[username] = (
            f"{len(screens)} screens, found in {found - started:.1f} s, checked in {time.monotonic() - found:.1f} s"
        )
    print(timings)
    assert problems == [], "\n".join(problems)
