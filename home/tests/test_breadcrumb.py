"""The breadcrumb on every public page reads each step once on a desktop: never "Home / Home" (issue 18).

The breadcrumb holds two things: the list of steps (shown from tablet width up) and a back link to
the parent (for phones). NHS.UK frontend 10 hides the back link on wider screens only when it is an
`nhsuk-back-link`; the older `nhsuk-breadcrumb__back` paragraph stayed visible beside the list, so a
page under the home page read "Home Home" on a desktop.
"""

import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

BREADCRUMB = re.compile(r'<nav class="nhsuk-breadcrumb"[^>]*>(.*?)</nav>', re.S)
# What the stylesheet hides from tablet width up, inside a breadcrumb.
HIDDEN_ON_DESKTOP_CLASS = "nhsuk-back-link"
HIDDEN_ON_DESKTOP = re.compile(rf'<a class="{HIDDEN_ON_DESKTOP_CLASS}"[^>]*>.*?</a>', re.S)
VISUALLY_HIDDEN = re.compile(r'<span class="nhsuk-u-visually-hidden">.*?</span>', re.S)
LINK_TEXT = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S)


def desktop_breadcrumb(html):
    """The words of each link a desktop shows in the breadcrumb, in order; [] with no breadcrumb."""
    found = BREADCRUMB.search(html)
    if not found:
        return []
    shown = VISUALLY_HIDDEN.sub("", HIDDEN_ON_DESKTOP.sub("", found[1]))
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split()) for text in LINK_TEXT.findall(shown)]


def breadcrumb_problems(url, html):
    crumbs = desktop_breadcrumb(html)
    if len(crumbs) != len(set(crumbs)):
        yield " / ".join(crumbs), "the desktop breadcrumb repeats a step"


def test_the_stylesheet_hides_the_breadcrumbs_back_link_on_a_desktop():
    css = (Path(settings.BASE_DIR) / "static/css/nhsuk-frontend.min.css").read_text()
    assert f"@media (min-width:40.0625em){{.nhsuk-breadcrumb .{HIDDEN_ON_DESKTOP_CLASS}{{display:none}}" in css


def test_a_page_under_the_home_page_reads_home_once_on_a_desktop(client, demo_site):
    # Every public page is checked the same way by the link walk (home/tests/test_link_walk.py).
    html = client.get("/how-to-get-help/").content.decode()
    assert desktop_breadcrumb(html) == ["Home"]
    assert not list(breadcrumb_problems("/how-to-get-help/", html))
