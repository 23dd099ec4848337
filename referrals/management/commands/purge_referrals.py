from django.core.management.base import BaseCommand

from referrals import retention


class Command(BaseCommand):
    help = (
        "Remove the personal details of referrals closed or declined more than REFERRAL_RETENTION_DAYS ago. "
        "Safe to run again: purged referrals are skipped. Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be purged; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        days = retention.retention_days()
        count = retention.purge_due(dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"Dry run: {count} referrals ended more than {days} days ago would be purged.")
        else:
            self.stdout.write(f"Purged the personal details of {count} referrals ended more than {days} days ago.")
