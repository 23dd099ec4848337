import pytest

from home.tests.factories import make_home_page
from resources.listing import PACKS_PER_PAGE
from resources.tests.factories import (
    AudienceFactory,
    KeyStageFactory,
    PackTopicFactory,
    make_pack,
    make_schools_tree,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing():
    home = make_home_page()
    _, index, _ = make_schools_tree(home)
    primary, secondary = AudienceFactory(slug="primary"), AudienceFactory(slug="secondary")
    ks1, ks2, ks3 = KeyStageFactory(slug="ks1"), KeyStageFactory(slug="ks2"), KeyStageFactory(slug="ks3")
    handwriting, sensory = PackTopicFactory(slug="handwriting"), PackTopicFactory(slug="sensory")
    make_pack(index, "Handwriting KS2", [primary], [ks2], [handwriting], body=[rich("Pencil grip tips.")])
    make_pack(index, "Handwriting KS3", [secondary], [ks3], [handwriting], body=[rich("Typing instead.")])
    make_pack(index, "Sensory primary", [primary], [ks1, ks2], [sensory], body=[rich("Ear defenders.")])
    return index


def rich(text):
    return {"type": "rich_text", "value": f"<p>{text}</p>"}


def titles(response):
    return [pack.title for pack in response.context["packs"]]


def test_listing_shows_every_pack_with_a_count(client, listing):
    response = client.get(listing.url)
    assert response.status_code == 200
    assert titles(response) == ["Handwriting KS2", "Handwriting KS3", "Sensory primary"]
    assert "3 packs" in response.content.decode()
    assert "Clear filters" not in response.content.decode()


@pytest.mark.parametrize(
    "query, expected",
    [
        ("topic=handwriting", ["Handwriting KS2", "Handwriting KS3"]),
        ("key_stage=ks2", ["Handwriting KS2", "Sensory primary"]),
        ("audience=primary&topic=handwriting", ["Handwriting KS2"]),
        ("key_stage=ks2&key_stage=ks3&topic=handwriting", ["Handwriting KS2", "Handwriting KS3"]),
        ("audience=secondary&topic=sensory", []),
    ],
)
def test_filters_combine_or_within_a_filter_and_across_filters(client, listing, query, expected):
    response = client.get(f"{listing.url}?{query}")
    assert titles(response) == expected
    html = response.content.decode()
    assert f"{len(expected)} pack" in html
    assert "Clear filters" in html


def test_chosen_filters_stay_ticked_so_the_url_can_be_shared(client, listing):
    html = client.get(f"{listing.url}?key_stage=ks2&topic=handwriting").content.decode()
    assert 'type="checkbox" value="ks2" checked' in html
    assert 'type="checkbox" value="handwriting" checked' in html
    assert 'type="checkbox" value="ks1">' in html


def test_unknown_filter_values_are_ignored_with_a_note(client, listing):
    response = client.get(f"{listing.url}?key_stage=ks9&key_stage=ks2&topic=%3Cscript%3E&audience=")
    assert response.status_code == 200
    assert titles(response) == ["Handwriting KS2", "Sensory primary"]
    html = response.content.decode()
    assert "We did not recognise 2 of the filters" in html
    assert "<script>" not in html
    assert not response.context["form"].errors


def test_search_finds_words_in_the_pack_body_and_respects_filters(client, listing):
    assert titles(client.get(f"{listing.url}?q=defenders")) == ["Sensory primary"]
    assert titles(client.get(f"{listing.url}?q=handwriting&audience=secondary")) == ["Handwriting KS3"]
    html = client.get(f"{listing.url}?q=zebra").content.decode()
    assert "0 packs" in html and "see all packs" in html


def test_a_search_with_double_quotes_still_finds_packs(client, listing):
    # Found by fuzzing: a double quote broke the SQLite full-text query, a server error.
    assert titles(client.get(listing.url, {"q": '"defenders"'})) == ["Sensory primary"]
    assert client.get(listing.url, {"q": 'defenders";'}).status_code == 200
    assert client.get(listing.url, {"q": '"'}).status_code == 200


def test_a_too_long_search_shows_the_error_summary(client, listing):
    response = client.get(f"{listing.url}?q=" + "a" * 201)
    html = response.content.decode()
    assert "There is a problem" in html
    assert "<title>Error: " in html


def test_pagination_keeps_the_filters(client, listing):
    topic = PackTopicFactory(slug="equipment")
    for number in range(PACKS_PER_PAGE + 1):
        make_pack(listing, f"Equipment pack {number:02d}", topics=[topic])
    first = client.get(f"{listing.url}?topic=equipment")
    assert len(titles(first)) == PACKS_PER_PAGE
    assert "topic=equipment&amp;page=2" in first.content.decode()
    second = client.get(f"{listing.url}?topic=equipment&page=2")
    assert titles(second) == [f"Equipment pack {PACKS_PER_PAGE:02d}"]
    assert client.get(f"{listing.url}?page=banana").status_code == 200
    assert client.get(f"{listing.url}?page=999").status_code == 200


def test_draft_packs_are_not_listed(client, listing):
    pack = listing.get_children().specific().get(title="Sensory primary")
    pack.unpublish()
    assert "Sensory primary" not in titles(client.get(listing.url))
