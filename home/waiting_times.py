"""Published waiting times: the one place that decides what a family is told about a wait.

`current_wait(team, pathway)` is the current published wait for a team and pathway; the team
finder, the waiting-times page and the referral confirmation all use it (or `current_waits`,
the same rule for many teams in one query). A figure older than
`settings.WAITING_TIME_STALE_AFTER_DAYS` is still shown, with a warning: families are better
served by an old figure, clearly dated, than by none.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

from home.charts import ChartPoint, line_chart_svg
from home.models.teams import Pathway, Team, WaitingTime
from home.templatetags.waiting_time_tags import weeks as in_weeks

TREATMENT_STANDARD_WEEKS = 18
TREND_MONTHS = 12


def stale_after_days():
    return settings.WAITING_TIME_STALE_AFTER_DAYS


def is_stale(as_of, today=None):
    """A figure is stale once it is more than the configured number of days old."""
    today = today or timezone.localdate()
    return (today - as_of).days > stale_after_days()


@dataclass(frozen=True)
class CurrentWait:
    team_id: int
    pathway: str
    weeks: int
    share_within_18_weeks: int | None
    as_of: datetime.date
    source: str
    age_days: int
    is_stale: bool

    @property
    def pathway_label(self):
        return Pathway(self.pathway).label

    @property
    def within_standard(self):
        return self.weeks <= TREATMENT_STANDARD_WEEKS


@dataclass(frozen=True)
class PathwayWait:
    """A pathway and its current wait, or None when nothing is published: "call us", never "0 weeks"."""

    pathway: str
    label: str
    wait: CurrentWait | None


def _as_current(record, today):
    return CurrentWait(
        team_id=record.team_id,
        pathway=record.pathway,
        weeks=record.weeks,
        share_within_18_weeks=record.share_within_18_weeks,
        as_of=record.as_of,
        source=record.source,
        age_days=(today - record.as_of).days,
        is_stale=is_stale(record.as_of, today),
    )


def current_waits(teams, today=None):
    """{(team id, pathway): CurrentWait} for every team and pathway with a published figure, in one query.

    The current figure is the one with the latest "as of" date up to today; on the same date,
    the one entered last (a correction) wins.
    """
    today = today or timezone.localdate()
    team_ids = [team if isinstance(team, int) else team.pk for team in teams]
    latest = (
        WaitingTime.objects.filter(team=OuterRef("team"), pathway=OuterRef("pathway"), as_of__lte=today)
        .order_by("-as_of", "-created_at", "-pk")
        .values("pk")[:1]
    )
    records = WaitingTime.objects.filter(team_id__in=team_ids, pk=Subquery(latest))
    return {(record.team_id, record.pathway): _as_current(record, today) for record in records}


def current_wait(team, pathway, today=None):
    """The current published wait for one team and pathway, or None if nothing is published."""
    return current_waits([team], today).get((team if isinstance(team, int) else team.pk, Pathway(pathway).value))


def pathway_waits(team, waits):
    """Every pathway for `team`, in a fixed order, from the result of `current_waits`."""
    return [PathwayWait(pathway.value, pathway.label, waits.get((team.pk, pathway.value))) for pathway in Pathway]


def month_ends(today, months=TREND_MONTHS):
    """The last `months` month ends, oldest first; the latest is today (the month so far)."""
    ends = [today]
    first_of_month = today.replace(day=1)
    for _ in range(months - 1):
        ends.append(first_of_month - datetime.timedelta(days=1))
        first_of_month = ends[-1].replace(day=1)
    return list(reversed(ends))


@dataclass(frozen=True)
class TrendPoint:
    month: datetime.date
    weeks: int | None

    @property
    def label(self):
        """ "Jan 2026"; in the family's language at /pl/ and /ur/ ("Sty 2026", "جنوری 2026")."""
        return date_format(self.month, "M Y")


def monthly_trends(teams, pathway=Pathway.ROUTINE_ASSESSMENT, today=None, months=TREND_MONTHS):
    """{team id: [TrendPoint]}: the wait each team reported in each of the last `months` months.

    One query. A month's point is the latest figure dated in that month (a correction entered later
    wins). A month with no figure has weeks None, drawn as a gap: an older figure carried forward
    would show a wait nobody reported for that month (issue 18).
    """
    today = today or timezone.localdate()
    ends = month_ends(today, months)
    team_ids = [team.pk for team in teams]
    records = (
        WaitingTime.objects.filter(team_id__in=team_ids, pathway=Pathway(pathway).value, as_of__lte=today)
        .order_by("team_id", "as_of", "created_at", "pk")
        .values_list("team_id", "as_of", "weeks")
    )
    by_team = {team_id: [] for team_id in team_ids}
    for team_id, as_of, weeks in records:
        by_team[team_id].append((as_of, weeks))
    trends = {}
    for team_id, history in by_team.items():
        reported = {}
        for as_of, weeks in history:  # oldest first, so the month keeps its latest figure
            reported[(as_of.year, as_of.month)] = weeks
        trends[team_id] = [TrendPoint(end, reported.get((end.year, end.month))) for end in ends]
    return trends


@dataclass(frozen=True)
class TeamOverview:
    team: Team
    pathways: list
    trend: list
    trend_summary: str
    chart: str

    @property
    def has_stale_figure(self):
        return any(item.wait and item.wait.is_stale for item in self.pathways)

    @property
    def stale_routine_wait(self):
        """The routine assessment figure the chart ends on, when the team has stopped sending new ones."""
        routine = next(item.wait for item in self.pathways if item.pathway == Pathway.ROUTINE_ASSESSMENT)
        return routine if routine and routine.is_stale else None


def describe_trend(points):
    """The routine assessment wait's chart in one or two sentences, in the active language: its text alternative."""
    known = [point for point in points if point.weeks is not None]
    standard = gettext("The dashed line shows the %(weeks)s-week standard.") % {"weeks": TREATMENT_STANDARD_WEEKS}
    months = len(points)
    if not known:
        return (
            ngettext(
                "We have not published a routine assessment wait in the last %(count)s month.",
                "We have not published a routine assessment wait in the last %(count)s months.",
                months,
            )
            % {"count": months}
            + " "
            + standard
        )
    first, last = known[0], known[-1]
    missing = months - len(known)
    gaps = ""
    if missing:
        gaps = " " + ngettext(
            "No figure was sent for %(missing)s of these %(count)s months.",
            "No figure was sent for %(missing)s of these %(count)s months.",
            missing,
        ) % {"missing": missing, "count": months}
    between = {"first": first.label, "last": last.label}
    if first.weeks == last.weeks:
        change = gettext("From %(first)s to %(last)s, the wait for a routine assessment stayed at %(weeks)s.") % {
            **between,
            "weeks": in_weeks(last.weeks),
        }
    else:
        change = gettext(
            "From %(first)s to %(last)s, the wait for a routine assessment went from %(before)s to %(after)s."
        ) % {**between, "before": in_weeks(first.weeks), "after": in_weeks(last.weeks)}
    low = min(point.weeks for point in known)
    high = max(point.weeks for point in known)
    extremes = gettext("The shortest was %(low)s and the longest %(high)s.") % {
        "low": in_weeks(low),
        "high": in_weeks(high),
    }
    return f"{change} {extremes}{gaps} {standard}"


def waiting_times_overview(teams=None, today=None):
    """Per team: every pathway's current wait, the routine-assessment trend, its text alternative and its chart.

    Three queries whatever the number of teams.
    """
    today = today or timezone.localdate()
    teams = list(teams if teams is not None else Team.objects.order_by("name"))
    waits = current_waits(teams, today)
    trends = monthly_trends(teams, Pathway.ROUTINE_ASSESSMENT, today)
    overview = []
    for team in teams:
        trend = trends[team.pk]
        summary = describe_trend(trend)
        chart = line_chart_svg(
            [ChartPoint(point.label, point.weeks) for point in trend],
            chart_id=f"trend-{team.slug}",
            title=ngettext(
                "%(team)s: wait for a routine assessment over the last %(count)s month",
                "%(team)s: wait for a routine assessment over the last %(count)s months",
                len(trend),
            )
            % {"team": team.name, "count": len(trend)},
            description=summary,
            target=TREATMENT_STANDARD_WEEKS,
            target_label=in_weeks(TREATMENT_STANDARD_WEEKS),
            unit=gettext("weeks"),
        )
        overview.append(TeamOverview(team, pathway_waits(team, waits), trend, summary, chart))
    return overview
