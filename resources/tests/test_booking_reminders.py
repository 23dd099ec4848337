"""A reminder the day before (issue 18, item 4): everyone with a place on a training session or a family
workshop is emailed once, a day or two before it starts, with when and where and the link to cancel if they
cannot come. People on the waiting list are not: they have no place to come to."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from resources.booking import book_place
from resources.models import SessionKind
from resources.reminders import send_reminders
from resources.tests.factories import TrainingEventFactory

pytestmark = pytest.mark.django_db


def starting_in(hours, **fields):
    starts_at = timezone.now() + datetime.timedelta(hours=hours)
    return TrainingEventFactory(starts_at=starts_at, booking_deadline=starts_at - datetime.timedelta(hours=1), **fields)


def test_people_with_a_place_are_reminded_once_the_day_before(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.nhs.uk"
    event = starting_in(30, title="Sensory strategies", capacity=1, is_online=False, venue="Riverside Centre")
    booked = book_place(event.pk, name="Amira Patel", email="amira@example.sch.uk", role="SENCo", school="Oakfield")
    book_place(event.pk, name="Ben Lewis", email="ben@example.sch.uk", role="Teacher", school="Oakfield")  # waiting
    later = starting_in(24 * 5)
    book_place(later.pk, name="Chloe Evans", email="chloe@example.sch.uk", role="TA", school="Oakfield")

    assert send_reminders() == 1
    (reminder,) = mail.outbox
    assert reminder.to == ["amira@example.sch.uk"]
    assert reminder.subject == "Reminder: your training place"
    assert "Amira" not in reminder.subject
    assert reminder.body.startswith("Dear Amira Patel,")
    assert event.when in reminder.body and "Riverside Centre" in reminder.body
    assert f"https://portal.example.nhs.uk/schools/training/cancel/{booked.token}/" in reminder.body

    assert send_reminders() == 0  # a second run, or a second server running it, sends nothing more
    assert len(mail.outbox) == 1


def test_a_family_workshop_reminder_says_workshop(settings):
    event = starting_in(40, kind=SessionKind.FAMILIES)
    book_place(event.pk, name="Sam Jones", email="sam@example.com")
    call_command("send_booking_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (reminder,) = mail.outbox
    assert reminder.subject == "Reminder: your workshop place"


def test_a_session_that_has_started_is_not_reminded():
    event = starting_in(30)
    book_place(event.pk, name="Amira Patel", email="amira@example.sch.uk")
    assert send_reminders(now=event.starts_at + datetime.timedelta(minutes=5)) == 0
    assert mail.outbox == []
