"""Urdu letters drawn in a font this site serves (issue 22, item 3): a device without an Urdu font (this machine's
Chromium has none) showed empty boxes for letters such as ہ and ے. The font comes from this site, and only where
Urdu letters are shown: on an English or Polish page that is the language switcher's "اردو", which an Urdu reader
must be able to read to find it."""

import pytest

from portal.tests.support import shot

pytestmark = pytest.mark.browser

URDU_LETTERS = "ہے ۔"


def fonts_fetched(page, url):
    fetched = []
    page.on("response", lambda response: fetched.append((response.url, response.status)))
    page.goto(url)
    page.evaluate("document.fonts.ready.then(() => true)")
    return [(address, status) for address, status in fetched if ".woff2" in address]


def test_urdu_pages_draw_their_letters_in_the_sites_own_urdu_font(live_demo_site, browser_page):
    base_url, page = live_demo_site.url, browser_page
    page.set_viewport_size({"width": 320, "height": 800})

    fetched = fonts_fetched(page, base_url + "/ur/advice/getting-dressed/")

    assert fetched and all(address.startswith(base_url + "/static/") and status == 200 for address, status in fetched)
    assert page.evaluate(f"document.fonts.check('16px \"Noto Nastaliq Urdu\"', '{URDU_LETTERS}')")
    loaded = page.evaluate(
        "Array.from(document.fonts).filter(f => f.family.includes('Nastaliq') && f.status === 'loaded').length"
    )
    assert loaded >= 1
    shot(page, "urdu-font-advice-topic")


def test_the_switchers_urdu_name_is_drawn_in_it_on_english_and_polish_pages(live_demo_site, browser_page):
    base_url, page = live_demo_site.url, browser_page
    for url in (base_url + "/advice/getting-dressed/", base_url + "/pl/advice/getting-dressed/"):
        fetched = fonts_fetched(page, url)
        assert all(address.startswith(base_url + "/static/fonts/") for address, _ in fetched), fetched
        assert page.evaluate("document.fonts.check('16px \"Noto Nastaliq Urdu\"', 'اردو')")
        assert page.evaluate(
            "Array.from(document.fonts).some(f => f.family.includes('Nastaliq') && f.status === 'loaded')"
        ), f"the switcher's Urdu name on {url} is not drawn in the Urdu font"
