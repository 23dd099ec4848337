import datetime
import re

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import AdviceIndexPage, AdviceTopicPage, HomePage, InformationPage
from home.models.pages import add_months
from home.tests.factories import (
    AgeBandFactory,
    LifeAreaFactory,
    make_advice_tree,
    make_home_page,
    make_information_page,
)

pytestmark = pytest.mark.django_db


def test_home_page_shows_hero_and_route_cards(client):
    make_home_page(
        hero_text="Advice you can use today.",
        routes=[
            {
                "type": "route",
                "value": {"heading": "Check your child's needs", "description": "Ten minutes.", "external_url": "/x/"},
            }
        ],
    )
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Advice you can use today." in html
    assert '<a class="nhsuk-card__link" href="/x/">Check your child&#x27;s needs</a>' in html
    assert 'class="nhsuk-skip-link"' in html and 'id="maincontent"' in html


def test_information_page_shows_body_breadcrumb_and_review_dates(client, monkeypatch):
    # Read before the next review is due (a due date that has passed is not shown: test_front_door.py).
    monkeypatch.setattr("home.models.pages.timezone.localdate", lambda: datetime.date(2026, 6, 1))
    home = make_home_page()
    page = make_information_page(home, title="About occupational therapy")
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>About occupational therapy</h1>" in html
    assert "Inset words." in html
    assert 'aria-label="Breadcrumb"' in html
    assert "Page last reviewed: 31 January 2026" in html
    # Default review interval: 12 months, clamped to the end of a short month.
    assert "Next review due: 31 January 2027" in html


def test_next_review_defaults_to_twelve_months_and_respects_short_months():
    assert add_months(datetime.date(2024, 2, 29), 12) == datetime.date(2025, 2, 28)
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2026, 11, 15), 2) == datetime.date(2027, 1, 15)


def test_advice_index_lists_topics_and_filters_by_area_and_age(client):
    home = make_home_page()
    dressing = LifeAreaFactory(name="Getting dressed", slug="getting-dressed")
    play = LifeAreaFactory(name="Play", slug="play")
    under_5 = AgeBandFactory(name="Under 5", slug="under-5", min_age=0, max_age=4)
    index, (dressing_topic,) = make_advice_tree(home, topics=1, areas=[dressing], bands=[under_5])
    play_topic = AdviceTopicPage(title="Play ideas", summary="Play at home")
    play_topic.life_areas.set([play])
    index.add_child(instance=play_topic)
    play_topic.save_revision().publish()

    everything = client.get(index.url).content.decode()
    assert dressing_topic.title in everything and "Play ideas" in everything
    assert "2 advice topics" in everything

    filtered = client.get(index.url, {"area": "getting-dressed"}).content.decode()
    assert dressing_topic.title in filtered and "Play ideas" not in filtered
    assert "Clear filters" in filtered

    by_age = client.get(index.url, {"age_band": "under-5"}).content.decode()
    assert dressing_topic.title in by_age and "Play ideas" not in by_age


def test_advice_index_with_unknown_filter_explains_the_problem(client):
    home = make_home_page()
    index, _ = make_advice_tree(home, topics=2)
    response = client.get(index.url, {"area": "no-such-area"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_advice_topic_page_shows_its_tags(client):
    home = make_home_page()
    area = LifeAreaFactory(name="Sensory processing", slug="sensory")
    band = AgeBandFactory(name="5 to 11", slug="5-to-11")
    _, (topic,) = make_advice_tree(home, topics=1, areas=[area], bands=[band])
    html = client.get(topic.url).content.decode()
    # As read: the names sit in a span that marks them English on a Polish or Urdu page.
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Areas of daily life: Sensory processing" in text
    assert "Ages: 5 to 11" in text


def test_unpublished_page_is_not_served(client):
    home = make_home_page()
    page = make_information_page(home, title="Draft")
    page.unpublish()
    assert client.get("/draft/").status_code == 404


def test_unknown_url_gives_styled_404_with_search_and_contact(client, demo_site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert 'href="/search/"' in html
    assert "0300 123 4567" in html


def test_server_error_page_gives_no_details(rf):
    from home.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Sorry, there is a problem with the service" in html
    assert "Traceback" not in html


class TestPageTreeRules(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home_page()

    def test_allowed_parents(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(InformationPage, {HomePage, InformationPage})
        self.assertAllowedParentPageTypes(AdviceIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(AdviceTopicPage, {AdviceIndexPage})

    def test_admin_can_create_each_page_type(self):
        self.login()
        self.assertCanCreateAt(HomePage, InformationPage)
        self.assertCanCreateAt(HomePage, AdviceIndexPage)
        self.assertCanNotCreateAt(HomePage, AdviceTopicPage)
        index = AdviceIndexPage(title="Advice")
        self.home.add_child(instance=index)
        self.assertCanCreate(
            self.home,
            InformationPage,
            {
                "title": "Who does what",
                "slug": "who-does-what",
                "summary": "Which service does what.",
                "body-count": "1",
                "body-0-type": "rich_text",
                "body-0-value": '{"blocks":[{"key":"a","text":"Hello","type":"unstyled","depth":0,'
                '"inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
                "body-0-deleted": "",
                "body-0-order": "0",
                "body-0-id": "",
            },
        )
        self.assertCanCreate(index, AdviceTopicPage, {"title": "Buttons", "slug": "buttons", "body-count": "0"})


def test_action_links_accept_paths_on_this_site_and_refuse_other_text():
    from django.core.exceptions import ValidationError

    from home.blocks import ActionLinkBlock

    block = ActionLinkBlock()
    value = block.clean(block.to_python({"text": "Check your child's needs", "external_url": "/self-assessment/"}))
    assert value.url() == "/self-assessment/"
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"text": "Bad", "external_url": "javascript:alert(1)"}))
