"""Schools journeys in Chromium: find and download a pack; book a full session and cancel. And a parent's:
from the home page to a family workshop, booked on a phone, with the error state on the way."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect
from pypdf import PdfReader

from portal.tests.support import ERROR_TITLE, shot

pytestmark = pytest.mark.browser


@pytest.fixture
def wagtail_roots(transactional_db):
    """Each live-server test flushes the database afterwards, which also removes the locale, root
    page, root collection and groups that Wagtail's migrations create. Put them back for the next test."""
    from django.conf import settings
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page)))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for name in ("Editors", "Moderators"):
        Group.objects.get_or_create(name=name)


@pytest.fixture
def live_site_with_files(file_storage, wagtail_roots, live_demo_site):
    return live_demo_site


def test_find_read_and_download_the_ks2_handwriting_pack(live_site_with_files, browser_page, axe):
    base_url = live_site_with_files.url
    page = browser_page
    page.goto(base_url + "/schools/")
    axe(page, context="schools hub")

    page.get_by_role("link", name="Packs for key stage 2").click()
    page.wait_for_url(re.compile(r"key_stage=ks2"))
    axe(page, context="pack listing filtered")

    page.get_by_role("link", name="Handwriting in key stage 2").click()
    assert page.locator("h1").inner_text() == "Handwriting in key stage 2"
    expect(page.get_by_text("Check the basics first")).to_be_visible()
    axe(page, context="pack page")

    with page.expect_download() as download_info:
        page.locator("main a[download]").click()
    download = download_info.value
    assert download.suggested_filename == "handwriting-key-stage-2.pdf"
    # Rendered from the page when it was published (resources/pdf.py): branded, dated, linked back.
    reader = PdfReader(download.path())
    text = " ".join(" ".join(pdf_page.extract_text().split()) for pdf_page in reader.pages)
    assert reader.metadata.title == "Handwriting in key stage 2" and "/StructTreeRoot" in reader.trailer["/Root"]
    for words in ("Children's Therapy Service", "Last reviewed:", "Check the basics first", "Page 1 of"):
        assert words in text, words
    assert "/schools/resources/handwriting-key-stage-2/" in text

    # The filters work without JavaScript: tick boxes, submit, shareable URL.
    page.goto(base_url + "/schools/resources/")
    page.get_by_label("Handwriting").check()
    page.get_by_label("Key stage 3").check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"key_stage=ks3.*topic=handwriting|topic=handwriting.*key_stage=ks3"))
    assert page.get_by_role("link", name="Handwriting and typing at secondary school").is_visible()
    expect(page.get_by_text("1 pack")).to_be_visible()


def test_join_the_waiting_list_for_the_full_session_then_a_cancellation_promotes(
    wagtail_roots, live_demo_site, browser_page, axe
):
    """Then, on the same demo (one load for both), a parent books a family workshop."""
    base_url = live_demo_site.url
    page = browser_page
    page.goto(base_url + "/schools/training/")
    axe(page, context="training listing")
    page.get_by_role("link", name="Join the waiting list for Sensory strategies in the classroom").click()
    expect(page.get_by_text("This session is full")).to_be_visible()
    axe(page, context="booking form")

    page.get_by_role("button", name="Book a place").click()
    expect(page).to_have_title(ERROR_TITLE)
    expect(page.locator(".nhsuk-error-summary")).to_be_visible()
    axe(page, context="booking form error state")

    page.get_by_label("Full name").fill("Grace Hopper")
    page.get_by_label("Your role").fill("SENCo")
    page.get_by_label("School or setting").fill("Riverside Primary")
    page.get_by_label("Work email address").fill("g.hopper@riverside.example.sch.uk")
    page.get_by_role("button", name="Book a place").click()
    assert page.locator("h1").inner_text() == "You are on the waiting list"
    expect(page.get_by_text("You are number 3 on the waiting list")).to_be_visible()
    axe(page, context="booking done")

    # Someone with a place cancels through the link in their email.
    from resources.models import TrainingBooking

    first_place = TrainingBooking.objects.filter(event__title="Sensory strategies in the classroom", status="booked")
    token = first_place.order_by("created_at").first().token
    page.goto(f"{base_url}/schools/training/cancel/{token}/")
    axe(page, context="cancel confirmation")
    page.get_by_role("button", name="Cancel my place").click()
    assert page.locator("h1").inner_text() == "Your booking is cancelled"

    promoted = [message for message in mail.outbox if "a place has come up" in message.body]
    assert [message.to for message in promoted] == [["e.nowak@hillside.example.sch.uk"]]
    page.goto(f"{base_url}/schools/training/cancel/{token}/")
    assert page.locator("h1").inner_text() == "This cancel link does not work"

    a_parent_books_a_family_workshop_on_a_phone(base_url, page, axe)


def a_parent_books_a_family_workshop_on_a_phone(base_url, page, axe):
    """Home page, How to get help, the workshops page, Book a place: the form is three clicks from the home page."""
    mail.outbox.clear()
    page.context.clear_cookies()
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(base_url + "/")
    page.locator("main").get_by_role("link", name="How to get help").first.click()
    page.get_by_role("link", name="Find a workshop").click()
    expect(page.locator("h1")).to_have_text("Workshops and groups for families")
    axe(page, context="workshops page")
    shot(page, "workshops-page")

    page.get_by_role("link", name="Book a place for Everyday skills workshop", exact=True).click()
    expect(page.locator("h1")).to_have_text("Everyday skills workshop")
    axe(page, context="workshop booking form")

    page.get_by_label("Email address").fill("not an email")
    page.get_by_role("button", name="Book a place").click()
    expect(page).to_have_title(ERROR_TITLE)
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link", name="Enter your full name")).to_be_visible()
    expect(summary.get_by_role("link", name="Enter an email address in the correct format")).to_be_visible()
    axe(page, context="workshop booking form error state")
    shot(page, "workshop-booking-errors")
    summary.get_by_role("link", name="Enter your full name").click()
    expect(page.get_by_label("Your full name")).to_be_focused()

    page.get_by_label("Your full name").fill("Sam Jones")
    page.get_by_label("Email address").fill("sam.jones@example.com")
    page.get_by_role("button", name="Book a place").click()
    expect(page.locator("h1")).to_have_text("Your place is booked")
    assert "sam" not in page.url and "example" not in page.url
    axe(page, context="workshop booking confirmation")
    shot(page, "workshop-booked")

    (email,) = mail.outbox
    assert email.subject == "Your workshop place"
    cancel_path = re.search(r"https?://[^/\s]+(/workshops-for-families/cancel/[^/\s]+/)", email.body).group(1)
    page.goto(base_url + cancel_path)
    axe(page, context="workshop cancel confirmation")
    page.get_by_role("button", name="Cancel my place").click()
    expect(page.locator("h1")).to_have_text("Your booking is cancelled")
    axe(page, context="workshop booking cancelled")
    page.get_by_role("link", name="See upcoming workshops").click()
    expect(page.locator("h1")).to_have_text("Workshops and groups for families")
