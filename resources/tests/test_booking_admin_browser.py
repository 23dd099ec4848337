"""Issue 16's acceptance, in a real Chromium: a schools editor creates a training session, families
book its one place and the waiting list, the schools editor cancels the place and the first family
waiting is promoted and emailed. The two admin listings that used to crash open, and the cancel
screens pass axe (the filtered listing is Wagtail's own, and its "N matches" heading is not).
SCREENSHOT_DIR=... keeps a picture of each step."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from portal.tests.support import settled, shot
from portal.tests.support import sign_in_in_browser as sign_in
from resources.models import BookingStatus, TrainingBooking, TrainingEvent

pytestmark = pytest.mark.browser
TITLE = "Scissor skills in reception"


def book(page, base_url, event, name, email):
    page.context.clear_cookies()
    page.goto(f"{base_url}/schools/training/{event.pk}/book/")
    page.get_by_label("Full name").fill(name)
    page.get_by_label("Your role").fill("Class teacher")
    page.get_by_label("School or setting").fill("Oakfield Primary")
    page.get_by_label("Work email address").fill(email)
    page.get_by_role("button", name="Book a place").click()
    page.wait_for_url("**/booked/")


def test_a_schools_editor_creates_a_session_and_cancels_a_place_for_the_waiting_list(live_demo_site, browser_page, axe):
    page, base_url = browser_page, live_demo_site.url
    sign_in(page, base_url, "schools-editor")

    page.goto(f"{base_url}/admin/training/sessions/new/")
    starts = timezone.localtime() + datetime.timedelta(days=21)
    for field, value in {
        "title": TITLE,
        "description": "Cutting activities for small hands.",
        "audience": "Reception teachers",
        "starts_at": starts.strftime("%Y-%m-%d 09:30"),
        "ends_at": starts.strftime("%Y-%m-%d 11:00"),
        "capacity": "1",
        "booking_deadline": (starts - datetime.timedelta(days=3)).strftime("%Y-%m-%d 17:00"),
    }.items():
        page.locator(f"#id_{field}").fill(value)
    # Filling a date opens Wagtail's date picker, and three stayed open over the form, so a click on the
    # checkbox or on Create could miss ("did not change its state", twice in CI). A click in the title field
    # closes them, as it would for a person; a keyboard user ticks the checkbox with Space.
    page.locator("#id_title").click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    page.locator("#id_is_online").focus()
    page.keyboard.press("Space")
    expect(page.locator("#id_is_online")).to_be_checked()
    shot(page, "0-new-training-session")
    page.get_by_role("button", name="Create").click()
    page.wait_for_url("**/admin/training/sessions/")
    assert page.get_by_text(TITLE).count() >= 1
    shot(page, "1-training-sessions-after-save")
    event = TrainingEvent.objects.get(title=TITLE)

    book(page, base_url, event, "Asha Booked", "asha@oakfield.example.sch.uk")
    book(page, base_url, event, "Ben Waiting", "ben@oakfield.example.sch.uk")
    mail.outbox.clear()

    sign_in(page, base_url, "schools-editor")
    page.goto(f"{base_url}/admin/training/bookings/?event={event.pk}")
    shot(page, "2-bookings-before-cancelling")
    page.get_by_role("link", name="Cancel place for Asha Booked").click()
    page.wait_for_url("**/admin/training/bookings/cancel/**")
    assert page.get_by_text("The first person on the waiting list").count() == 1
    shot(page, "3-cancel-place-confirmation")
    axe(page, "cancel place")
    page.get_by_role("button", name="Yes, cancel this place").click()
    page.wait_for_url("**/admin/training/bookings/")
    assert page.get_by_text("Ben Waiting moved up from the waiting list and has been emailed").count() == 1
    shot(settled(page), "4-bookings-after-cancelling")
    axe(page, "bookings listing with the cancel buttons")

    (promoted,) = TrainingBooking.objects.filter(event=event)
    assert (promoted.name, promoted.status) == ("Ben Waiting", BookingStatus.BOOKED)
    (email,) = mail.outbox
    assert email.to == ["ben@oakfield.example.sch.uk"] and email.subject == "Your training place"

    # The listings that used to fail with a server error.
    sign_in(page, base_url, "editor")
    page.goto(f"{base_url}/admin/snippets/selfassess/questionnaire/")
    assert page.get_by_role("heading", name="Questionnaires").count() >= 1
    shot(page, "5-questionnaires")
