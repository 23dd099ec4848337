"""The standalone error pages in Chromium, in English, Polish and Urdu (templates/standalone/layout.html).

The page is rendered as the middleware or handler would (no database, the address decides the language) and
answered for the address; the live server serves its static files, so the page is styled as a family sees it."""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from playwright.sync_api import expect

from portal.tests.support import shot
from portal.tests.test_standalone_pages import STANDALONE_PAGES

pytestmark = pytest.mark.browser


def answer_with(html):
    def answer(route):
        route.fulfill(body=html, content_type="text/html; charset=utf-8")

    return answer


@pytest.mark.parametrize(("template", "context", "heading"), STANDALONE_PAGES)
def test_each_standalone_page_is_styled_and_passes_axe_in_every_language(
    django_db_serialized_rollback, live_server, browser_page, axe, template, context, heading
):
    page = browser_page
    for prefix in ("", "/pl", "/ur"):
        path = f"{prefix}/refer/"
        html = render_to_string(template, context, request=RequestFactory().get(path))
        page.route(f"{live_server.url}{path}", answer_with(html))
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("h1")).to_be_visible()
        # Styled: the NHS header's blue, which only the stylesheet gives.
        header_colour = page.locator("header").evaluate("element => getComputedStyle(element).backgroundColor")
        assert header_colour == "rgb(0, 94, 184)", f"{template} at {path} is unstyled"
        axe(page, f"{template} at {path}")
        shot(page, f"standalone-{template[:-5]}{prefix.replace('/', '-')}")
        page.unroute(f"{live_server.url}{path}")
