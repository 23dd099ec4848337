"""The footer's links (contact, complaints, who does what, stories, accessibility, privacy) are on
every page, so each one costing a query made every uncached page slower (docs/performance.md)."""

import pytest
from wagtail.models import Site

from home.models import AdviceTopicPage, ServiceSettings
from home.tests.factories import make_advice_tree, make_home_page
from home.tests.test_query_counts import queries_for

pytestmark = pytest.mark.django_db

FOOTER_LINKS = ("contact_page", "complaints_page", "who_does_what_page", "stories_page")
FOOTER_LINKS += ("accessibility_page", "privacy_page")


def test_the_footer_links_cost_no_query_each(client):
    home = make_home_page()
    index, _ = make_advice_tree(home, topics=6)
    topic_url = AdviceTopicPage.objects.child_of(index).first().url
    without_links, html = queries_for(client, topic_url)
    assert "Privacy notice" not in html
    service = ServiceSettings.for_site(Site.objects.get(is_default_site=True))
    for field, page in zip(FOOTER_LINKS, AdviceTopicPage.objects.child_of(index), strict=True):
        setattr(service, field, page)
    service.save()
    with_links, html = queries_for(client, topic_url)
    assert "Privacy notice" in html and "Complaints and feedback" in html
    assert with_links == without_links
