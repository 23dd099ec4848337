from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from referrals import family_sessions, retention
from selfassess import retention as selfassess_retention


class Command(BaseCommand):
    help = (
        "Remove the personal details of referrals closed or declined more than REFERRAL_RETENTION_DAYS ago, "
        "delete self-assessments older than SELFASSESS_RETENTION_DAYS, and delete expired sessions and sessions "
        "holding families' journeys that should no longer exist. Safe to run again. Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count what would be purged; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        now = timezone.now()
        days = retention.retention_days()
        count = retention.purge_due(now=now, dry_run=dry_run)
        files = retention.purge_abandoned_attachments(now=now, dry_run=dry_run)
        assessment_days = settings.SELFASSESS_RETENTION_DAYS
        assessments = selfassess_retention.purge_due(now=now, dry_run=dry_run)
        sessions = family_sessions.purge_sessions(assessments, now=now, dry_run=dry_run)
        if dry_run:
            self.stdout.write(f"Dry run: {count} referrals ended more than {days} days ago would be purged.")
            self.stdout.write(f"Dry run: {files} files from referrals never sent would be deleted.")
            self.stdout.write(
                f"Dry run: {assessments.count} self-assessments made more than {assessment_days} days ago "
                f"and {sessions} sessions would be removed."
            )
        else:
            self.stdout.write(f"Purged the personal details of {count} referrals ended more than {days} days ago.")
            self.stdout.write(f"Deleted {files} files from referrals never sent.")
            self.stdout.write(
                f"Deleted {assessments.count} self-assessments made more than {assessment_days} days ago."
            )
            self.stdout.write(f"Removed {sessions} sessions: expired, or holding journeys kept too long.")
