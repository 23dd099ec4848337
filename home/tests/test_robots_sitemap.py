import pytest

from home.tests.factories import make_advice_tree, make_home_page, make_information_page
from home.tests.story_factories import make_story, make_story_index

pytestmark = pytest.mark.django_db


def test_robots_txt_keeps_crawlers_out_of_admin_and_journeys(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    for path in ["/admin/", "/refer/", "/self-assessment/"]:
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_lists_content_pages(client):
    home = make_home_page()
    about = make_information_page(home, title="About us")
    _, (topic,) = make_advice_tree(home, topics=1)
    story = make_story(make_story_index(home), "Buttons at last")
    xml = client.get("/sitemap.xml").content.decode()
    for page in (about, topic, story):
        assert f"<loc>http://localhost{page.url}</loc>" in xml
