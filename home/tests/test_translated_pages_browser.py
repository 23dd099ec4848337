"""The demo's translated pages in a real Chromium (issue 22): a Polish parent switches language on the home page
and follows links to How to get help, waiting times and an advice topic, all in Polish; an Urdu parent reads the
home page and an advice topic right to left on a 320 px phone. axe on every page, no sideways scrolling."""

import re

import pytest
from playwright.sync_api import expect

from portal.tests.support import shot

pytestmark = pytest.mark.browser


def fits_the_width(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def reads_in(page, code, direction, heading):
    expect(page.locator("h1")).to_have_text(heading)
    assert page.locator("html").get_attribute("lang") == code
    assert page.locator("html").get_attribute("dir") == direction
    expect(page.locator(".portal-untranslated")).to_have_count(0)
    assert fits_the_width(page), f"{page.url} scrolls sideways"


def test_a_polish_parent_reads_the_front_door_in_polish(live_demo_site, browser_page, axe):
    base_url, page = live_demo_site.url, browser_page
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(base_url + "/")
    page.get_by_role("navigation", name="Languages").get_by_role("link", name="Polski").click()
    expect(page).to_have_url(base_url + "/pl/")
    reads_in(page, "pl", "ltr", "Pomoc w codziennych umiejętnościach dziecka")
    axe(page, context="home page, Polish")
    shot(page, "translated-pl-home")

    page.locator("main").get_by_role("link", name="Jak dostać pomoc").click()
    expect(page).to_have_url(base_url + "/pl/how-to-get-help/")
    reads_in(page, "pl", "ltr", "Jak dostać pomoc")
    expect(page.locator("main")).to_contain_text("Sam wyślij skierowanie dla dziecka")
    axe(page, context="how to get help, Polish")
    shot(page, "translated-pl-how-to-get-help")

    # Waiting times is in the header's menu, under "More" at this width.
    navigation = page.locator("header")
    if not navigation.get_by_role("link", name="Czas oczekiwania").is_visible():
        navigation.locator("#toggle-menu").click()
    navigation.get_by_role("link", name="Czas oczekiwania").click()
    expect(page).to_have_url(base_url + "/pl/waiting-times/")
    reads_in(page, "pl", "ltr", "Czas oczekiwania")
    # The figures come from the teams, as in English.
    expect(page.locator("main table").first).to_contain_text(re.compile(r"\d"))
    axe(page, context="waiting times, Polish")
    shot(page, "translated-pl-waiting-times")

    page.get_by_role("link", name="Znajdź porady dla dziecka").click()
    expect(page).to_have_url(base_url + "/pl/advice/")
    page.get_by_role("link", name="Cięcie nożyczkami").click()
    expect(page).to_have_url(base_url + "/pl/advice/using-scissors/")
    reads_in(page, "pl", "ltr", "Cięcie nożyczkami")
    expect(page.locator("main")).to_contain_text("jeśli dziecko jest leworęczne, używaj nożyczek dla leworęcznych")
    axe(page, context="advice topic, Polish")
    shot(page, "translated-pl-advice-topic")


def test_an_urdu_parent_reads_the_home_page_and_advice_right_to_left_on_a_phone(live_demo_site, browser_page, axe):
    base_url, page = live_demo_site.url, browser_page
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(base_url + "/")
    page.get_by_role("navigation", name="Languages").get_by_role("link", name="اردو").click()
    expect(page).to_have_url(base_url + "/ur/")
    reads_in(page, "ur", "rtl", "آپ کے بچے کی روزمرہ مہارتوں میں مدد")
    axe(page, context="home page, Urdu")
    shot(page, "translated-ur-home")

    page.locator("main").get_by_role("link", name="خاندانوں کے لیے مشورے").click()
    expect(page).to_have_url(base_url + "/ur/advice/")
    page.get_by_role("link", name="بچے کو بولنے اور سمجھنے میں مدد دینا").click()
    reads_in(page, "ur", "rtl", "بچے کو بولنے اور سمجھنے میں مدد دینا")
    # The phone number reads left to right, its groups of digits in order, inside the right-to-left line.
    phone = page.locator("main a[href='tel:03001234567']").first
    expect(phone).to_be_visible()
    assert phone.text_content() == "\u20660300 123 4567\u2069"
    axe(page, context="advice topic, Urdu")
    shot(page, "translated-ur-advice-topic")
