"""Wagtail's search promotions (issue 16): editors promote a page for a search, and families searching
for it see that page first."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from home.models import AdviceTopicPage
from portal.tests.support import sign_in_with_second_factor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def test_an_editor_promotes_a_page_and_families_see_it_first(client):
    from wagtail.contrib.search_promotions.models import SearchPromotion

    topic = AdviceTopicPage.objects.live().order_by("pk").last()
    sign_in_with_second_factor(client, get_user_model().objects.get(username="editor"))
    assert client.get(reverse("wagtailsearchpromotions:index")).status_code == 200
    data = {
        "query_string": "Shoe laces",
        "editors_picks-TOTAL_FORMS": "1",
        "editors_picks-INITIAL_FORMS": "0",
        "editors_picks-MIN_NUM_FORMS": "0",
        "editors_picks-MAX_NUM_FORMS": "1000",
        "editors_picks-0-page": str(topic.pk),
        "editors_picks-0-external_link_url": "",
        "editors_picks-0-external_link_text": "",
        "editors_picks-0-description": "Tying laces, step by step.",
        "editors_picks-0-ORDER": "1",
        "editors_picks-0-DELETE": "",
        "editors_picks-0-id": "",
    }

    response = client.post(reverse("wagtailsearchpromotions:add"), data)

    assert response.status_code == 302, response.content.decode()[-2000:]
    assert SearchPromotion.objects.filter(page=topic).exists()
    client.logout()
    html = client.get("/search/", {"q": "shoe  laces!"}).content.decode()
    promoted = html.index("portal-search-promotions")
    assert html.index(topic.url, promoted) > promoted
    assert "Tying laces, step by step." in html


def test_a_promoted_page_that_is_not_live_is_not_shown(client):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    topic = AdviceTopicPage.objects.live().order_by("pk").last()
    SearchPromotion.objects.create(query=Query.get("laces"), page=topic, description="Laces.", sort_order=0)
    topic.unpublish()

    html = client.get("/search/", {"q": "laces"}).content.decode()

    assert "Laces." not in html
