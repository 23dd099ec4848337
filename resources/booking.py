"""Booking and cancelling training places without ever going over capacity.

Every change to an event's places locks the event row first (`select_for_update`), so two
people booking the last place at the same moment are served one after the other. The
unique (event, email) constraint backs up the duplicate check.

An address that already has a booking is not booked again, but the person who filled in the form
is told the same as for a new booking (`AlreadyBooked.status` and `.waiting_position`), so the form
cannot be used to find out whether someone has booked. Only the address's owner is told, by email.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from resources.models import BookingStatus, TrainingBooking, TrainingEvent


class BookingError(Exception):
    pass


class BookingClosed(BookingError):
    """After the booking deadline, or once the session has started."""


class AlreadyBooked(BookingError):
    """This email address already has a place or is on the waiting list.

    `booking` is that booking (None if it has gone since); `status` and `waiting_position` are what a
    new booking would have been given, which is what the person who filled in the form is shown.
    """

    def __init__(self, booking=None, status=None, waiting_position=None):
        super().__init__()
        self.booking = booking
        self.status = status
        self.waiting_position = waiting_position


def already_booked(event, email):
    existing = event.bookings.filter(email=email).first()
    if event.booked_places() < event.capacity:
        return AlreadyBooked(existing, BookingStatus.BOOKED)
    return AlreadyBooked(existing, BookingStatus.WAITING, event.waiting_list_size() + 1)


def book_place(event_id, *, name, email, role="", school="", language=settings.LANGUAGE_CODE, now=None):
    """Give a place if there is one, otherwise a place on the waiting list. Families give no role or school;
    `language` is the one they booked in, which their emails are written in."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            event = TrainingEvent.objects.select_for_update().get(pk=event_id)
            if not event.is_bookable(now or timezone.now()):
                raise BookingClosed
            if event.bookings.filter(email=email).exists():
                raise already_booked(event, email)
            status = BookingStatus.BOOKED if event.booked_places() < event.capacity else BookingStatus.WAITING
            return TrainingBooking.objects.create(
                event=event, name=name, role=role, school=school, email=email, status=status, language=language
            )
    except IntegrityError:
        # Only reachable if the lock was bypassed (e.g. a booking added by hand): the constraint holds.
        raise already_booked(TrainingEvent.objects.get(pk=event_id), email) from None


@dataclass
class Cancellation:
    event: TrainingEvent
    promoted: list


def cancel_booking(token, now=None):
    """A family's own cancellation, from the link in their email. None if the token is unknown or
    was already used."""
    return cancel(TrainingBooking.objects.filter(token=token), now)


def cancel_place(booking_id, now=None):
    """Staff cancelling a place in the admin (asked to by phone, booked in error): the same rules and
    the same offer to the waiting list as a family's own cancellation. None if it has already gone."""
    return cancel(TrainingBooking.objects.filter(pk=booking_id), now)


def cancel(booking, now=None):
    """Delete the one booking in the queryset `booking` and offer freed places to the waiting list,
    first come first served."""
    now = now or timezone.now()
    with transaction.atomic():
        event_id = booking.values_list("event_id", flat=True).first()
        if event_id is None:
            return None
        event = TrainingEvent.objects.select_for_update().get(pk=event_id)
        # Read again under the lock: a second click, or the family and staff at once, may have got here first.
        found = booking.first()
        if found is None:
            return None
        found.delete()
        return Cancellation(event=event, promoted=fill_free_places(event, now))


def fill_free_places(event, now):
    """Move people from the waiting list into free places. The caller holds the event's lock."""
    if event.has_started(now):
        return []
    free = event.capacity - event.booked_places()
    if free <= 0:
        return []
    promoted = list(event.bookings.filter(status=BookingStatus.WAITING).order_by("created_at", "pk")[:free])
    for booking in promoted:
        booking.status = BookingStatus.BOOKED
        booking.promoted_at = now
        booking.save(update_fields=["status", "promoted_at"])
    return promoted
