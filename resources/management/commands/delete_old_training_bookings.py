"""Delete training bookings a set time after the session ends (TRAINING_BOOKING_RETENTION_DAYS).

Run daily from cron or a scheduler. Bookings hold names and work email addresses that are not
needed once the session and any follow-up are over.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from resources.models import TrainingBooking


def delete_old_bookings(now=None, retention_days=None):
    now = now or timezone.now()
    days = settings.TRAINING_BOOKING_RETENTION_DAYS if retention_days is None else retention_days
    cutoff = now - datetime.timedelta(days=days)
    deleted, _ = TrainingBooking.objects.filter(event__ends_at__lt=cutoff).delete()
    return deleted


class Command(BaseCommand):
    help = "Delete training bookings for sessions that ended more than TRAINING_BOOKING_RETENTION_DAYS ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Override TRAINING_BOOKING_RETENTION_DAYS for this run.")

    def handle(self, *args, **options):
        deleted = delete_old_bookings(retention_days=options["days"])
        self.stdout.write(f"Deleted {deleted} training booking{'s' if deleted != 1 else ''}.")
