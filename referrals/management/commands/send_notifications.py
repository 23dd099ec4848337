from django.core.management.base import BaseCommand

from referrals.sending import send_due


class Command(BaseCommand):
    help = "Send due referral emails from the outbox, retrying failures with backoff. Run from cron or a worker."

    def handle(self, *args, **options):
        sent, retrying, failed = send_due()
        self.stdout.write(f"Sent {sent}, will retry {retrying}, failed for good {failed}.")
