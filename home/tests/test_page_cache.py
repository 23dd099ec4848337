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
    with override_settings(PAGE_CACHE_ENABLED=True):
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
