"""The broken-link report (issue 16): links in live pages to pages that are gone or not live, to
documents that are gone, and to paths on this site that find nothing; web addresses are listed as
"Not checked" (the network is not ours to reach from here)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from home import links
from home.links import link_report
from home.models import AdviceTopicPage, InformationPage
from portal.tests.support import sign_in_with_second_factor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


@pytest.fixture
def topic():
    topic, draft_only = AdviceTopicPage.objects.live().order_by("pk")[:2]
    draft_only.unpublish()
    working = InformationPage.objects.live().first()
    topic.body = [
        {
            "type": "rich_text",
            "value": f'<p><a linktype="page" id="{working.pk}">fine</a> <a linktype="page" id="999999">gone</a> '
            f'<a linktype="page" id="{draft_only.pk}">draft</a> <a linktype="document" id="999998">leaflet</a> '
            '<a href="https://www.example.org/sensory">elsewhere</a></p>',
        },
        {"type": "action_link", "value": {"text": "Start", "page": None, "external_url": "/self-assessment/"}},
        {"type": "action_link", "value": {"text": "Old", "page": None, "external_url": "/advice/no-such-topic/"}},
        {"type": "document_link", "value": {"document": 999997, "text": ""}},
    ]
    topic.save_revision().publish()
    return topic


def problems_for(page):
    return {(item.link, item.problem) for item in link_report() if item.page.pk == page.pk}


def test_each_broken_link_is_named_with_its_problem(topic):
    found = problems_for(topic)
    assert ("Page 999999", "Page deleted") in found
    assert any(problem == "Page not live" for _, problem in found)
    assert ("Document 999998", "Document deleted") in found
    assert ("Document 999997", "Document deleted") in found
    assert ("/advice/no-such-topic/", "No page at this address") in found
    assert ("https://www.example.org/sensory", "Not checked") in found
    links = {link for link, _ in found}
    assert "/self-assessment/" not in links  # a page of the site that is not a Wagtail page
    assert not any("fine" in link for link in links)


def test_the_demo_has_no_broken_internal_links(topic):
    broken = [item for item in link_report() if item.problem != "Not checked" and item.page.pk != topic.pk]
    assert broken == []


def test_editors_open_the_report_from_the_reports_menu(client, topic):
    sign_in_with_second_factor(client, get_user_model().objects.get(username="editor"))
    assert reverse("broken_links_report") in client.get(reverse("wagtailadmin_home")).content.decode()

    html = client.get(reverse("broken_links_report")).content.decode()

    assert "Page deleted" in html and "Not checked" in html
    assert topic.title in html


def test_addresses_in_another_language_are_found_and_a_missing_one_is_not():
    """The Polish and Urdu pages link to /pl/… and /ur/… addresses: the site's own views, translated pages and
    English pages served with the "not in your language yet" notice all find something."""
    live_paths = links._live_paths()
    assert "/pl/" in live_paths  # the demo's Polish home page
    for path in ["/pl/self-assessment/", "/ur/refer/", "/pl/", "/pl/waiting-times/", "/pl/stories/"]:
        assert links.path_finds_something(path, live_paths), path
    for path in ["/pl/no-such-page/", "/ur/advice/no-such-topic/", "/de/advice/"]:
        assert not links.path_finds_something(path, live_paths), path
