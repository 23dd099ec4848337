import logging
import time

from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

from referrals import sending

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Send due referral emails from the outbox, retrying failures with backoff. Run from cron, or "
        "with --every SECONDS as a worker that keeps sending (what `make run` does for the demo)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=float,
            metavar="SECONDS",
            help="Keep running: look for due messages this often, and say something only when there were some.",
        )
        # For tests: stop after this many rounds instead of running until stopped.
        parser.add_argument("--rounds", type=int, help=None)

    def handle(self, *args, every=None, rounds=None, **options):
        if every is None:
            self.report(*sending.send_due())
            return
        done = 0
        while rounds is None or done < rounds:
            done += 1
            try:
                counts = sending.send_due()
            except DatabaseError as error:
                # SQLite busy with the web server's write, PostgreSQL restarting: the next round tries again.
                logger.warning("Outbox not sent this round (%s); trying again in %s s", type(error).__name__, every)
                counts = None
            finally:
                close_old_connections()
            if counts and any(counts):
                self.report(*counts)
            if rounds is None or done < rounds:
                time.sleep(every)

    def report(self, sent, retrying, failed):
        self.stdout.write(f"Sent {sent}, will retry {retrying}, failed for good {failed}.")
