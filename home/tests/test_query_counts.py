"""Public pages cost the same number of queries whether they show one thing or thirty.

Each test counts a page's queries with one item, adds a few more, and counts again: a query per
topic, team or link would make the second count larger. A few are enough: a query per item shows
as surely with 1 against 4 as with 1 against 30, and none of these pages pages, caps or groups what
it lists (the advice index lists every topic; a topic page lists all its areas and bands), so 4 is
already past anything that could hide one. Each extra page is made as an editor makes it (one
revision, published), so the pages render as real ones do. The first request of each pair is a
warm-up, because it also loads the site, its settings and the page tree.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import AdviceTopicPage
from home.tests.factories import AgeBandFactory, LifeAreaFactory, make_advice_tree, make_home_page
from home.tests.team_factories import TeamFactory, add_wait

pytestmark = pytest.mark.django_db

# Extra items added after the first count (see the module's docstring for why a few are enough).
MORE = 3


def queries_for(client, url):
    first = client.get(url)
    assert first.status_code == 200, f"{url} answered {first.status_code}"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def add_topics(index, count, start, areas=(), bands=()):
    for number in range(start, start + count):
        topic = AdviceTopicPage(title=f"Extra topic {number}", summary=f"Summary {number}")
        topic.life_areas.set(areas)
        topic.age_bands.set(bands)
        index.add_child(instance=topic)
        topic.save_revision().publish()


@pytest.fixture
def advice(db):
    home = make_home_page()
    areas = [LifeAreaFactory(slug="getting-dressed", name="Getting dressed")]
    bands = [AgeBandFactory(slug="5-to-11", name="5 to 11")]
    index, topics = make_advice_tree(home, topics=1, areas=areas, bands=bands)
    return home, index, areas, bands


def test_advice_index_queries_do_not_grow_with_topics(client, advice):
    home, index, areas, bands = advice
    with_one, html = queries_for(client, index.url)
    assert "Topic 0" in html
    add_topics(index, MORE, start=1, areas=areas, bands=bands)
    with_more, html = queries_for(client, index.url)
    assert f"Extra topic {MORE}" in html
    assert with_more == with_one


def test_filtered_advice_index_queries_do_not_grow_with_topics(client, advice):
    home, index, areas, bands = advice
    url = f"{index.url}?area=getting-dressed&age_band=5-to-11"
    with_one, _ = queries_for(client, url)
    add_topics(index, MORE, start=1, areas=areas, bands=bands)
    with_more, html = queries_for(client, url)
    assert f"Extra topic {MORE}" in html
    assert with_more == with_one


def test_advice_topic_queries_do_not_grow_with_areas_and_bands(client, advice):
    home, index, areas, bands = advice
    topic = AdviceTopicPage.objects.child_of(index).get()
    with_one, _ = queries_for(client, topic.url)
    tags = [LifeAreaFactory() for _ in range(MORE)] + [AgeBandFactory() for _ in range(MORE)]
    topic.life_areas.add(*tags[:MORE])
    topic.age_bands.add(*tags[MORE:])
    topic.save_revision().publish()
    add_topics(index, MORE, start=1, areas=areas, bands=bands)  # possible "related topics"
    with_more, html = queries_for(client, topic.url)
    assert all(str(tag) in html for tag in tags)  # every area and band is listed
    assert with_more == with_one


def test_home_page_queries_do_not_grow_with_child_pages(client, advice):
    home, index, areas, bands = advice
    with_one, _ = queries_for(client, "/")
    add_topics(index, MORE, start=1, areas=areas, bands=bands)
    for number in range(MORE):
        child = AdviceTopicPage(title=f"Child {number}", summary="A page under home.")
        home.add_child(instance=child)
        child.save_revision().publish()
    with_more, _ = queries_for(client, "/")
    assert with_more == with_one


def test_waiting_times_queries_do_not_grow_with_teams_and_waits(client, home_demo):
    # The demo's teams (each with its waits), then 26 more with three months of waits each.
    with_demo, html = queries_for(client, "/waiting-times/")
    charts = html.count('class="portal-chart"')
    assert charts >= 1
    today = timezone.localdate()
    for number in range(26):
        team = TeamFactory(districts=[f"ZZ{number}"])
        for weeks_ago in range(3):
            add_wait(team, 9 + weeks_ago, today - timezone.timedelta(weeks=weeks_ago * 4))
    with_more, html = queries_for(client, "/waiting-times/")
    assert html.count('class="portal-chart"') == charts + 26
    assert with_more == with_demo
