"""Reminders a day or two before a session, to everyone with a place (not the waiting list).

Run daily (`manage.py send_booking_reminders`): a session starting within REMIND_WITHIN of the run is
reminded, so a daily run reaches everyone 1 to 2 days before. Each booking is marked as reminded in the
same statement that claims it, before the email is sent: a second run, or two servers running it at
once, never send it twice. A failed send is logged and not retried (the booking email already had
the details); a late or lost reminder is better than two.
"""

import datetime

from django.utils import timezone

from resources.emails import send_booking_email
from resources.models import BookingStatus, TrainingBooking

REMIND_WITHIN = datetime.timedelta(hours=48)


def send_reminders(now=None):
    """Send the reminders due now; return how many were sent."""
    now = now or timezone.now()
    due = TrainingBooking.objects.filter(
        status=BookingStatus.BOOKED,
        reminded_at__isnull=True,
        event__starts_at__gt=now,
        event__starts_at__lte=now + REMIND_WITHIN,
    ).select_related("event")
    sent = 0
    for booking in due:
        claimed = TrainingBooking.objects.filter(pk=booking.pk, reminded_at__isnull=True).update(reminded_at=now)
        if claimed:
            send_booking_email(None, booking, "reminder")
            sent += 1
    return sent
