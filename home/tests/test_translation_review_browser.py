"""Issue 22 in Chromium: a Polish page's header and footer in Polish (and an Urdu page's, right to left), and the
Translation review report as an editor and as the translator sees it, each axe clean. SCREENSHOT_DIR=... keeps pictures."""

import re

import pytest
from playwright.sync_api import expect

from portal.tests.support import shot, sign_in_in_browser

pytestmark = pytest.mark.browser


def test_the_header_and_footer_speak_polish_and_urdu(live_demo_site, browser_page, axe):
    page, base_url = browser_page, live_demo_site.url
    page.goto(f"{base_url}/pl/")
    header, footer = page.locator("header.nhsuk-header"), page.locator("footer.nhsuk-footer")
    expect(header.locator(".nhsuk-header__service-name")).to_have_text("Usługi terapii dla dzieci")
    expect(page.get_by_role("searchbox", name="Szukaj w tej witrynie")).to_be_visible()
    expect(footer.get_by_role("heading", name="Pomoc i kontakt")).to_be_visible()
    expect(footer.get_by_role("link", name="Co dzieje się z moim skierowaniem?")).to_have_attribute(
        "href", "/pl/refer/status/"
    )
    expect(page.locator("body")).not_to_contain_text("Help and contact")
    axe(page, context="Polish home page")
    shot(page, "chrome-pl-home")
    page.get_by_role("searchbox", name="Szukaj w tej witrynie").fill("ubieranie")
    page.get_by_role("button", name="Szukaj").click()
    page.wait_for_url("**/pl/search/?q=ubieranie")

    page.goto(f"{base_url}/ur/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("header.nhsuk-header .nhsuk-header__service-name")).to_have_text("بچوں کی تھراپی سروس")
    expect(page.locator("footer.nhsuk-footer").get_by_role("heading", name="مدد اور رابطہ")).to_be_visible()
    axe(page, context="Urdu home page")
    shot(page, "chrome-ur-home")


def test_the_translations_report_for_an_editor_and_the_translator(live_demo_site, browser_page, axe):
    page, base_url = browser_page, live_demo_site.url
    for username in ("editor", "translator"):
        sign_in_in_browser(page, base_url, username)
        page.get_by_role("button", name="Reports").click()
        page.get_by_role("link", name="Translation review", exact=True).click()
        page.wait_for_url("**/admin/reports/translations/")
        expect(page.get_by_role("heading", name="Translation review", level=1)).to_be_visible()
        table = page.locator("table.listing")
        expect(table).to_contain_text("Polish")
        expect(table).to_contain_text("Urdu")
        expect(table.get_by_text("Awaiting review by a qualified translator").first).to_be_visible()
        axe(page, context=f"Translations report, {username}")
        shot(page, f"translations-report-{username}")
    # The translator opens a Polish page from the report (wagtail-localize's translation editor): they may edit
    # it, never publish it; the Translation review and the check after it publish.
    page.locator("table.listing").get_by_role("link", name="Ubieranie się").click()
    page.wait_for_url("**/admin/pages/*/edit/")
    page.wait_for_load_state("networkidle")
    shot(page, "translations-translator-edits-polish-page")
    expect(page.get_by_role("button", name=re.compile("^Publish"))).to_have_count(0)
