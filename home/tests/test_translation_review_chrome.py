"""The header, footer, breadcrumb and error pages in the family's language (issue 22, docs/languages.md): a Polish
or Urdu reader finds the service name, search, menu, help and contact and the footer's links in their language,
on a translated page and on one that is still English; English pages are as they were."""

import re

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory, override_settings
from wagtail.models import Locale, Site

from home.models import ServiceSettings
from home.tests.factories import make_home_page, make_information_page

pytestmark = pytest.mark.django_db


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def part(html, start, end):
    return html[html.index(start) : html.index(end, html.index(start)) + len(end)]


def header(html):
    return part(html, '<header class="nhsuk-header"', "</header>")


def footer(html):
    return part(html, '<footer class="nhsuk-footer"', "</footer>")


def html_element(html):
    return re.search(r"<html[^>]*>", html).group(0)


@pytest.fixture
def site_pages():
    home = make_home_page()
    help_page = make_information_page(home, title="How to get help", show_in_menus=True)
    contact = make_information_page(home, title="Contact us", show_in_menus=True)
    privacy = make_information_page(home, title="Privacy notice")
    service = ServiceSettings.for_site(Site.objects.get())
    service.phone, service.opening_hours = "0300 123 4567", "Monday to Friday, 9am to 5pm (not bank holidays)"
    service.contact_page, service.privacy_page = contact, privacy
    service.save()
    for code, title in (("pl", "Strona główna"), ("ur", "ہوم پیج")):
        translated = home.copy_for_translation(locale(code))
        translated.title = title
        translated.save_revision().publish()
    polish_help = help_page.copy_for_translation(locale("pl"))
    polish_help.title = "Jak uzyskać pomoc"
    polish_help.save_revision().publish()
    polish_contact = contact.copy_for_translation(locale("pl"))
    polish_contact.title = "Kontakt"
    polish_contact.save_revision().publish()
    return home


def test_a_polish_page_has_its_header_in_polish_with_polish_addresses(client, site_pages):
    html = client.get("/pl/").content.decode()
    assert html_element(html) == '<html lang="pl" dir="ltr">'
    top = header(html)
    assert 'class="nhsuk-header__service-name" href="/pl/">Usługi terapii dla dzieci</a>' in top
    assert 'aria-label="Usługi terapii dla dzieci – strona główna"' in top
    assert 'action="/pl/search/"' in top and "Szukaj w tej witrynie" in top and 'placeholder="Szukaj"' in top
    assert 'aria-label="Menu"' in top and "Więcej" in top
    # The menu: the Polish page where there is one, the English page (said to be English) where not.
    assert re.search(r'href="/pl/how-to-get-help/"[^>]*>\s*Jak uzyskać pomoc', top), top
    assert re.search(r'href="/contact-us/" lang="en-GB" hreflang="en-GB"', top) is None  # translated: Polish
    assert re.search(r'href="/pl/contact-us/"[^>]*>\s*Kontakt', top), top
    assert re.search(r'href="/pl/refer/"[^>]*>\s*Skierowanie online', top), top
    # No English left in the header, and no English wrapper around it.
    for english in ("Search this site", "Children's Therapy Service", "Refer online", "How to get help"):
        assert english not in top
    assert '<div lang="en-GB"' not in html
    assert "Przejdź do głównej treści" in html or "Skip to main content" not in html


def test_a_polish_page_has_its_footer_in_polish(client, site_pages):
    bottom = footer(client.get("/pl/").content.decode())
    assert "Pomoc i kontakt" in bottom and "Zadzwoń do nas:" in bottom
    assert '<bdi dir="ltr">0300 123 4567</bdi>' in bottom
    assert "Od poniedziałku do piątku, od 9:00 do 17:00" in bottom
    assert "Jeśli teraz martwisz się o swoje dziecko" in bottom and 'href="tel:999"' in bottom
    assert 'href="/pl/refer/status/">Co dzieje się z moim skierowaniem?</a>' in bottom
    # Contact us has a Polish page; the privacy notice is only in English and says so.
    assert 'href="/pl/contact-us/">Kontakt</a>' in bottom
    assert 'href="/privacy-notice/" hreflang="en-GB">Informacja o prywatności (po angielsku)</a>' in bottom
    assert 'href="/pl/search/">Szukaj</a>' in bottom
    for english in ("Help and contact", "Call us", "Where is my referral?", "Privacy notice", "Monday"):
        assert english not in bottom


def test_an_urdu_page_has_its_header_and_footer_in_urdu_right_to_left(client, site_pages):
    html = client.get("/ur/").content.decode()
    assert html_element(html) == '<html lang="ur" dir="rtl">'
    assert "بچوں کی تھراپی سروس" in header(html) and "اس ویب سائٹ میں تلاش کریں" in header(html)
    assert "مدد اور رابطہ" in footer(html)
    assert "Help and contact" not in html and '<div lang="en-GB"' not in html


def test_a_page_still_in_english_at_a_polish_address_has_a_polish_header_marked_polish(client, site_pages):
    make_information_page(site_pages, title="Waiting times")
    html = client.get("/pl/waiting-times/").content.decode()
    assert html_element(html) == '<html lang="en-GB" dir="ltr">'
    assert '<div lang="pl" dir="ltr">' in html
    assert "Szukaj w tej witrynie" in header(html) and "Pomoc i kontakt" in footer(html)
    # The page's own words and what surrounds them stay English, as its lang says.
    assert "<h1>Waiting times</h1>" in html and "Page last reviewed: 31 January 2026" in html
    assert 'aria-label="Breadcrumb"' not in html or "Strona ostatnio" not in html


def test_a_translated_page_shows_its_page_furniture_in_polish(client, site_pages):
    html = client.get("/pl/how-to-get-help/").content.decode()
    assert 'aria-label="Ścieżka nawigacji"' in html
    assert "Strona ostatnio sprawdzona: 31 stycznia 2026" in html
    assert "Czy ta strona jest przydatna?" in html and "Is this page useful?" not in html


def test_english_pages_keep_their_english_header_and_footer(client, site_pages):
    html = client.get("/").content.decode()
    assert 'class="nhsuk-header__service-name" href="/">Children&#x27;s Therapy Service</a>' in header(html)
    assert 'action="/search/"' in header(html) and "Search this site" in header(html)
    assert "Help and contact" in footer(html) and 'href="/privacy-notice/">Privacy notice</a>' in footer(html)
    assert "Szukaj" not in html and "<div lang=" not in html


def test_page_not_found_at_a_polish_address_is_in_polish(client, site_pages):
    response = client.get("/pl/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert html_element(html) == '<html lang="pl" dir="ltr">'
    assert "<h1>Nie znaleziono strony</h1>" in html and 'href="/pl/search/"' in html
    assert "portal-untranslated" not in html and "Page not found" not in html


def test_page_not_found_in_urdu_reads_right_to_left(client, site_pages):
    html = client.get("/ur/no-such-page/").content.decode()
    assert html_element(html) == '<html lang="ur" dir="rtl">'
    assert "صفحہ نہیں ملا" in html


@pytest.mark.parametrize(
    ("template", "context", "words"),
    [
        ("500.html", {}, "Przepraszamy, wystąpił problem z usługą"),
        (
            "maintenance.html",
            {"message": "We are making improvements to this website. Please try again in an hour."},
            "Ulepszamy tę stronę internetową",
        ),
        ("413.html", {"back_url": "/pl/refer/", "max_mb": 10}, "Każdy plik musi mieć mniej niż 10 MB"),
        ("session_not_saved.html", {}, "Przepraszamy, nie udało się zapisać odpowiedzi"),
    ],
)
def test_standalone_error_pages_follow_the_address_not_the_last_request(template, context, words):
    """Some are answered before the language is chosen (maintenance, a file too big, a session not saved): they
    read the address, and an English address is English even when the last page this thread served was Polish."""
    from django.utils import translation

    with translation.override("pl"):
        english = render_to_string(template, context, request=RequestFactory().get("/refer/"))
    assert html_element(english) == '<html lang="en-GB" dir="ltr">'
    assert words not in english
    with translation.override("en-gb"):
        polish = render_to_string(template, context, request=RequestFactory().get("/pl/refer/"))
        urdu = render_to_string(template, context, request=RequestFactory().get("/ur/refer/"))
    assert html_element(polish) == '<html lang="pl" dir="ltr">' and words in polish
    assert html_element(urdu) == '<html lang="ur" dir="rtl">' and "بچوں کی تھراپی سروس" in urdu


@override_settings(MAINTENANCE_MODE=True)
def test_the_maintenance_page_at_an_urdu_address_is_in_urdu(client):
    html = client.get("/ur/self-assessment/").content.decode()
    assert html_element(html) == '<html lang="ur" dir="rtl">'
    assert "معذرت، سروس دستیاب نہیں ہے" in html
