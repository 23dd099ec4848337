"""A family who reads Polish or Urdu books a workshop place in their language (issue 22): the form, its errors,
the confirmation, the cancel page and the emails (also the reminder and "you have a place", sent later) are
in the language they booked in, which the booking records. School staff training stays English."""

import datetime
import html as html_escapes
import re

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.models import Locale

from resources.booking import book_place, cancel_booking
from resources.emails import offer_freed_places
from resources.models import FamilyWorkshopsPage, SessionKind, TrainingBooking
from resources.reminders import send_reminders
from resources.tests.factories import TrainingEventFactory, translated_workshops_page

pytestmark = pytest.mark.django_db

WORDS = {
    "pl": {
        "label": "Twoje imię i nazwisko",
        "required": "Wpisz swoje imię i nazwisko",
        "booked": "Masz zarezerwowane miejsce",
        "email": "Masz zarezerwowane miejsce: Everyday skills workshop.",
        "subject": "Twoje miejsce na warsztatach",
        "cancel": "Odwołaj rezerwację",
        "reminder": "Przypominamy",
    },
    "ur": {
        "label": "آپ کا پورا نام",
        "required": "اپنا پورا نام لکھیں",
        "booked": "آپ کی جگہ بک ہو گئی ہے",
        "email": "Everyday skills workshop میں آپ کی جگہ بک ہے۔",
        "subject": "ورکشاپ میں آپ کی جگہ",
        "cancel": "اپنی بکنگ منسوخ کریں",
        "reminder": "یاد دہانی",
    },
}


def text(html):
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    return re.sub(r"\s+", " ", html_escapes.unescape(re.sub(r"<[^>]+>", " ", main))).strip()


def workshop(**fields):
    return TrainingEventFactory(
        kind=SessionKind.FAMILIES, title="Everyday skills workshop", is_online=False, venue="Riverside Centre", **fields
    )


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_a_family_books_a_workshop_in_their_language(client, demo_site, settings, code):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.nhs.uk"
    words = WORDS[code]
    english = translated_workshops_page(code)
    event = workshop()

    listing = client.get(f"/{code}{english.url}").content.decode()
    book_url = f"/{code}{english.url}{event.pk}/book/"
    assert f'href="{book_url}"' in listing  # the link keeps the language's prefix

    form = client.get(book_url).content.decode()
    assert f'<html lang="{code}" dir="{"rtl" if code == "ur" else "ltr"}">' in form
    assert "portal-untranslated" not in form  # no "not in your language yet" notice
    assert words["label"] in text(form) and "Your full name" not in text(form)

    error = client.post(book_url, {"name": "", "email": "sam@example.com"}).content.decode()
    assert "nhsuk-error-summary" in error
    assert words["required"] in text(error) and "Enter your full name" not in text(error)

    response = client.post(book_url, {"name": "Sam Jones", "email": "Sam@Example.com"})
    assert response.status_code == 302 and response["Location"] == f"/{code}{english.url}{event.pk}/booked/"
    done = client.get(response["Location"]).content.decode()
    assert f'<html lang="{code}"' in done
    assert words["booked"] in text(done) and "Your place is booked" not in text(done)

    booking = TrainingBooking.objects.get(event=event)
    assert booking.language == code
    (email,) = mail.outbox
    assert email.subject == words["subject"]
    assert "Sam" not in email.subject
    assert words["email"] in email.body and "You have a place" not in email.body
    cancel_url = f"https://portal.example.nhs.uk/{code}{english.url}cancel/{booking.token}/"
    assert cancel_url in email.body  # the cancel page in their language too

    cancel = client.get(cancel_url.removeprefix("https://portal.example.nhs.uk")).content.decode()
    assert f'<html lang="{code}"' in cancel and "portal-untranslated" not in cancel
    assert words["cancel"] in text(cancel) and "Cancel your booking" not in text(cancel)


def test_the_reminder_and_a_place_offered_are_in_the_familys_language(demo_site):
    translated_workshops_page("pl")
    translated_workshops_page("ur")
    event = workshop(
        capacity=1,
        starts_at=timezone.now() + datetime.timedelta(hours=30),
        ends_at=timezone.now() + datetime.timedelta(hours=32),
        booking_deadline=timezone.now() + datetime.timedelta(hours=20),
    )
    first = book_place(event.pk, name="Ola Nowak", email="ola@example.com", language="pl")
    book_place(event.pk, name="Ayesha Khan", email="ayesha@example.com", language="ur")  # waiting

    offer_freed_places(None, cancel_booking(first.token))
    (offered,) = mail.outbox
    assert offered.to == ["ayesha@example.com"]
    assert WORDS["ur"]["subject"] in offered.subject and "/ur/" in offered.body
    assert "Good news" not in offered.body

    mail.outbox.clear()
    assert send_reminders() == 1
    (reminder,) = mail.outbox
    assert reminder.to == ["ayesha@example.com"]
    assert WORDS["ur"]["reminder"] in reminder.subject and "Ayesha" not in reminder.subject
    assert "This is a reminder" not in reminder.body


def test_a_polish_reminder(demo_site):
    translated_workshops_page("pl")
    event = workshop(
        starts_at=timezone.now() + datetime.timedelta(hours=30),
        ends_at=timezone.now() + datetime.timedelta(hours=32),
        booking_deadline=timezone.now() + datetime.timedelta(hours=20),
    )
    book_place(event.pk, name="Ola Nowak", email="ola@example.com", language="pl")
    assert send_reminders() == 1
    (reminder,) = mail.outbox
    assert reminder.subject.startswith(WORDS["pl"]["reminder"])
    assert "Ola" not in reminder.subject
    assert reminder.body.startswith("Dzień dobry, Ola Nowak") and "Riverside Centre" in reminder.body


def test_school_training_and_english_bookings_stay_english(client, demo_site):
    event = TrainingEventFactory(kind=SessionKind.SCHOOL_STAFF)
    booking = book_place(event.pk, name="Amira Patel", email="amira@example.sch.uk", role="SENCo", school="Oak")
    assert booking.language == "en-gb"
    form = client.get(f"/schools/training/{event.pk}/book/").content.decode()
    assert "Work email address" in form


def test_before_the_workshops_page_is_translated_booking_is_english_with_the_notice(client, demo_site):
    english = FamilyWorkshopsPage.objects.get(locale=Locale.get_default())
    FamilyWorkshopsPage.objects.filter(translation_key=english.translation_key, locale__language_code="pl").delete()
    event = workshop()
    book_url = f"/pl{english.url}{event.pk}/book/"
    form = client.get(book_url).content.decode()
    assert '<html lang="en-GB"' in form and "portal-untranslated" in form
    assert "Your full name" in text(form)
    response = client.post(book_url, {"name": "Sam Jones", "email": "sam@example.com"})
    assert response.status_code == 302
    assert TrainingBooking.objects.get(event=event).language == "en-gb"
    (email,) = mail.outbox
    assert email.subject == "Your workshop place" and email.body.startswith("Dear Sam Jones,")


def test_staff_see_the_familys_language_in_english(client, demo_site):
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from portal.demo import ChangeLog, ensure_group
    from portal.tests.support import sign_in_with_second_factor
    from resources.demo.roles import SCHOOLS_EDITOR_PERMISSIONS, SCHOOLS_EDITORS

    booking = book_place(workshop().pk, name="Ola Nowak", email="ola@example.com", language="pl")
    group = ensure_group(ChangeLog(), SCHOOLS_EDITORS, SCHOOLS_EDITOR_PERMISSIONS)
    user = get_user_model().objects.create_user("schools", "schools@example.nhs.uk", "x" * 12, is_staff=True)
    user.groups.add(group)
    staff = sign_in_with_second_factor(client, user)
    page = text_of(staff.get(reverse("training_bookings:inspect", args=[booking.pk])).content.decode())
    assert "Language used Polish" in page


def text_of(html):
    return re.sub(r"\s+", " ", html_escapes.unescape(re.sub(r"<[^>]+>", " ", html)))
