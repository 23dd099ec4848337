"""Languages: English at the root, Polish under /pl/, Urdu under /ur/; the switcher, lang and dir, hreflang, and
pages that are not translated yet (docs/languages.md)."""

import re

import pytest
from wagtail.models import Locale, Site

from home.models import ServiceSettings
from home.tests.factories import make_home_page, make_information_page

pytestmark = pytest.mark.django_db


def html_element(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def switcher(response):
    return re.search(r'<nav class="portal-languages".*?</nav>', response.content.decode(), re.S).group(0)


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def test_english_pages_stay_at_the_root_in_english(client):
    home = make_home_page()
    page = make_information_page(home, title="How to get help")
    assert page.url == "/how-to-get-help/"
    response = client.get("/how-to-get-help/")
    assert response.status_code == 200
    assert html_element(response) == '<html lang="en-GB" dir="ltr">'
    assert "portal-untranslated" not in response.content.decode()


def test_the_switcher_names_each_language_in_itself_and_links_to_the_same_page(client):
    home = make_home_page()
    make_information_page(home, title="How to get help")
    nav = switcher(client.get("/how-to-get-help/"))
    assert '<span class="portal-languages__current" lang="en-GB" dir="ltr" aria-current="true">English</span>' in nav
    assert 'href="/pl/how-to-get-help/" hreflang="pl" lang="pl" dir="ltr">Polski</a>' in nav
    assert 'href="/ur/how-to-get-help/" hreflang="ur" lang="ur" dir="rtl">اردو</a>' in nav


def test_a_page_not_yet_in_polish_says_so_in_polish_offers_english_and_an_interpreter(client):
    home = make_home_page()
    make_information_page(home, title="How to get help")
    settings = ServiceSettings.for_site(Site.objects.get())
    settings.phone = "0300 123 4567"
    settings.save()
    response = client.get("/pl/how-to-get-help/")
    html = response.content.decode()
    assert response.status_code == 200
    # The page's own words are English, so the page says so; the notice is in Polish.
    assert html_element(response) == '<html lang="en-GB" dir="ltr">'
    notice = re.search(r'<div class="nhsuk-inset-text portal-untranslated" lang="pl" dir="ltr">.*?</div>', html, re.S)
    assert notice, html
    notice = notice.group(0)
    assert "Ta strona nie jest jeszcze w Twoim języku" in notice
    assert 'href="/how-to-get-help/"' in notice
    assert "tłumacza" in notice and '<a href="tel:03001234567"><bdi dir="ltr">0300 123 4567</bdi></a>' in notice
    assert 'href="/pl/self-assessment/"' in notice
    assert "<h1>How to get help</h1>" in html


def test_an_urdu_notice_reads_right_to_left(client):
    make_home_page()
    response = client.get("/ur/")
    assert response.status_code == 200
    assert 'class="nhsuk-inset-text portal-untranslated" lang="ur" dir="rtl"' in response.content.decode()
    assert "یہ صفحہ ابھی آپ کی زبان میں نہیں ہے" in response.content.decode()


def test_a_translated_page_is_served_in_its_language_with_hreflang_alternates(client):
    home = make_home_page()
    polish = home.copy_for_translation(locale("pl"))
    polish.title, polish.hero_heading = "Strona główna", "Pomoc dla dzieci"
    polish.save_revision().publish()
    response = client.get("/pl/")
    html = response.content.decode()
    assert html_element(response) == '<html lang="pl" dir="ltr">'
    assert "Pomoc dla dzieci" in html and "portal-untranslated" not in html
    assert '<link rel="alternate" hreflang="en-GB" href="http://localhost/">' in html
    assert '<link rel="alternate" hreflang="pl" href="http://localhost/pl/">' in html
    # Urdu has no translation: no alternate claims one.
    assert 'hreflang="ur" href' not in html.split("</head>")[0]
    assert 'href="/pl/" hreflang="pl"' in switcher(client.get("/"))


def test_a_page_not_translated_under_a_translated_home_page_is_served_in_english(client):
    home = make_home_page()
    make_information_page(home, title="How to get help")
    home.copy_for_translation(locale("pl")).save_revision().publish()
    response = client.get("/pl/how-to-get-help/")
    assert response.status_code == 200
    assert "portal-untranslated" in response.content.decode()


def test_the_language_comes_from_the_address_never_the_browser(client, django_user_model):
    make_home_page()
    response = client.get("/", headers={"accept-language": "pl,ur;q=0.8"})
    assert html_element(response) == '<html lang="en-GB" dir="ltr">'
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "a-long-password-1")
    client.force_login(admin)
    dashboard = client.get("/admin/", headers={"accept-language": "pl"})
    assert dashboard.status_code == 200
    assert 'lang="en' in dashboard.content.decode()[:400]


def test_journeys_in_every_language_are_never_cached_or_stored(client):
    for prefix in ("", "/pl", "/ur"):
        response = client.get(f"{prefix}/self-assessment/")
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"], prefix


def test_crawlers_keep_out_of_the_journeys_in_every_language(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    for path in ("/refer/", "/self-assessment/", "/search/", "/feedback/"):
        for prefix in ("", "/pl", "/ur"):
            assert f"Disallow: {prefix}{path}" in lines


def test_switching_language_keeps_the_words_searched_for(client):
    make_home_page()
    nav = switcher(client.get("/search/", {"q": "dressing"}))
    assert 'href="/pl/search/?q=dressing" hreflang="pl"' in nav


def test_english_pages_do_not_vary_by_the_browsers_languages(client):
    make_home_page()
    for path in ("/", "/pl/", "/self-assessment/", "/ur/self-assessment/"):
        response = client.get(path)
        assert "accept-language" not in response.get("Vary", "").lower(), path
        assert "Cookie" in response["Vary"], path
