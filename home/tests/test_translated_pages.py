"""The demo's Polish and Urdu pages (issue 22): the home page, How to get help, waiting times and five advice
topics read in the family's language, are wagtail-localize translations of the English pages, and list each
other as alternates and in the sitemap (docs/languages.md)."""

import html as html_escapes
import importlib
import pkgutil
import re

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from home.demo.translated_pages import (
    TRANSLATED_PAGES,
    WORDS,
    english_pages,
    load_translated_pages,
    missing_words,
    words_module,
)
from home.models import AdviceTopicPage
from portal.demo import ChangeLog

pytestmark = pytest.mark.django_db

# (address without the language prefix, Polish heading, Urdu heading)
PAGES = [
    ("/", "Pomoc w codziennych umiejętnościach dziecka", "آپ کے بچے کی روزمرہ مہارتوں میں مدد"),
    ("/how-to-get-help/", "Jak dostać pomoc", "مدد کیسے حاصل کریں"),
    ("/waiting-times/", "Czas oczekiwania", "انتظار کا وقت"),
    ("/advice/getting-dressed/", "Ubieranie się", "کپڑے پہننا"),
    ("/advice/using-cutlery/", "Jedzenie łyżką, widelcem i nożem", "چمچ، کانٹا اور چھری استعمال کرنا"),
    ("/advice/using-scissors/", "Cięcie nożyczkami", "قینچی استعمال کرنا"),
    (
        "/advice/play-ideas-to-build-hand-strength/",
        "Zabawy, które wzmacniają dłonie",
        "ہاتھوں کو مضبوط بنانے والے کھیل",
    ),
    (
        "/advice/helping-your-child-talk-and-understand/",
        "Jak pomóc dziecku mówić i rozumieć",
        "بچے کو بولنے اور سمجھنے میں مدد دینا",
    ),
]
LANGUAGES = [("pl", "ltr", 1), ("ur", "rtl", 2)]


def html_element(html):
    return re.search(r"<html[^>]*>", html).group(0)


def heading(html):
    text = re.sub(r"<[^>]+>", "", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1))
    return html_escapes.unescape(text).strip()


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


@pytest.mark.parametrize(("code", "direction", "column"), LANGUAGES)
@pytest.mark.parametrize("page", PAGES, ids=[page[0] for page in PAGES])
def test_translated_pages_are_read_in_the_familys_language(client, demo_site, page, code, direction, column):
    address = f"/{code}{page[0]}"
    response = client.get(address)
    html = response.content.decode()
    assert response.status_code == 200
    assert html_element(html) == f'<html lang="{code}" dir="{direction}">'
    assert heading(html) == page[column]
    # Written in the family's language, so no "not in your language yet" notice.
    assert "portal-untranslated" not in html
    # Each language that has the page is an alternate, at its own address.
    assert alternates(html) == {
        "en-GB": f"http://localhost{page[0]}",
        "pl": f"http://localhost/pl{page[0]}",
        "ur": f"http://localhost/ur{page[0]}",
    }


def test_english_pages_list_their_translations_as_alternates(client, demo_site):
    html = client.get("/advice/using-scissors/").content.decode()
    assert html_element(html) == '<html lang="en-GB" dir="ltr">'
    assert alternates(html)["pl"] == "http://localhost/pl/advice/using-scissors/"


def test_a_page_not_translated_still_says_so(client, demo_site):
    html = client.get("/pl/contact-us/").content.decode()
    assert html_element(html) == '<html lang="en-GB" dir="ltr">'
    assert "portal-untranslated" in html
    assert "pl" not in alternates(html)


def test_every_word_of_an_advice_topic_is_translated_lists_included(client, demo_site):
    html = client.get("/pl/advice/getting-dressed/").content.decode()
    # Body text, a do list item, a don't list item and a care card point, in Polish and not in English.
    for polish, english in [
        ("Każde dziecko uczy się we własnym tempie.", "Every child learns at their own speed."),
        ("połóż ubrania w kolejności, w jakiej się je zakłada", "lay clothes out in the order they go on"),
        ("ćwicz nowe umiejętności w zabiegany poranek przed szkołą", "practise new skills on a busy school morning"),
        ("ubieranie się prawie codziennie to długa walka", "getting dressed leads to a long struggle most days"),
    ]:
        assert polish in html
        assert english not in html


def test_links_in_translated_pages_keep_the_family_in_their_language(client, demo_site):
    home = client.get("/pl/").content.decode()
    for path in ("/pl/self-assessment/", "/pl/how-to-get-help/", "/pl/refer/", "/pl/advice/"):
        assert f'href="{path}"' in home
    help_page = client.get("/ur/how-to-get-help/").content.decode()
    # A link inside rich text goes to the page's Urdu address (served in English with the notice if untranslated).
    assert 'href="/ur/complaints-and-feedback/"' in help_page
    assert 'href="/ur/workshops-for-families/"' in help_page


def test_phone_numbers_keep_their_digits_in_order_in_urdu(client, demo_site):
    html = client.get("/ur/advice/helping-your-child-talk-and-understand/").content.decode()
    assert 'href="tel:03001234567">\u20660300 123 4567\u2069</a>' in html


def waits_table(html):
    """Team names and each team's routine waits, month by month, as the page shows them."""
    teams = re.findall(r'<h2 id="team-[^"]+-heading">(.*?)</h2>', html)
    cells = re.findall(r'<td class="nhsuk-table__cell">(.*?)</td>', html)
    return teams, cells


NO_FIGURE = {"pl": "Brak danych", "ur": "کوئی نمبر نہیں"}


def test_waiting_times_show_the_same_teams_and_figures_in_every_language(client, demo_site):
    english = waits_table(client.get("/waiting-times/").content.decode())
    assert english[0] and english[1]
    for code in ("pl", "ur"):
        html = client.get(f"/{code}/waiting-times/").content.decode()
        assert html_element(html).startswith(f'<html lang="{code}"')
        # The same figures; a month with none says so in the family's language.
        teams, figures = waits_table(html)
        assert teams == english[0]
        assert figures == [NO_FIGURE[code] if cell == "No figure" else cell for cell in english[1]]


def test_the_pages_are_wagtail_localize_translations_of_the_english_pages(demo_site):
    english = english_pages()
    assert [page.url_path.removeprefix("/home/").rstrip("/") for page in english] == TRANSLATED_PAGES
    for page in english:
        source = TranslationSource.objects.get_for_instance(page)
        for code in ("pl", "ur"):
            locale = Locale.objects.get(language_code=code)
            translation = Translation.objects.get(source=source, target_locale=locale)
            # The translation editor shows every segment translated ...
            total, done = translation.get_progress()
            assert total == done > 0, (page.title, code)
            # ... and it is the live page the family reads.
            target = translation.get_target_instance()
            assert target.live and target.translation_key == page.translation_key
            assert target.get_parent().translation_key == page.get_parent().translation_key


def test_advice_chosen_by_area_of_daily_life_is_offered_once_not_in_three_languages(demo_site):
    # The self-assessment's results and "while you wait" choose topics by their tags from every live topic.
    topics = AdviceTopicPage.objects.live().filter(life_areas__slug="hand-skills", age_bands__slug="5-to-11")
    assert topics.filter(slug="using-scissors").count() == 1
    assert set(topics.values_list("locale__language_code", flat=True)) == {"en-gb"}


def test_every_english_word_of_the_translated_pages_has_polish_and_urdu(demo_site):
    assert missing_words() == {"pl": [], "ur": []}


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_each_pages_words_are_in_one_module_and_every_module_is_used(language):
    """The words are one module a page (home/demo/translated_pages/pl/, ur/): words written in two modules would
    leave a translator's change to one of them unseen, and a module no page names would never be used."""
    package = importlib.import_module(f"home.demo.translated_pages.{language}")
    modules = {name for _, name, _ in pkgutil.iter_modules(package.__path__)}
    assert {words_module(path) for path in TRANSLATED_PAGES} == modules
    seen = {}
    for name in sorted(modules):
        for english in importlib.import_module(f"{package.__name__}.{name}").WORDS:
            assert english not in seen, f"{english!r} is in {seen[english]}.py and {name}.py"
            seen[english] = name
    assert WORDS[language].keys() == seen.keys()


def test_loading_the_translations_again_changes_nothing(demo_site):
    revisions = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    log = ChangeLog()
    load_translated_pages(log)
    assert not log.changed, log.created + log.updated
    assert {page.pk: page.latest_revision_id for page in Page.objects.all()} == revisions


def test_a_changed_english_page_keeps_its_translation_until_every_word_is_translated(demo_site):
    page = next(page for page in english_pages() if page.slug == "using-scissors")
    page.summary = "New English words nobody has translated yet."
    page.save_revision().publish()
    log = ChangeLog()
    load_translated_pages(log)
    polish = Page.objects.get(translation_key=page.translation_key, locale__language_code="pl").specific
    # Never a mixed page: the Polish page stays as it was.
    assert polish.summary.startswith("Pomóż dziecku")
    assert "New English words" not in str(polish.specific.body)


def test_the_sitemap_lists_each_languages_pages_with_alternates(client, demo_site):
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>(.*?)</loc>", xml)
    for path, *_ in PAGES:
        for prefix in ("", "/pl", "/ur"):
            assert f"http://localhost{prefix}{path}" in locations
    # An untranslated page is listed once, at its English address.
    assert "http://localhost/contact-us/" in locations
    assert "http://localhost/pl/contact-us/" not in locations
    # Each translated page names the others.
    entry = re.search(r"<url><loc>http://localhost/pl/advice/using-scissors/</loc>.*?</url>", xml, re.S).group(0)
    for code, prefix in (("en-GB", ""), ("pl", "/pl"), ("ur", "/ur")):
        link = f'<xhtml:link rel="alternate" hreflang="{code}" href="http://localhost{prefix}/advice/using-scissors/"/>'
        assert link in entry


def test_the_page_cache_keeps_english_and_polish_home_pages_apart(client, demo_site):
    cache.clear()
    with override_settings(PAGE_CACHE_ENABLED=True, PAGE_CACHE_DEBUG_HEADER=True):
        english, polish = client.get("/"), client.get("/pl/")
        english_again, polish_again = client.get("/"), client.get("/pl/")
    cache.clear()
    assert english_again["X-Page-Cache"] == "hit" and polish_again["X-Page-Cache"] == "hit"
    assert html_element(english_again.content.decode()) == '<html lang="en-GB" dir="ltr">'
    assert heading(english_again.content.decode()) == "Help with your child's everyday skills"
    assert html_element(polish_again.content.decode()) == '<html lang="pl" dir="ltr">'
    assert heading(polish_again.content.decode()) == PAGES[0][1]
    assert english_again.content == english.content and polish_again.content == polish.content
