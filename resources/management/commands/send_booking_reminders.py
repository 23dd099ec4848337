"""Remind people with a place on a training session or family workshop, 1 to 2 days before it.

Run daily from cron or a scheduler (resources/reminders.py explains why each is sent once).
"""

from django.core.management.base import BaseCommand

from resources.reminders import send_reminders


class Command(BaseCommand):
    help = "Email a reminder to everyone with a place on a session starting in the next 48 hours (once each)."

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Sent {sent} reminder{'s' if sent != 1 else ''}.")
