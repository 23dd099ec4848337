"""The issue's acceptance in a real Chromium (docs/languages.md): a Polish-speaking parent switches language on the
home page, does the self-assessment, gets a result and refers, every step in Polish (an error state too), and
triage then reads the referral in English with "Language: Polish"; an Urdu-speaking parent does the same right
to left, by keyboard only, on a 320 px wide phone with no sideways scrolling, with axe on every page."""

import re

import pytest
from playwright.sync_api import expect

from portal.tests.support import shot, sign_in_in_browser
from referrals.models import Referral

pytestmark = pytest.mark.browser


def fits_the_width(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def too_wide(page):
    """The words that stick out of the page at either side, to say what scrolls."""
    return page.evaluate(
        """() => {
          const width = document.documentElement.clientWidth, found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(walker.currentNode);
            for (const r of range.getClientRects()) {
              if (r.width && (r.left < 0 || r.right > width)) {
                found.push(walker.currentNode.parentElement.tagName + ": " + walker.currentNode.textContent.trim().slice(0, 60));
                break;
              }
            }
          }
          return found;
        }"""
    )


def check_page(page, axe, context, language, width_checked=False):
    """Every page of the journey: in the family's language, axe clean, and (on a phone) no sideways scrolling."""
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", "rtl" if language == "ur" else "ltr")
    expect(page.locator(".portal-untranslated")).to_have_count(0)
    if width_checked and not fits_the_width(page):
        shot(page, f"too-wide-{context}")
        raise AssertionError(f"{context} scrolls sideways at 320 px: {too_wide(page)}")
    axe(page, context=context)


def to_the_self_assessment(page, base_url, axe, name, prefix, use):
    """From the English home page to the self-assessment in the family's language, as a parent would go."""
    page.goto(base_url + "/")
    use(page.get_by_role("navigation", name="Languages").get_by_role("link", name=name))
    expect(page).to_have_url(re.compile(rf"{prefix}/$"))
    axe(page, context=f"home page, {name}")
    link = page.locator(f'main a[href="{prefix}/self-assessment/"]')
    if link.count() == 0:  # an untranslated home page: its notice offers the self-assessment in the language
        link = page.locator(".portal-untranslated").get_by_role("link").last
    use(link.first)
    expect(page).to_have_url(re.compile(rf"{prefix}/self-assessment/$"))


def polish_self_assessment(page, axe):
    check_page(page, axe, "self-assessment start, Polish", "pl")
    page.get_by_role("button", name="Rozpocznij").click()
    page.get_by_label("5–11 lat (szkoła podstawowa)").check()
    page.get_by_role("button", name="Dalej").click()
    for group in page.locator("fieldset").all():
        group.get_by_label("Nie", exact=True).check()
    page.get_by_role("button", name="Dalej").click()
    page.get_by_label("Ubieranie się").check()
    page.get_by_role("button", name="Dalej").click()
    groups = page.locator("fieldset").all()
    for group in groups[:4]:
        group.get_by_label("Nie potrafi tego zrobić lub potrzebuje pełnej pomocy", exact=True).check()
    groups[4].get_by_label("Bardzo mocno", exact=True).check()
    groups[5].get_by_label("Nie, jeszcze nie", exact=True).check()
    page.get_by_role("button", name="Dalej").click()
    page.get_by_role("button", name="Zobacz wyniki").click()
    expect(page.locator("h1")).to_have_text("Twoje wyniki")
    check_page(page, axe, "self-assessment result, Polish", "pl")
    page.locator("main a.nhsuk-button", has_text="Poproś o skierowanie").click()


def polish_referral(page, axe):
    expect(page).to_have_url(re.compile(r"/pl/refer/$"))
    expect(page.locator("h1")).to_have_text("Skieruj dziecko na terapię")
    expect(page.locator("main")).to_contain_text("Dodamy odpowiedzi z Twojej samooceny do tego skierowania")
    check_page(page, axe, "referral start, Polish", "pl")
    shot(page, "refer-pl-start")
    page.get_by_role("button", name="Rozpocznij").click()

    expect(page.locator("h1")).to_have_text("Kto wysyła to skierowanie?")
    page.get_by_role("button", name="Dalej").click()  # nothing chosen: the error, in Polish
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_contain_text("Wystąpił problem")
    expect(summary).to_contain_text("Wybierz, kto wysyła to skierowanie")
    check_page(page, axe, "who is referring, error, Polish", "pl")
    page.get_by_label("Jestem rodzicem lub opiekunem dziecka").check()
    page.get_by_role("button", name="Dalej").click()

    expect(page.locator("h1")).to_have_text("O dziecku")
    page.get_by_label("Imię", exact=True).fill("Ola")
    page.get_by_label("Nazwisko", exact=True).fill("Przykład")
    page.get_by_label("Dzień").fill("31")
    page.get_by_label("Miesiąc").fill("2")
    page.get_by_label("Rok").fill("2018")
    page.get_by_role("button", name="Dalej").click()
    expect(summary).to_contain_text("Data urodzenia musi być prawdziwą datą")
    check_page(page, axe, "about the child, error, Polish", "pl")
    shot(page, "refer-pl-child-error")
    page.get_by_label("Dzień").fill("15")
    page.get_by_label("Miesiąc").fill("3")
    page.get_by_role("button", name="Dalej").click()

    page.get_by_label("Jaki jest kod pocztowy domu dziecka?").fill("SG1 2AB")
    check_page(page, axe, "postcode, Polish", "pl")
    page.get_by_role("button", name="Dalej").click()
    check_page(page, axe, "school, Polish", "pl")
    page.get_by_role("button", name="Dalej").click()
    expect(page.locator("main")).to_contain_text("Ubieranie się")  # the self-assessment's answers, in Polish
    page.get_by_label("W czym potrzebujesz pomocy?").fill("Ubieranie się trwa godzinę.")
    check_page(page, axe, "needs, Polish", "pl")
    page.get_by_role("button", name="Dalej").click()
    page.get_by_role("button", name="Dalej").click()
    page.get_by_role("radio", name="Tak", exact=True).check()
    page.get_by_label("Jaki język, w tym brytyjski język migowy?").fill("polski")
    check_page(page, axe, "communication, Polish", "pl")
    page.get_by_role("button", name="Dalej").click()
    page.get_by_label("Zgadzam się na to skierowanie").check()
    page.get_by_label("Zgadzam się, aby zespół dzielił się informacjami").check()
    check_page(page, axe, "consent, Polish", "pl")
    page.get_by_role("button", name="Dalej").click()
    page.get_by_label("Twoje imię i nazwisko").fill("Anna Przykład")
    page.get_by_label("Adres e-mail").fill("anna@example.org")
    page.get_by_label("E-mailem").check()
    check_page(page, axe, "contact, Polish", "pl")
    page.get_by_role("button", name="Dalej").click()

    expect(page.locator("h1")).to_have_text("Sprawdź odpowiedzi przed wysłaniem skierowania")
    expect(page.locator("main")).to_contain_text("15 marca 2018")
    expect(page.locator("main")).to_contain_text("Tak: polski")
    check_page(page, axe, "check answers, Polish", "pl")
    shot(page, "refer-pl-check")
    page.get_by_role("button", name="Wyślij skierowanie").click()

    expect(page.locator("h1")).to_have_text("Skierowanie wysłane")
    check_page(page, axe, "confirmation, Polish", "pl")
    shot(page, "refer-pl-confirmation")
    return Referral.objects.get(reference=page.get_by_test_id("reference").inner_text())


def triage_reads_it_in_english(page, base_url, axe, referral):
    sign_in_in_browser(page, base_url, "triage-north")
    page.goto(f"{base_url}/admin/referrals/{referral.pk}/")
    main = page.locator("main")
    expect(main).to_contain_text("Communication and consent")
    assert re.search(r"Language\s*Polish", main.inner_text()), main.inner_text()
    expect(main).to_contain_text("Yes: polski")  # the interpreter line, as the family typed it
    expect(main).to_contain_text("Putting on and taking off clothes")  # the self-assessment's answers, in English
    expect(main).to_contain_text("Ubieranie się trwa godzinę.")  # what the family typed, as typed
    expect(main).not_to_contain_text("Nie potrafi tego zrobić")  # the answers are not in Polish
    expect(page.locator("html")).to_have_attribute("lang", re.compile(r"^en"))
    axe(page, context="triage screen of a Polish family's referral")
    shot(page, "refer-pl-triage")


def urdu_referral_by_keyboard_on_a_phone(page, axe):
    """Keyboard only: Space ticks, Enter presses buttons, text is typed key by key."""

    def type_into(label, text):
        field = page.get_by_label(label, exact=True)
        field.focus()
        field.press_sequentially(text)

    def go_on(context):
        check_page(page, axe, context, "ur", width_checked=True)
        page.get_by_role("button", name="جاری رکھیں").press("Enter")

    expect(page).to_have_url(re.compile(r"/ur/refer/$"))
    expect(page.locator("h1")).to_have_text("بچے کو تھراپی کے لیے ریفر کریں")
    check_page(page, axe, "referral start, Urdu", "ur", width_checked=True)
    shot(page, "refer-ur-start")
    page.get_by_role("button", name="ابھی شروع کریں").press("Enter")

    expect(page.locator("h1")).to_have_text("یہ ریفرل کون بھیج رہا ہے؟")
    page.get_by_role("button", name="جاری رکھیں").press("Enter")  # nothing chosen: the error, in Urdu
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("منتخب کریں کہ یہ ریفرل کون بھیج رہا ہے")
    check_page(page, axe, "who is referring, error, Urdu", "ur", width_checked=True)
    shot(page, "refer-ur-who-error")
    page.get_by_label("میں بچے کا والد، والدہ یا سرپرست ہوں").press("Space")
    go_on("who is referring, Urdu")

    type_into("پہلا نام", "Ali")
    type_into("خاندانی نام", "Example")
    type_into("دن", "15")
    type_into("مہینہ", "3")
    type_into("سال", "2018")
    go_on("about the child, Urdu")
    type_into("بچے کے گھر کا پوسٹ کوڈ کیا ہے؟", "SG1 2AB")
    go_on("postcode, Urdu")
    go_on("school, Urdu")
    type_into("آپ کس چیز میں مدد چاہتے ہیں؟", "کپڑے پہننے میں ایک گھنٹہ لگتا ہے۔")
    go_on("needs, Urdu")
    go_on("other services, Urdu")
    page.get_by_role("radio", name="جی ہاں", exact=True).press("Space")
    type_into("کون سی زبان، بشمول برطانوی اشاروں کی زبان؟ (اختیاری)", "اردو")
    go_on("communication, Urdu")
    page.get_by_label("میں اس ریفرل سے متفق ہوں").press("Space")
    page.get_by_label("میں متفق ہوں کہ ٹیم").press("Space")
    go_on("consent, Urdu")
    type_into("آپ کا پورا نام", "Sara Example")
    type_into("فون نمبر (اختیاری)", "07700 900 982")
    page.get_by_label("فون سے").press("Space")
    go_on("contact, Urdu")

    expect(page.locator("h1")).to_have_text("ریفرل بھیجنے سے پہلے اپنے جوابات چیک کریں")
    expect(page.locator('bdi[dir="ltr"]', has_text="07700 900 982")).to_be_visible()
    expect(page.locator('bdi[dir="ltr"]', has_text="SG1 2AB")).to_be_visible()
    check_page(page, axe, "check answers, Urdu", "ur", width_checked=True)
    shot(page, "refer-ur-check")
    page.get_by_role("button", name="ریفرل بھیجیں").press("Enter")

    expect(page.locator("h1")).to_have_text("ریفرل بھیج دیا گیا")
    expect(page.get_by_test_id("reference")).to_have_attribute("dir", "ltr")
    check_page(page, axe, "confirmation, Urdu", "ur", width_checked=True)
    shot(page, "refer-ur-confirmation")
    return Referral.objects.get(reference=page.get_by_test_id("reference").inner_text())


def urdu_self_assessment_by_keyboard(page, axe):
    page.get_by_role("button", name="ابھی شروع کریں").press("Enter")
    page.get_by_label("5 سے 11 سال (پرائمری اسکول)").press("Space")
    page.get_by_role("button", name="جاری رکھیں").press("Enter")
    for group in page.locator("fieldset").all():
        group.get_by_label("نہیں", exact=True).press("Space")
    page.get_by_role("button", name="جاری رکھیں").press("Enter")
    page.get_by_label("کپڑے پہننا", exact=True).press("Space")
    page.get_by_role("button", name="جاری رکھیں").press("Enter")
    groups = page.locator("fieldset").all()
    for group in groups[:4]:
        group.get_by_label("نہیں کر سکتا، یا پوری مدد کی ضرورت ہوتی ہے", exact=True).press("Space")
    groups[4].get_by_label("بہت زیادہ", exact=True).press("Space")
    groups[5].get_by_label("نہیں، ابھی نہیں", exact=True).press("Space")
    page.get_by_role("button", name="جاری رکھیں").press("Enter")
    page.get_by_role("button", name="اپنے نتائج دیکھیں").press("Enter")
    expect(page.locator("h1")).to_have_text("آپ کے نتائج")
    check_page(page, axe, "self-assessment result, Urdu", "ur", width_checked=True)
    link = page.locator('main a.nhsuk-button[href^="/ur/refer/?assessment="]')
    link.focus()
    page.keyboard.press("Enter")


@pytest.mark.slow
def test_a_polish_parent_refers_in_polish_and_triage_reads_it_in_english(live_demo_site, browser_page, axe):
    page = browser_page
    to_the_self_assessment(page, live_demo_site.url, axe, "Polski", "/pl", lambda link: link.click())
    polish_self_assessment(page, axe)
    referral = polish_referral(page, axe)
    assert referral.site_language == "pl" and referral.needs_interpreter and referral.language == "polski"
    assert referral.assessment is not None
    triage_reads_it_in_english(page, live_demo_site.url, axe, referral)


@pytest.mark.slow
def test_an_urdu_parent_refers_right_to_left_by_keyboard_on_a_phone(live_demo_site, browser_page, axe):
    page = browser_page
    page.set_viewport_size({"width": 320, "height": 640})

    def press(link):
        link.focus()
        page.keyboard.press("Enter")

    to_the_self_assessment(page, live_demo_site.url, axe, "اردو", "/ur", press)
    check_page(page, axe, "self-assessment start, Urdu", "ur", width_checked=True)
    urdu_self_assessment_by_keyboard(page, axe)
    referral = urdu_referral_by_keyboard_on_a_phone(page, axe)
    assert referral.site_language == "ur" and referral.contact_phone == "07700 900 982"
    assert referral.help_wanted == "کپڑے پہننے میں ایک گھنٹہ لگتا ہے۔"
