"""A Polish family books a workshop place in Chromium, with an error on the way; the Urdu form reads right to
left (issue 22). axe on every page."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from portal.tests.support import shot
from resources.models import TrainingBooking
from resources.tests.factories import translated_workshops_page

pytestmark = pytest.mark.browser


def test_a_polish_family_books_a_workshop_and_the_urdu_form_reads_right_to_left(live_demo_site, browser_page, axe):
    base_url, page = live_demo_site.url, browser_page
    english = translated_workshops_page("pl")
    translated_workshops_page("ur")
    page.set_viewport_size({"width": 1024, "height": 800})

    page.goto(f"{base_url}/pl{english.url}")
    page.locator("main a[href*='/book/']").first.click()
    page.wait_for_url(re.compile(r"/pl/.*/book/$"))
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.locator(".portal-untranslated")).to_have_count(0)
    expect(page.get_by_label("Twoje imię i nazwisko")).to_be_visible()
    axe(page, context="booking form, Polish")
    shot(page, "workshop-booking-pl")

    page.get_by_label("Adres e-mail").fill("ola@example.com")
    page.get_by_role("button", name="Zarezerwuj miejsce").click()
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Wpisz swoje imię i nazwisko")
    assert page.title().startswith("Błąd:")
    axe(page, context="booking form with an error, Polish")
    shot(page, "workshop-booking-pl-error")

    page.get_by_label("Twoje imię i nazwisko").fill("Ola Nowak")
    page.get_by_role("button", name="Zarezerwuj miejsce").click()
    page.wait_for_url(re.compile(r"/pl/.*/booked/$"))
    expect(page.locator("h1")).to_have_text(re.compile("Masz zarezerwowane miejsce|Jesteś na liście oczekujących"))
    axe(page, context="booking confirmation, Polish")
    shot(page, "workshop-booked-pl")
    assert TrainingBooking.objects.get(email="ola@example.com").language == "pl"
    assert "/pl/" in mail.outbox[-1].body

    page.goto(f"{base_url}/ur{english.url}")
    page.locator("main a[href*='/book/']").first.click()
    page.wait_for_url(re.compile(r"/ur/.*/book/$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.get_by_role("button", name="جگہ بک کریں").click()
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("اپنا پورا نام لکھیں")
    axe(page, context="booking form with errors, Urdu")
    shot(page, "workshop-booking-ur-error")
