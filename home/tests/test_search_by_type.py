"""Search across advice, information, stories and school packs, labelled by type."""

import re

import pytest

from home.search import corrected_query
from home.tests.factories import make_advice_tree, make_home_page, make_information_page
from home.tests.story_factories import make_story, make_story_index

pytestmark = pytest.mark.django_db


def labels(html):
    return re.findall(r'nhsuk-tag--grey">([^<]+)<', html)


def titles(html):
    return re.findall(r'<h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1"><a href="[^"]*">([^<]+)</a>', html)


def test_demo_search_finds_advice_packs_and_stories_each_labelled(client, demo_site):
    html = client.get("/search/", {"q": "handwriting"}).content.decode()
    found = set(labels(html))
    assert {"Advice", "School pack", "Story"} <= found
    assert "Making handwriting fun" in html


@pytest.fixture
def site():
    home = make_home_page()
    index, (topic,) = make_advice_tree(home, topics=1)
    topic.title = "Buttons and zips"
    topic.summary = "Help with buttons when getting dressed."
    topic.save_revision().publish()
    make_information_page(home, title="Who we help", summary="Children who struggle with buttons at school.")
    make_story(make_story_index(home), "Buttons at last", quote="Buttons took months, but we did it.")
    return home


def test_results_can_be_narrowed_to_one_type(client, site):
    html = client.get("/search/", {"q": "buttons"}).content.decode()
    assert sorted(labels(html)) == ["Advice", "Information", "Story"]
    assert "Story (1)" in html

    html = client.get("/search/", {"q": "buttons", "type": "stories"}).content.decode()
    assert titles(html) == ["Buttons at last"]


@pytest.mark.parametrize("kind", ["packs", "nonsense", "<b>"])
def test_a_type_with_no_results_falls_back_to_all(client, site, kind):
    html = client.get("/search/", {"q": "buttons", "type": kind}).content.decode()
    assert len(titles(html)) == 3


def test_a_misspelling_is_corrected_when_nothing_matches(client, site):
    html = client.get("/search/", {"q": "buttns"}).content.decode()
    assert 'We found nothing for "buttns", so we searched for "buttons" instead.' in html
    assert "Buttons at last" in html


def test_spelling_correction_only_changes_unknown_words():
    words = {"getting", "dressed", "buttons", "handwriting"}
    assert corrected_query("handwritting", words) == "handwriting"
    assert corrected_query("dressed buttons", words) == ""
    assert corrected_query("zzzzqqq", words) == ""


def test_no_results_page_offers_the_self_assessment_and_contact(client, site):
    html = client.get("/search/", {"q": "qwxzv"}).content.decode()
    assert "0 results" in html
    assert 'href="/self-assessment/"' in html
    assert "Check your child&#x27;s needs" in html or "Check your child's needs" in html
