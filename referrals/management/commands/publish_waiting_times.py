import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from home.models import Pathway, Team
from referrals import stats

TOO_FEW = "too few to show"


def how_many(count, what):
    return f"fewer than {stats.SMALL_NUMBER} {what}" if 0 < count < stats.SMALL_NUMBER else f"{count} {what}"


def describe(item):
    """One team and pathway's figures in words, with small numbers worded as the staff screen words them."""
    if item.median_weeks is not None:
        median = f"{item.median_weeks} week{'' if item.median_weeks == 1 else 's'}"
    elif item.seen_count:
        median = TOO_FEW
    else:
        median = "no child seen in 12 weeks"
    if item.share_percent is not None:
        share = f"{item.share_percent}% under 18 weeks"
    else:
        share = f"share {TOO_FEW}" if item.waiting_count else "none waiting"
    return f"median {median} ({how_many(item.seen_count, 'seen')}), {how_many(item.waiting_count, 'waiting')}, {share}"


class Command(BaseCommand):
    help = (
        "Compute each team's waits from referral dates and publish them as computed waiting times "
        "(a new figure for each team and pathway; history is never changed). A figure about fewer than 5 "
        "children is neither shown nor published. Run weekly or monthly from cron."
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
        # The staff screen's rule: a figure about fewer than 5 children is neither shown nor published.
        figures = [stats.suppress_small_numbers(item) for item in stats.compute(census)]
        names = dict(Team.objects.values_list("pk", "name"))
        for item in figures:
            self.stdout.write(f"{names[item.team_id]}, {Pathway(item.pathway).label}: {describe(item)}")
        if dry_run:
            self.stdout.write("Dry run: nothing published.")
            return
        published, unchanged, no_figure = stats.publish(figures)
        self.stdout.write(
            f"Published {len(published)} figures as of {census:%Y-%m-%d}; {len(unchanged)} already published; "
            f"{len(no_figure)} without a median or with too few children (nothing published for those)."
        )
