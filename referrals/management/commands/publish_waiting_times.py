import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from home.models import Pathway, Team
from referrals import stats


class Command(BaseCommand):
    help = (
        "Compute each team's waits from referral dates and publish them as computed waiting times "
        "(a new figure for each team and pathway; history is never changed). Run weekly or monthly from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--as-of", help="Census date, YYYY-MM-DD (default: today). Not in the future.")
        parser.add_argument("--dry-run", action="store_true", help="Show the figures without publishing them.")

    def handle(self, *args, as_of=None, dry_run=False, **options):
        today = timezone.localdate()
        census = today
        if as_of:
            try:
                census = datetime.date.fromisoformat(as_of)
            except ValueError:
                raise CommandError("--as-of must be a date like 2025-03-31") from None
        if census > today:
            raise CommandError("--as-of cannot be in the future")
        figures = stats.compute(census)
        names = dict(Team.objects.values_list("pk", "name"))
        for item in figures:
            if item.median_weeks is None:
                median = "no child seen in 12 weeks"
            else:
                median = f"{item.median_weeks} week{'' if item.median_weeks == 1 else 's'}"
            share = "none waiting" if item.share_percent is None else f"{item.share_percent}% under 18 weeks"
            self.stdout.write(
                f"{names[item.team_id]}, {Pathway(item.pathway).label}: median {median} "
                f"({item.seen_count} seen), {item.waiting_count} waiting, {share}"
            )
        if dry_run:
            self.stdout.write("Dry run: nothing published.")
            return
        published, unchanged, no_figure = stats.publish(figures)
        self.stdout.write(
            f"Published {len(published)} figures as of {census:%Y-%m-%d}; {len(unchanged)} already published; "
            f"{len(no_figure)} without a median (nothing published for those)."
        )
