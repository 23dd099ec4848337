"""Search in families' words (issue 18, item 7): the content team keeps the synonyms (Settings, then Search
synonyms), and a table of real family queries each finds the page it means in the top three."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import Client

from home.demo.search import SEARCH_SYNONYM_PERMISSIONS
from home.models import SearchSynonym
from home.search import run_search
from home.tests.factories import make_home_page, make_information_page
from portal.demo import ChangeLog, ensure_group
from portal.tests.support import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


def titles_for(query):
    return [page.title for page in run_search(query)]


@pytest.fixture
def pages(db):
    home = make_home_page()
    make_information_page(
        home,
        "Help with coordination",
        slug="coordination",
        body=[{"type": "rich_text", "value": "<p>Ideas for children who find balance and coordination hard.</p>"}],
    )
    make_information_page(
        home,
        "Education plans",
        slug="ehcp",
        body=[{"type": "rich_text", "value": "<p>How we write advice for an EHCP.</p>"}],
    )
    return home


def test_a_synonym_the_content_team_adds_changes_what_families_find(pages):
    assert titles_for("dyspraxia") == []
    SearchSynonym.objects.create(words="dyspraxia, dcd, coordination")
    assert titles_for("dyspraxia") == ["Help with coordination"]
    assert titles_for("DCD") == ["Help with coordination"]
    SearchSynonym.objects.all().delete()
    assert titles_for("dyspraxia") == []


def test_a_phrase_in_a_synonym_is_searched_as_its_word(pages):
    SearchSynonym.objects.create(words="ehcp, education health and care plan")
    assert titles_for("Education, health and care plan") == ["Education plans"]
    assert titles_for("what is an education health and care plan?") == ["Education plans"]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("autism", "Enter at least 2 words or phrases"),
        ("autism, autism", "Enter at least 2 words or phrases"),
        ("speech therapy, speech and language therapy", "Include at least one single word"),
        ("self-care, washing", "Use only letters, spaces and apostrophes"),
        ("<b>, bold", "Use only letters, spaces and apostrophes"),
    ],
)
def test_a_synonym_that_could_never_match_is_refused_saying_why(typed, message):
    with pytest.raises(ValidationError) as error:
        SearchSynonym(words=typed).full_clean()
    assert message in str(error.value)


def test_a_synonym_is_kept_as_search_reads_it():
    synonym = SearchSynonym(words="  Autism,AUTISTIC , Autistic spectrum condition ")
    synonym.full_clean()
    assert synonym.words == "autism, autistic, autistic spectrum condition"


def test_an_editor_adds_a_synonym_in_settings(pages, settings):
    settings.REQUIRE_STAFF_2FA = True
    group = ensure_group(ChangeLog(), "Editors", ["wagtailadmin.access_admin", *SEARCH_SYNONYM_PERMISSIONS])
    editor = get_user_model().objects.create_user("ed", "ed@example.nhs.uk", "x" * 12, is_staff=True)
    editor.groups.add(group)
    client = sign_in_with_second_factor(Client(), editor)
    admin = client.get("/admin/").content.decode()
    # The admin menu is drawn from JSON: the Settings menu names the screen and its address.
    assert "Search synonyms" in admin and "/admin/snippets/home/searchsynonym/" in admin
    assert client.get("/admin/snippets/home/searchsynonym/").status_code == 200
    refused = client.post("/admin/snippets/home/searchsynonym/add/", {"words": "dyspraxia"})
    assert "Enter at least 2 words or phrases" in refused.content.decode()
    response = client.post("/admin/snippets/home/searchsynonym/add/", {"words": "Dyspraxia, coordination"})
    assert response.status_code == 302
    assert SearchSynonym.objects.get().words == "dyspraxia, coordination"
    assert titles_for("dyspraxia") == ["Help with coordination"]


# Real family queries on the demo site: (what a family types, words in the title of a page expected in the top three).
FAMILY_QUERIES = [
    ("autism", "Who does what"),
    ("autistic", "Who does what"),
    ("dyspraxia", "oordination"),
    ("dyspraxic", "oordination"),
    ("DCD", "oordination"),
    ("clumsy", "oordination"),
    ("EHCP", "Who does what"),
    ("education health and care plan", "Who does what"),
    ("sensory", "senses"),
    ("senses", "senses"),
    ("complaint", "Complaints and feedback"),
    ("PALS", "Complaints and feedback"),
    ("compliment", "Complaints and feedback"),
    ("speech therapy", "About speech and language therapy"),
    ("OT", "About occupational therapy"),
    ("occupational therapy", "About occupational therapy"),
    ("family workshops", "Workshops and groups for families"),
    ("book a workshop", "Workshops and groups for families"),
    ("parenting course", "Workshops and groups for families"),
    ("how long is the wait", "Waiting times"),
    ("waiting list", "Waiting times"),
    ("handwriting", "andwriting"),
    ("pencil grip", "Pencil grip and handwriting"),
    ("potty training", "Toilet training"),
    ("buttons", "Getting dressed"),
    ("scissors", "scissors"),
    ("data protection", "Privacy notice"),
]


def result_titles(client, query):
    html = client.get("/search/", {"q": query}).content.decode()
    main = html.split('id="maincontent"', 1)[1]
    titles = []
    for href, inner in re.findall(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', main, flags=re.S):
        if href.startswith(("?", "/refer", "/self-assessment")):
            continue  # filters, paging and the built-in suggestions above the results
        titles.append(" ".join(re.sub(r"<[^>]+>", " ", inner).split()))
    return titles


def test_the_table_holds_at_least_twenty_family_queries():
    assert len(FAMILY_QUERIES) >= 20


@pytest.mark.parametrize(("query", "expected"), FAMILY_QUERIES)
def test_a_family_search_finds_the_page_it_means_in_the_top_three(client, demo_site, query, expected):
    titles = result_titles(client, query)[:3]
    assert any(expected.lower() in title.lower() for title in titles), f"{query!r}: {titles}"
