"""Search in each language (issue 22): /pl/search/ finds Polish pages by Polish words, /ur/search/ Urdu pages by
Urdu words, and English search finds English pages only (docs/languages.md)."""

import re

import pytest

pytestmark = pytest.mark.django_db


def result_links(response):
    html = response.content.decode()
    return re.findall(r'<h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1"><a href="([^"]+)">', html)


def test_polish_search_finds_the_polish_advice_page_by_a_polish_word(client, demo_site):
    response = client.get("/pl/search/", {"q": "nożyczki"})
    assert response.status_code == 200
    links = result_links(response)
    assert "/pl/advice/using-scissors/" in links
    assert all(link.startswith("/pl/") for link in links), links


def test_polish_search_reads_polish_letters_as_part_of_a_word(client, demo_site):
    # "łyżką" is one word: read as "y" and "k" it would find nothing, or everything.
    links = result_links(client.get("/pl/search/", {"q": "łyżką"}))
    assert links == ["/pl/advice/using-cutlery/"]


def test_urdu_search_finds_the_urdu_advice_page_by_an_urdu_word(client, demo_site):
    links = result_links(client.get("/ur/search/", {"q": "قینچی"}))
    assert "/ur/advice/using-scissors/" in links
    assert all(link.startswith("/ur/") for link in links), links


def test_english_search_does_not_return_polish_or_urdu_pages(client, demo_site):
    links = result_links(client.get("/search/", {"q": "scissors"}))
    assert "/advice/using-scissors/" in links
    assert not [link for link in links if link.startswith(("/pl/", "/ur/"))]
    assert result_links(client.get("/search/", {"q": "nożyczki"})) == []


def test_polish_search_does_not_return_english_pages(client, demo_site):
    # "scissors" is in the English page and in the (English) area of daily life the Polish page is tagged with.
    links = result_links(client.get("/pl/search/", {"q": "scissors"}))
    assert "/advice/using-scissors/" not in links
    assert all(link.startswith("/pl/") for link in links), links


def test_polish_results_are_marked_as_polish_on_the_english_search_page(client, demo_site):
    # The search page's own words are not translated yet (it shows the notice), its results are.
    html = client.get("/ur/search/", {"q": "قینچی"}).content.decode()
    assert re.search(r'<ul class="nhsuk-list" lang="ur" dir="rtl">\s*<li', html)
