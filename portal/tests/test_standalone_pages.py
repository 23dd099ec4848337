"""The error pages that must render when nothing else works (templates/standalone/layout.html): a file too big,
a server error, maintenance and an answer the database could not save. Some are answered by middleware before
sessions, the language or the context processors run, and some while the database is down."""

import pytest
from django.template.loader import render_to_string

STANDALONE_PAGES = [
    ("413.html", {"back_url": "/refer/evidence/", "max_mb": 10}, "The file is too big"),
    ("500.html", {}, "Sorry, there is a problem with the service"),
    (
        "maintenance.html",
        {"message": "We are making improvements to this website. Please try again in an hour."},
        "Sorry, the service is unavailable",
    ),
    ("session_not_saved.html", {}, "Sorry, we could not save your answer"),
]


@pytest.mark.parametrize(("template", "context", "heading"), STANDALONE_PAGES)
def test_a_standalone_page_renders_with_no_request_and_no_database(template, context, heading):
    # No `db` fixture: pytest-django refuses any query. No request: no context processor runs.
    html = render_to_string(template, context)
    assert '<html lang="en-GB" dir="ltr">' in html
    assert f"<h1>{heading}</h1>" in html
    assert "Children's Therapy Service" in html
    assert 'id="maincontent"' in html


@pytest.mark.parametrize(("template", "context", "heading"), STANDALONE_PAGES)
def test_every_standalone_page_shows_the_service_icon_in_the_browser_tab(template, context, heading):
    html = render_to_string(template, context)
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
