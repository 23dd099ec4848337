import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_published_advice(client, demo_site):
    response = client.get("/search/", {"q": "dressed"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "result" in html
    assert "<title>Search results for" in html


# Found by fuzzing: a double quote in a word broke the SQLite full-text query, and a query of only quotes
# left no words to search for; both were server errors.
@pytest.mark.parametrize(
    "query", ["", "   ", "<script>alert(1)</script>", "%00", "'; DROP TABLE x; --", "ü文字", '";', '"', 'say "hi";']
)
def test_odd_or_empty_search_returns_a_normal_page(client, demo_site, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_very_long_search_shows_an_error_summary(client, demo_site):
    response = client.get("/search/", {"q": "a" * 500})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error: " in html
    assert "There is a problem" in html
    assert "Search must be 200 characters or fewer" in html


def test_search_with_no_results_offers_other_routes(client, demo_site):
    html = client.get("/search/", {"q": "zzzxqy"}).content.decode()
    assert "0 results" in html
    assert "0300 123 4567" in html


def test_out_of_range_result_page_falls_back_to_the_first(client, demo_site):
    assert client.get("/search/", {"q": "child", "page": "999"}).status_code == 200
    assert client.get("/search/", {"q": "child", "page": "x"}).status_code == 200


def test_advice_is_found_by_the_area_of_daily_life_and_age_band_it_is_tagged_with(client, demo_site):
    # Families search for what they see in their day ("road safety"), which the topic's own words may not use.
    from wagtail.search import index

    from home.models import AdviceTopicPage, AgeBand, LifeArea

    topic = AdviceTopicPage.objects.live().first()
    topic.life_areas.add(LifeArea.objects.create(name="Crossing roads safely", slug="crossing-roads"))
    topic.age_bands.add(
        AgeBand.objects.create(name="Toddlers and babies", slug="toddlers-and-babies", min_age=0, max_age=2)
    )
    topic.save_revision().publish()
    # Wagtail re-indexes a published page once its transaction commits, which a test's never does.
    index.insert_or_update_object(AdviceTopicPage.objects.get(pk=topic.pk))

    for query in ["crossing roads", "toddlers"]:
        html = client.get("/search/", {"q": query}).content.decode()
        assert f'href="{topic.url}"' in html, query
