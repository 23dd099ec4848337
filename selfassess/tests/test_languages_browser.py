"""A Polish-speaking parent and an Urdu-speaking parent in a real Chromium: each switches language on the home
page and does the whole self-assessment in their language, with axe on every step; Urdu right to left, on a
320 px wide phone with no sideways scrolling, by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from portal.tests.support import shot

pytestmark = pytest.mark.browser


def fits_the_width(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def switch_language_on_the_home_page(page, base_url, axe, name, prefix):
    page.goto(base_url + "/")
    page.get_by_role("navigation", name="Languages").get_by_role("link", name=name).click()
    expect(page).to_have_url(re.compile(rf"{prefix}/$"))
    # The demo's home page is translated: no "not in your language yet" notice, and its own link to the
    # self-assessment goes to the self-assessment in the family's language.
    expect(page.locator(".portal-untranslated")).to_have_count(0)
    assert fits_the_width(page), f"home page in {name} scrolls sideways"
    axe(page, context=f"home page, {name}")
    shot(page, f"languages-home-{name}")
    page.locator(f'main a[href="{prefix}/self-assessment/"]').first.click()


def polish_parent(page, base_url, axe):
    switch_language_on_the_home_page(page, base_url, axe, "Polski", "/pl")
    expect(page.locator("h1")).to_have_text("Sprawdź potrzeby swojego dziecka")
    assert page.locator("html").get_attribute("lang") == "pl"
    axe(page, context="start, Polish")
    page.get_by_role("button", name="Rozpocznij").click()

    page.get_by_role("button", name="Dalej").click()  # no age chosen: the error state, in Polish
    expect(page).to_have_title(re.compile(r"^Błąd: Ile lat ma Twoje dziecko\?"))
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Wystąpił problem")
    axe(page, context="age error, Polish")
    shot(page, "languages-pl-age-error")
    page.get_by_label("5–11 lat (szkoła podstawowa)").check()
    page.get_by_role("button", name="Dalej").click()

    expect(page.locator("h1")).to_have_text("Zanim zaczniemy, musimy sprawdzić, czy Twoje dziecko jest bezpieczne")
    for group in page.locator("fieldset").all():
        group.get_by_label("Nie", exact=True).check()
    axe(page, context="safety questions, Polish")
    page.get_by_role("button", name="Dalej").click()

    page.get_by_label("Ubieranie się").check()
    page.get_by_role("button", name="Dalej").click()
    expect(page.get_by_text("Krok 1 z 1")).to_be_visible()
    groups = page.locator("fieldset").all()
    for group in groups[:4]:
        group.get_by_label("Nie potrafi tego zrobić lub potrzebuje pełnej pomocy", exact=True).check()
    groups[4].get_by_label("Bardzo mocno", exact=True).check()
    groups[5].get_by_label("Nie, jeszcze nie", exact=True).check()
    axe(page, context="area, Polish")
    shot(page, "languages-pl-area")
    page.get_by_role("button", name="Dalej").click()

    expect(page.locator("h1")).to_have_text("Sprawdź swoje odpowiedzi")
    axe(page, context="check your answers, Polish")
    page.get_by_role("button", name="Zobacz wyniki").click()

    expect(page.locator("h1")).to_have_text("Twoje wyniki")
    expect(page.locator("main a.nhsuk-button", has_text="Poproś o skierowanie")).to_have_attribute(
        "href", re.compile(r"^/pl/refer/\?assessment=")
    )
    expect(page.locator("main")).to_contain_text("potrzebuje dużo pomocy w obszarze „ubieranie się”")
    axe(page, context="result, Polish")
    shot(page, "languages-pl-result")


def urdu_parent_by_keyboard_on_a_phone(page, base_url, axe):
    page.set_viewport_size({"width": 320, "height": 640})
    switch_language_on_the_home_page(page, base_url, axe, "اردو", "/ur")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ur"
    expect(page.locator("h1")).to_have_text("اپنے بچے کی ضروریات جانچیں")
    assert fits_the_width(page), "start page scrolls sideways at 320 px"
    axe(page, context="start, Urdu")
    shot(page, "languages-ur-start")
    page.get_by_role("button", name="ابھی شروع کریں").press("Enter")

    page.get_by_label("5 سے 11 سال (پرائمری اسکول)").press("Space")
    assert fits_the_width(page), "age page scrolls sideways at 320 px"
    axe(page, context="age, Urdu")
    page.get_by_role("button", name="جاری رکھیں").press("Enter")

    for group in page.locator("fieldset").all():
        group.get_by_label("نہیں", exact=True).press("Space")
    assert fits_the_width(page), "safety questions scroll sideways at 320 px"
    axe(page, context="safety questions, Urdu")
    shot(page, "languages-ur-safety")
    page.get_by_role("button", name="جاری رکھیں").press("Enter")

    page.get_by_label("کپڑے پہننا", exact=True).press("Space")
    page.get_by_role("button", name="جاری رکھیں").press("Enter")
    groups = page.locator("fieldset").all()
    for group in groups[:4]:
        group.get_by_label("کر لیتا ہے، لیکن بہت زیادہ وقت لگتا ہے یا یاد دہانی کی ضرورت ہوتی ہے", exact=True).press(
            "Space"
        )
    groups[4].get_by_label("تھوڑا سا", exact=True).press("Space")
    groups[5].get_by_label("نہیں، ابھی نہیں", exact=True).press("Space")
    assert fits_the_width(page), "area page scrolls sideways at 320 px"
    axe(page, context="area, Urdu")
    shot(page, "languages-ur-area")
    page.get_by_role("button", name="جاری رکھیں").press("Enter")

    expect(page.locator("h1")).to_have_text("اپنے جوابات چیک کریں")
    assert fits_the_width(page), "check your answers scrolls sideways at 320 px"
    axe(page, context="check your answers, Urdu")
    page.get_by_role("button", name="اپنے نتائج دیکھیں").press("Enter")

    expect(page.locator("h1")).to_have_text("آپ کے نتائج")
    expect(page.locator("[data-return-code]")).to_have_attribute("dir", "ltr")
    assert fits_the_width(page), "result scrolls sideways at 320 px"
    axe(page, context="result, Urdu")
    shot(page, "languages-ur-result")


@pytest.mark.slow
def test_polish_and_urdu_parents_do_the_self_assessment_in_their_language(live_demo_site, browser_page, axe):
    polish_parent(browser_page, live_demo_site.url, axe)
    browser_page.context.clear_cookies()
    urdu_parent_by_keyboard_on_a_phone(browser_page, live_demo_site.url, axe)
