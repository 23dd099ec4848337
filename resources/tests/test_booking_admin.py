"""Staff looking after a session's bookings in the admin (issue 16): cancelling a place keeps the
waiting list moving as a family's own cancellation does; exports read as words and local times;
the admin never shows a booking's secret cancel link."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from portal.demo import ChangeLog, ensure_group
from portal.tests.support import exported_rows, sign_in_with_second_factor, value_of
from resources.booking import book_place, cancel_booking
from resources.demo.roles import SCHOOLS_EDITOR_PERMISSIONS, SCHOOLS_EDITORS
from resources.models import BookingStatus, TrainingBooking, TrainingEvent
from resources.tests.factories import TrainingEventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("two_factor_required")]


@pytest.fixture
def two_factor_required(settings):
    settings.REQUIRE_STAFF_2FA = True


@pytest.fixture
def schools_editor(client):
    group = ensure_group(ChangeLog(), SCHOOLS_EDITORS, SCHOOLS_EDITOR_PERMISSIONS)
    user = get_user_model().objects.create_user("schools", "schools@example.nhs.uk", "x" * 12, is_staff=True)
    user.groups.add(group)
    return sign_in_with_second_factor(client, user)


def book(event, number):
    return book_place(
        event.pk,
        name=f"Teacher {number}",
        role="Class teacher",
        school="Oakfield Primary",
        email=f"teacher{number}@oakfield.example.sch.uk",
    )


@pytest.fixture
def full_session():
    """One place, taken; two people waiting."""
    event = TrainingEventFactory(title="Sensory strategies", capacity=1)
    return event, [book(event, number) for number in (1, 2, 3)]


def cancel_url(booking):
    return reverse("training_bookings:delete", args=[booking.pk])


def test_staff_cancel_a_place_with_a_button_and_the_first_waiting_is_promoted_and_emailed(schools_editor, full_session):
    event, (booked, first_waiting, second_waiting) = full_session
    listing = schools_editor.get(reverse("training_bookings:index")).content.decode()
    assert "Cancel place" in listing
    assert cancel_url(booked) in listing
    assert ">Delete<" not in listing

    confirm = schools_editor.get(cancel_url(booked)).content.decode()
    assert "Teacher 1" in confirm and "Sensory strategies" in confirm
    assert "Yes, cancel this place" in confirm

    response = schools_editor.post(cancel_url(booked), follow=True)

    assert response.status_code == 200
    assert not TrainingBooking.objects.filter(pk=booked.pk).exists()
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == BookingStatus.BOOKED and first_waiting.promoted_at is not None
    assert second_waiting.status == BookingStatus.WAITING
    (email,) = mail.outbox
    assert email.to == ["teacher2@oakfield.example.sch.uk"]
    assert email.subject == "Your training place"
    assert f"/schools/training/cancel/{first_waiting.token}/" in email.body
    text = response.content.decode()
    assert "Teacher 1" in text and "Teacher 2" in text  # what happened, said on the listing


def promoted_emails(promoted):
    """What the waiting list was sent, with the one thing that must differ (each place's own cancel link) masked."""
    return [(email.to, email.subject, email.body.replace(promoted.token, "<token>")) for email in mail.outbox]


def test_a_staff_cancellation_emails_exactly_what_a_familys_own_does(schools_editor, client):
    starts = timezone.now() + datetime.timedelta(days=20)
    by_staff_event, by_family_event = (
        TrainingEventFactory(title="Sensory strategies", capacity=1, starts_at=starts) for _ in range(2)
    )
    booked, promoted_by_staff = book(by_staff_event, 1), book(by_staff_event, 2)
    schools_editor.post(cancel_url(booked))
    by_staff = promoted_emails(promoted_by_staff)
    mail.outbox.clear()

    booked, promoted_by_family = book(by_family_event, 1), book(by_family_event, 2)
    mail.outbox.clear()
    client.post(reverse("resources:cancel", args=[booked.token]))
    by_family = promoted_emails(promoted_by_family)

    assert len(by_staff) == 1
    assert by_staff == by_family


def test_cancelling_a_waiting_list_place_promotes_and_emails_nobody(schools_editor, full_session):
    event, (booked, first_waiting, _) = full_session
    schools_editor.post(cancel_url(first_waiting))
    assert mail.outbox == []
    booked.refresh_from_db()
    assert booked.status == BookingStatus.BOOKED
    assert event.waiting_list_size() == 1


def test_a_place_already_cancelled_by_its_owner_is_not_cancelled_twice(schools_editor, full_session):
    event, (booked, _, _) = full_session
    page = schools_editor.get(cancel_url(booked))
    assert page.status_code == 200
    cancel_booking(booked.token)  # the family cancels while the page is open
    mail.outbox.clear()
    response = schools_editor.post(cancel_url(booked))
    assert response.status_code == 404
    assert mail.outbox == []


def test_bookings_cannot_be_added_or_edited_in_the_admin(schools_editor, full_session):
    _, (booked, _, _) = full_session
    for url in (reverse("training_bookings:add"), reverse("training_bookings:edit", args=[booked.pk])):
        assert schools_editor.get(url).status_code in (302, 403), url


@override_settings(TIME_ZONE="Europe/London")
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_attendees_export_says_booked_or_waiting_list_and_local_times(schools_editor, full_session, export_format):
    event, (booked, waiting, _) = full_session
    # 23:30 in UTC on 1 July is 00:30 on 2 July in the UK (summer time).
    late_evening = datetime.datetime(2026, 7, 1, 23, 30, tzinfo=datetime.UTC)
    TrainingBooking.objects.filter(pk=booked.pk).update(created_at=late_evening)
    TrainingEvent.objects.filter(pk=event.pk).update(
        starts_at=late_evening + datetime.timedelta(days=30),
        ends_at=late_evening + datetime.timedelta(days=30, hours=1),
        booking_deadline=late_evening,
    )

    response = schools_editor.get(reverse("training_bookings:index") + f"?export={export_format}")

    assert response.status_code == 200
    rows = [[value_of(cell) for cell in row] for row in exported_rows(response, export_format)]
    header, rows = rows[0], rows[1:]
    by_name = {row[header.index("Name")]: row for row in rows}
    assert by_name["Teacher 1"][header.index("Training session")] == "Sensory strategies (01 Aug 2026)"
    assert by_name["Teacher 1"][header.index("Status")] == "Booked"
    assert by_name["Teacher 2"][header.index("Status")] == "Waiting list"
    booked_on = by_name["Teacher 1"][header.index("Booked on")]
    if export_format == "csv":
        assert booked_on == "2026-07-02 00:30"
    else:
        assert booked_on == datetime.datetime(2026, 7, 2, 0, 30)
    assert not any(booked.token in str(cell) for row in rows for cell in row)


def test_the_inspect_page_never_shows_the_cancel_link(schools_editor, full_session):
    _, (booked, _, _) = full_session
    page = schools_editor.get(reverse("training_bookings:inspect", args=[booked.pk]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Teacher 1" in text and "Booked" in text
    assert booked.token not in text
    assert "Token" not in text
    assert "Cancel place" in text
