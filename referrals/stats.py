"""Waiting times computed from referral dates, per team and pathway.

The arithmetic is plain functions over `ReferralDates` (no database), so it can be tested on
hand-made data; `referral_dates()` reads them from the database and `compute()` puts both together.

For a census date:

- **median wait**: of the children first seen (first appointment) in the 12 weeks up to the census
  date, the median time from referral to that appointment, in whole weeks (rounded to nearest);
- **number waiting**: children referred on or before the census date, not yet seen and not taken
  off the list (declined, or closed without an appointment) by then;
- **share under 18 weeks**: of those still waiting, the share who have waited less than 18 weeks so
  far. This is the NHS referral-to-treatment "incomplete pathway" measure (the standard is 92%).
"""

import dataclasses
import datetime
import math
import statistics
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from home.models import WaitingTime, WaitingTimeSource
from home.waiting_times import TREATMENT_STANDARD_WEEKS
from referrals.models import EventKind, Referral, ReferralEvent, ReferralStatus
from referrals.pathways import pathway_for

SEEN_WINDOW = datetime.timedelta(weeks=12)
STANDARD = datetime.timedelta(weeks=TREATMENT_STANDARD_WEEKS)


@dataclass(frozen=True)
class ReferralDates:
    """What the statistics need to know about one referral, and nothing personal."""

    team_id: int
    pathway: str
    received: datetime.date
    seen: datetime.date | None = None
    # The day it left the list without being seen (declined, or closed before an appointment).
    left: datetime.date | None = None


def is_waiting(item, census):
    return (
        item.received <= census
        and (item.seen is None or item.seen > census)
        and (item.left is None or item.left > census)
    )


def waited(item, census):
    return census - item.received


def seen_recently(item, census):
    return item.seen is not None and item.received <= item.seen and census - SEEN_WINDOW < item.seen <= census


def median_wait_weeks(items, census):
    """The median referral-to-first-appointment wait, in whole weeks, of children seen in the last 12 weeks."""
    waits = [(item.seen - item.received).days for item in items if seen_recently(item, census)]
    if not waits:
        return None
    return math.floor(statistics.median(waits) / 7 + 0.5)


def share_waiting_under_standard(items, census):
    """Of the children still waiting at `census`, the share (0 to 1) who have waited under 18 weeks; None if none."""
    waiting = [item for item in items if is_waiting(item, census)]
    if not waiting:
        return None
    return sum(1 for item in waiting if waited(item, census) < STANDARD) / len(waiting)


def as_percentage(share):
    """Whole percent, rounded down: 100% only when every child is within the standard."""
    return None if share is None else math.floor(share * 100)


@dataclass(frozen=True)
class PathwayStats:
    team_id: int
    pathway: str
    census: datetime.date
    median_weeks: int | None
    seen_count: int
    waiting_count: int
    share_under_18_weeks: float | None

    @property
    def share_percent(self):
        return as_percentage(self.share_under_18_weeks)


def pathway_stats(items, census):
    """One PathwayStats per (team, pathway) that has any referral received by `census`."""
    groups = defaultdict(list)
    for item in items:
        if item.received <= census:
            groups[(item.team_id, item.pathway)].append(item)
    return [
        PathwayStats(
            team_id=team_id,
            pathway=pathway,
            census=census,
            median_weeks=median_wait_weeks(group, census),
            seen_count=sum(1 for item in group if seen_recently(item, census)),
            waiting_count=sum(1 for item in group if is_waiting(item, census)),
            share_under_18_weeks=share_waiting_under_standard(group, census),
        )
        for (team_id, pathway), group in sorted(groups.items())
    ]


def left_list_on(status, received, first_appointment, closed_at, declined_at):
    """The day a referral left the waiting list without being seen, or None."""
    if first_appointment is not None:
        return None
    ended = declined_at if status == ReferralStatus.DECLINED else closed_at
    if status in (ReferralStatus.DECLINED, ReferralStatus.CLOSED):
        # With no recorded date (old or imported data) it counts as never having waited, not waiting forever.
        return timezone.localdate(ended) if ended is not None else received
    return None


def referral_dates(team_ids=None):
    """Every referral (of `team_ids`, if given) as ReferralDates, in one query. Purged referrals keep their
    dates, so they still count."""
    events = ReferralEvent.objects.filter(referral=OuterRef("pk")).order_by("-at", "-pk")
    referrals = Referral.objects.all() if team_ids is None else Referral.objects.filter(team_id__in=team_ids)
    rows = referrals.annotate(
        accepted_tier=Subquery(events.filter(kind=EventKind.ACCEPTED).values("to_status")[:1]),
        declined_at=Subquery(events.filter(kind=EventKind.DECLINED).values("at")[:1]),
    ).values_list(
        "team_id",
        "priority",
        "status",
        "accepted_tier",
        "received_at",
        "first_appointment_date",
        "closed_at",
        "declined_at",
    )
    return [
        ReferralDates(
            team_id=team_id,
            pathway=pathway_for(priority, status, accepted_tier or ""),
            received=timezone.localdate(received_at),
            seen=first_appointment,
            left=left_list_on(status, timezone.localdate(received_at), first_appointment, closed_at, declined_at),
        )
        for team_id, priority, status, accepted_tier, received_at, first_appointment, closed_at, declined_at in rows
    ]


def compute(census=None, team_ids=None):
    return pathway_stats(referral_dates(team_ids), census or timezone.localdate())


# The NHS disclosure rule: a figure about fewer than 5 children could identify them.
SMALL_NUMBER = 5


def suppress_small_numbers(item):
    """The same figures with any built on fewer than SMALL_NUMBER children removed ("too few to show")."""
    return dataclasses.replace(
        item,
        median_weeks=item.median_weeks if item.seen_count >= SMALL_NUMBER else None,
        share_under_18_weeks=item.share_under_18_weeks if item.waiting_count >= SMALL_NUMBER else None,
    )


def publish(stats, entered_by=None):
    """Record each figure with a median as a computed WaitingTime; return (published, unchanged, no_figure) lists.

    History is never changed: a figure is a new row. Running again for the same census date adds a
    row only where the numbers differ (the later entry then wins, like a staff correction).
    """
    published, unchanged, no_figure = [], [], []
    for item in stats:
        if item.median_weeks is None:
            no_figure.append(item)
            continue
        values = {
            "team_id": item.team_id,
            "pathway": item.pathway,
            "as_of": item.census,
            "source": WaitingTimeSource.COMPUTED,
        }
        latest = WaitingTime.objects.filter(**values).order_by("-created_at", "-pk").first()
        if latest and (latest.weeks, latest.share_within_18_weeks) == (item.median_weeks, item.share_percent):
            unchanged.append(item)
            continue
        WaitingTime.objects.create(
            **values, weeks=item.median_weeks, share_within_18_weeks=item.share_percent, entered_by=entered_by
        )
        published.append(item)
    return published, unchanged, no_figure
