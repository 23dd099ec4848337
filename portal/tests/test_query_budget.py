"""Issue 21: a page the page cache cannot help (a family's `?ref=`, the first visit after a publish) still
costs few queries. What changes only when something is published (which page an address is, its
translations, the menu, the breadcrumb, the service settings) is worked out once per content generation
(portal/content_cache.py), and a publish, a translation published, or a settings change shows at once."""

import re

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings
from wagtail.models import Locale, PageViewRestriction

from home.models import ServiceSettings
from home.tests.factories import AgeBandFactory, LifeAreaFactory, make_advice_tree, make_home_page
from portal import content_cache

pytestmark = pytest.mark.django_db

# None once the first render has worked the shared parts out, in English and in Polish (the header's and
# footer's translated pages are kept per content generation too: home/templatetags/chrome_tags.py).
ENGLISH_BUDGET = 0
POLISH_BUDGET = 0


@pytest.fixture
def content_cache_on():
    cache.clear()
    content_cache.forget()
    with override_settings(PAGE_CACHE_ENABLED=True, PAGE_CACHE_DEBUG_HEADER=True):
        yield
    cache.clear()
    content_cache.forget()


@pytest.fixture
def site(content_cache_on):
    home = make_home_page()
    ServiceSettings.for_site(home.get_site())
    index, (topic,) = make_advice_tree(home, areas=[LifeAreaFactory()], bands=[AgeBandFactory()])
    polish_home = home.copy_for_translation(Locale.objects.get_or_create(language_code="pl")[0])
    polish_home.save_revision().publish()
    return home, index, topic


def forget_queued_commit_callbacks():
    """The fixture's publishes queued their re-warming for a commit that never comes in a test (each test
    is one transaction, rolled back): start from none, as a publish in the admin does."""
    transaction.get_connection().run_on_commit.clear()


def switcher(response):
    return re.search(r'<nav class="portal-languages".*?</nav>', response.content.decode(), re.S).group(0)


def head(response):
    return response.content.decode().split("</head>")[0]


@pytest.mark.parametrize(("prefix", "budget"), [("", ENGLISH_BUDGET), ("/pl", POLISH_BUDGET)])
def test_an_advice_topic_the_page_cache_cannot_help_runs_few_queries(
    client, site, prefix, budget, django_assert_max_num_queries
):
    url = f"{prefix}/advice/topic-0/"
    first = client.get(url, {"ref": "1"})  # the first render after a publish works the shared parts out
    assert first.status_code == 200 and first["X-Page-Cache"] == "bypass"
    with django_assert_max_num_queries(budget):
        second = client.get(url, {"ref": "2"})
    assert second.status_code == 200 and second["X-Page-Cache"] == "bypass"
    assert "Topic 0" in second.content.decode()
    # Apart from the feedback reference, the page is exactly what was rendered the first time.
    assert second.content.decode().replace("ref=2", "ref=1") == first.content.decode()


def test_publishing_a_polish_translation_changes_the_english_pages_language_links_at_once(client, site):
    home, index, topic = site
    english = client.get("/advice/topic-0/", {"ref": "1"})
    assert 'href="/pl/advice/topic-0/?ref=1" hreflang="pl"' in switcher(english)
    assert 'hreflang="pl" href' not in head(english)
    polish = topic.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    polish.title, polish.slug = "Ubieranie się", "ubieranie"
    polish.save_revision().publish()

    english = client.get("/advice/topic-0/", {"ref": "2"})
    assert 'href="/pl/advice/ubieranie/" hreflang="pl"' in switcher(english)
    assert '<link rel="alternate" hreflang="pl" href="http://localhost/pl/advice/ubieranie/">' in head(english)
    assert "Ubieranie się" in client.get("/pl/advice/ubieranie/", {"ref": "3"}).content.decode()

    polish.refresh_from_db()
    polish.unpublish()
    english = client.get("/advice/topic-0/", {"ref": "4"})
    assert 'href="/pl/advice/topic-0/?ref=4" hreflang="pl"' in switcher(english)
    assert 'hreflang="pl" href' not in head(english)
    assert client.get("/pl/advice/ubieranie/", {"ref": "5"}).status_code == 404


def test_a_polish_address_served_in_english_serves_the_translation_once_it_is_published(client, site):
    home, index, topic = site
    before = client.get("/pl/advice/topic-0/", {"ref": "1"})
    assert "portal-untranslated" in before.content.decode()
    polish = topic.copy_for_translation(Locale.objects.get(language_code="pl"), copy_parents=True)
    polish.title = "Ubieranie się"
    polish.save_revision().publish()
    after = client.get("/pl/advice/topic-0/", {"ref": "2"})
    assert "Ubieranie się" in after.content.decode() and "portal-untranslated" not in after.content.decode()


def test_a_page_moved_unpublished_or_renamed_is_routed_afresh(client, site):
    home, index, topic = site
    assert client.get("/advice/topic-0/", {"ref": "1"}).status_code == 200
    topic.title, topic.slug = "Getting dressed", "getting-dressed"
    topic.save_revision().publish()
    assert client.get("/advice/topic-0/", {"ref": "2"}).status_code == 404
    assert "Getting dressed" in client.get("/advice/getting-dressed/", {"ref": "3"}).content.decode()
    topic.refresh_from_db()
    topic.unpublish()
    assert client.get("/advice/getting-dressed/", {"ref": "4"}).status_code == 404


def test_a_view_restriction_added_after_a_page_was_routed_is_enforced(client, site, django_user_model):
    home, index, topic = site
    assert client.get("/advice/topic-0/", {"ref": "1"}).status_code == 200
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/advice/topic-0/", {"ref": "2"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert client.get("/advice/topic-0/").status_code == 302  # and never from the page cache


def test_a_settings_change_shows_on_the_next_uncached_render(client, site):
    client.get("/advice/topic-0/", {"ref": "1"})
    settings = ServiceSettings.for_site(site[0].get_site())
    settings.phone = "0300 999 0000"
    settings.save()
    assert "0300 999 0000" in client.get("/advice/topic-0/", {"ref": "2"}).content.decode()


def test_the_breadcrumb_follows_a_renamed_parent(client, site):
    home, index, topic = site
    client.get("/advice/topic-0/", {"ref": "1"})
    index.title = "Ideas for home"
    index.save_revision().publish()
    html = client.get("/advice/topic-0/", {"ref": "2"}).content.decode()
    breadcrumb = re.search(r'<nav class="nhsuk-breadcrumb".*?</nav>', html, re.S).group(0)
    assert "Ideas for home" in breadcrumb


def test_the_menu_follows_a_page_added_to_it(client, site):
    home, index, topic = site
    client.get("/advice/topic-0/", {"ref": "1"})
    index.show_in_menus = True
    index.save_revision().publish()
    html = client.get("/advice/topic-0/", {"ref": "2"}).content.decode()
    header = html.split("<main")[0]
    assert 'href="/advice/"' in header


def test_without_the_shared_cache_pages_are_still_served(client, site, monkeypatch):
    from portal import page_cache

    monkeypatch.setattr(page_cache, "generation", lambda: None)
    monkeypatch.setattr(page_cache, "lookup", lambda request: (None, None, None))
    response = client.get("/advice/topic-0/", {"ref": "1"})
    assert response.status_code == 200 and "Topic 0" in response.content.decode()


def test_a_published_page_and_its_home_page_are_cached_before_the_first_visitor(
    client, site, django_capture_on_commit_callbacks
):
    home, index, topic = site
    forget_queued_commit_callbacks()
    topic.summary = "Fresh words for families."
    with django_capture_on_commit_callbacks(execute=True):
        topic.save_revision().publish()
    # Re-warmed at the page's own address (its site's host), as a visitor with no cookies would ask.
    response = client.get("/advice/topic-0/", HTTP_HOST="localhost")
    assert response["X-Page-Cache"] == "hit"
    assert "Fresh words for families." in response.content.decode()
    assert client.get("/", HTTP_HOST="localhost")["X-Page-Cache"] == "hit"
    # A page that was not published is rendered by its first visitor, as before.
    assert client.get("/advice/", HTTP_HOST="localhost")["X-Page-Cache"] == "miss"


def test_nothing_is_warmed_before_the_publish_is_committed(client, site, django_capture_on_commit_callbacks):
    from portal import page_cache

    home, index, topic = site
    forget_queued_commit_callbacks()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        topic.save_revision().publish()
    assert page_cache.rewarming.run in callbacks  # queued for the commit, not run before it
    assert client.get("/advice/topic-0/", HTTP_HOST="localhost")["X-Page-Cache"] == "miss"


def test_what_cannot_be_pickled_is_not_kept_but_still_served():
    assert content_cache.pickled(lambda: None) is content_cache.MISSING
    with override_settings(PAGE_CACHE_ENABLED=True):
        value = content_cache.remember_objects(None, ("test", "unpicklable"), lambda: lambda: "served")
        assert value() == "served"
        assert content_cache.recall(None, ("test", "unpicklable")) is content_cache.MISSING
