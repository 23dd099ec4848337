import pytest
from django.core.cache import cache
from django.test import override_settings

from home.models import ServiceSettings
from home.tests.factories import make_home_page, make_information_page

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def make_site():
    home = make_home_page()
    # Settings are created on first read; doing it now keeps that save out of the requests under test.
    ServiceSettings.for_site(home.get_site())
    return home


@pytest.fixture
def page_cache_on():
    cache.clear()
    with override_settings(PAGE_CACHE_ENABLED=True, PAGE_CACHE_DEBUG_HEADER=True):
        yield
    cache.clear()


def test_anonymous_page_views_are_served_from_the_cache_with_cdn_headers(client):
    home = make_site()
    page = make_information_page(home, title="About us")
    first = client.get(page.url)
    second = client.get(page.url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "s-maxage=300" in second["Cache-Control"]


def test_publishing_a_change_shows_at_once(client):
    home = make_site()
    page = make_information_page(home, title="About us", summary="Old words.")
    assert "Old words." in client.get(page.url).content.decode()
    page.summary = "New words."
    page.save_revision().publish()
    response = client.get(page.url)
    assert "New words." in response.content.decode()
    assert response["X-Page-Cache"] == "miss"


def test_saving_a_draft_keeps_the_cached_pages(client):
    """Issue 21: an editor's draft (Wagtail autosaves one every few seconds while they type) changes nothing a
    visitor sees, so it must not empty every cached page; publishing the draft then shows it at once."""
    from selfassess.models import Questionnaire
    from selfassess.tests.factories import load_questionnaire_only

    load_questionnaire_only()
    home = make_site()
    page = make_information_page(home, title="About us", summary="Old words.")
    other = make_information_page(home, title="Contact us")
    client.get(page.url), client.get(other.url)
    page.summary = "Draft words."
    page.save_revision()
    Questionnaire.objects.current().save_revision()  # a snippet's draft too
    for visited in (page, other):
        response = client.get(visited.url)
        assert response["X-Page-Cache"] == "hit", f"{visited.title} was dropped from the cache by a draft"
    assert "Draft words." not in client.get(page.url).content.decode()
    page.get_latest_revision().publish()
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss" and "Draft words." in response.content.decode()


def test_editing_site_settings_drops_cached_pages(client, rf):
    home = make_site()
    page = make_information_page(home, title="About us")
    client.get(page.url)
    settings = ServiceSettings.for_site(home.get_site())
    settings.phone = "0300 999 0000"
    settings.save()
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "0300 999 0000" in response.content.decode()


def test_signed_in_staff_and_journeys_are_never_cached(client, django_user_model):
    home = make_site()
    page = make_information_page(home, title="About us")
    client.get(page.url)
    staff = django_user_model.objects.create_user("staff", password="a-long-password-1", is_staff=True)
    client.force_login(staff)
    response = client.get(page.url)
    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")
    client.logout()
    assert "X-Page-Cache" not in client.get("/search/?q=help")


def test_private_and_missing_pages_are_not_cached(client):
    from wagtail.models import PageViewRestriction

    home = make_site()
    page = make_information_page(home, title="Staff only")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert "X-Page-Cache" not in client.get(page.url)
    assert "X-Page-Cache" not in client.get("/no-such-page/")


# --- Query strings: the key space is bounded by the pages, not by what visitors add (security issue 14) ---


@pytest.fixture
def stored_keys(monkeypatch):
    """The page-cache keys written during the test, whatever the cache backend."""
    from portal import page_cache

    keys = []
    real_set = page_cache.cache.set

    def recording_set(key, *args, **kwargs):
        if key.startswith("pagecache:") and key != page_cache.GENERATION_KEY:
            keys.append(key)
        return real_set(key, *args, **kwargs)

    monkeypatch.setattr(page_cache.cache, "set", recording_set)
    return keys


def make_pack_listing(packs=2):
    from resources.tests.factories import PackTopicFactory, make_pack, make_schools_tree

    _, listing, _ = make_schools_tree(make_site())
    pens = PackTopicFactory(name="Pens", slug="pens")
    for number in range(packs):
        make_pack(listing, f"Pack {number}", topics=[pens] if number == 0 else [])
    return listing


def test_query_parameters_a_page_does_not_read_share_the_page_s_one_cache_entry(client, stored_keys):
    listing = make_pack_listing()
    responses = [client.get(listing.url, {"utm_source": f"campaign-{number}"}) for number in range(50)]
    assert len(set(stored_keys)) <= 1, f"{len(set(stored_keys))} cache entries for one page"
    assert [response["X-Page-Cache"] for response in responses].count("miss") == 1
    assert client.get(listing.url, {"fbclid": "abc", "junk": "x"})["X-Page-Cache"] == "hit"
    assert client.get(listing.url)["X-Page-Cache"] == "hit"


def test_parameters_a_page_does_not_read_never_reach_the_stored_page(client):
    listing = make_pack_listing(packs=11)  # two pages: the pagination links repeat the query string
    first = client.get(listing.url, {"utm_source": "attacker-text"})
    assert "attacker-text" not in first.content.decode()
    later = client.get(listing.url)
    assert later["X-Page-Cache"] == "hit"
    assert "attacker-text" not in later.content.decode()


def test_a_filtered_or_paginated_page_is_never_answered_from_the_cache(client, stored_keys):
    listing = make_pack_listing(packs=11)
    assert "11 packs" in client.get(listing.url).content.decode()  # the unfiltered page is now cached
    filtered = client.get(listing.url, {"topic": "pens", "utm_source": "x"})
    text = filtered.content.decode()
    assert "1 pack" in text and "Pack 0" in text and "Pack 1<" not in text
    assert filtered["X-Page-Cache"] == "bypass"
    second_page = client.get(listing.url, {"page": "2"})
    assert second_page["X-Page-Cache"] == "bypass"
    assert "Pack 9" in second_page.content.decode() and "Page 1 of 2" in second_page.content.decode()
    assert len(set(stored_keys)) == 1  # the filtered and paginated variants were not stored


def test_advice_filters_and_feedback_states_are_not_answered_from_the_cache(client):
    from home.models import AdviceTopicPage
    from home.tests.factories import LifeAreaFactory, add_page, make_advice_tree

    home = make_site()
    dressing = LifeAreaFactory(name="Getting dressed", slug="getting-dressed")
    index, _ = make_advice_tree(home, topics=1)
    add_page(index, AdviceTopicPage, "Buttons and zips", summary="Dressing.").life_areas.set([dressing])
    assert client.get(index.url)["X-Page-Cache"] == "miss"
    filtered = client.get(index.url, {"area": "getting-dressed"})
    assert "Topic 0" not in filtered.content.decode() and filtered["X-Page-Cache"] == "bypass"

    page = make_information_page(home, title="About us")
    client.get(page.url)
    thanks = client.get(page.url, {"feedback": "thanks"})
    assert "Thank you for your feedback" in thanks.content.decode() and thanks["X-Page-Cache"] == "bypass"


def test_every_filter_form_field_is_declared_by_its_page():
    """A page sees only the query parameters it declares: a form field left out would be silently ignored."""
    from home.finder import PostcodeForm
    from home.forms import AdviceFilterForm, StoryFilterForm
    from home.models import AccessRoutesPage, AdviceIndexPage, StoryIndexPage
    from resources.forms import PackFilterForm
    from resources.models import ResourcePackIndexPage

    for page_type, form in (
        (AdviceIndexPage, AdviceFilterForm),
        (StoryIndexPage, StoryFilterForm),
        (ResourcePackIndexPage, PackFilterForm),
        (AccessRoutesPage, PostcodeForm),
    ):
        assert set(form.base_fields) <= set(page_type.query_parameters), page_type
    assert "page" in ResourcePackIndexPage.query_parameters


def test_the_cache_header_is_only_sent_when_the_setting_asks_for_it(client):
    home = make_site()
    page = make_information_page(home, title="About us")
    with override_settings(PAGE_CACHE_DEBUG_HEADER=False):
        first, second = client.get(page.url), client.get(page.url)
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    assert second.content == first.content and "public" in second["Cache-Control"]
