"""The service managers' reports from referrals and self-assessments: counts, never a child.

Each report reads grouped counts (or, for the 18-week share, two dates per referral) in a fixed
number of queries, whatever the number of referrals. Nothing here reads a name, a date of birth,
an NHS number, a postcode or a reference. The page, the chart, the date range and the CSV are
`home.service_reports`; see docs/reports.md.
"""

import datetime
from collections import Counter

from django.db.models import Case, CharField, Count, F, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone

from home.models import LifeArea, ReferrerKind, Team
from home.service_reports import (
    Row,
    Section,
    ServiceReportView,
    count_cell,
    month_label,
    months_between,
    share_cell,
)
from home.waiting_times import TREATMENT_STANDARD_WEEKS
from referrals.models import EventKind, Outcome, Referral, ReferralEvent, ReferralStatus
from selfassess.engine import OUTCOME_LABELS
from selfassess.engine import Outcome as AssessmentOutcome
from selfassess.models import Assessment

SELF_ASSESSMENT = "self-assessment"
ROUTES = [
    (SELF_ASSESSMENT, "After a self-assessment"),
    (ReferrerKind.PARENT, "Parents and carers"),
    (ReferrerKind.SCHOOL, "Schools and nurseries"),
    (ReferrerKind.PROFESSIONAL, "GPs and health professionals"),
]
NOT_TRIAGED = "not-triaged"
TIERS = [
    (NOT_TRIAGED, "Not yet triaged"),
    (ReferralStatus.ACCEPTED_TARGETED, "Targeted (groups and workshops)"),
    (ReferralStatus.ACCEPTED_SPECIALIST, "Specialist (assessment and therapy)"),
    (ReferralStatus.DECLINED, "Declined with advice"),
]
OTHER_TIER = "Other"
STANDARD_DAYS = TREATMENT_STANDARD_WEEKS * 7


def received_between(start, end):
    return Referral.objects.filter(received_at__date__gte=start, received_at__date__lte=end)


def as_date(month):
    """TruncMonth of a date-time is a date-time at the start of the month, in the site's time zone."""
    return timezone.localtime(month).date() if isinstance(month, datetime.datetime) else month


def by_month(rows, months, cell=count_cell):
    """Rows of one count per month, every month in the range (a month with none is 0)."""
    counts = {as_date(row["month"]): row["n"] for row in rows}
    return [Row(month_label(month), (cell(counts.get(month, 0)),)) for month in months]


def route_of():
    """After a self-assessment (whoever referred), otherwise who referred."""
    return Case(
        When(Q(assessment__isnull=False) | ~Q(assessment_summary=[]), then=Value(SELF_ASSESSMENT)),
        default=F("referrer_kind"),
        output_field=CharField(),
    )


def tier_of():
    """The tier of the last "accepted" event (a booked or closed referral keeps it), else where it stands."""
    accepted = ReferralEvent.objects.filter(referral=OuterRef("pk"), kind=EventKind.ACCEPTED).order_by("-at", "-pk")
    return Case(
        When(status=ReferralStatus.RECEIVED, then=Value(NOT_TRIAGED)),
        When(status=ReferralStatus.DECLINED, then=Value(ReferralStatus.DECLINED)),
        default=Coalesce(Subquery(accepted.values("to_status")[:1]), F("status")),
        output_field=CharField(),
    )


def labelled_rows(counts, labels, other_label=None):
    rows = [Row(label, (count_cell(counts.pop(code, 0)),)) for code, label in labels]
    other = sum(counts.values())
    if other and other_label:
        rows.append(Row(other_label, (count_cell(other),)))
    return rows


def referral_sections(start, end):
    """Referrals received in the range by month, team, route and tier; referrals closed in it by outcome. 6 queries."""
    referrals = received_between(start, end)
    monthly = referrals.annotate(month=TruncMonth("received_at")).values("month").annotate(n=Count("pk"))
    team_counts = dict(referrals.values_list("team_id").annotate(n=Count("pk")))
    teams = Team.objects.order_by("name").values_list("pk", "name")
    routes = dict(referrals.annotate(route=route_of()).values_list("route").annotate(n=Count("pk")))
    tiers = dict(referrals.annotate(tier=tier_of()).values_list("tier").annotate(n=Count("pk")))
    outcomes = dict(
        Referral.objects.filter(status=ReferralStatus.CLOSED, closed_at__date__gte=start, closed_at__date__lte=end)
        .values_list("outcome")
        .annotate(n=Count("pk"))
    )
    heading = ("Referrals",)
    return [
        Section("Referrals received each month", "Month", heading, by_month(monthly, months_between(start, end))),
        Section(
            "Referrals by team",
            "Team",
            heading,
            [Row(name, (count_cell(team_counts.get(pk, 0)),)) for pk, name in teams],
        ),
        Section(
            "Referrals by route",
            "Route",
            heading,
            labelled_rows(routes, ROUTES, "Other"),
            note="A referral sent after a self-assessment counts there, whoever sent it.",
        ),
        Section(
            "Referrals by tier",
            "Tier",
            heading,
            labelled_rows(tiers, TIERS, OTHER_TIER),
            note="Where the referrals received in these dates stand now: the tier triage accepted them for "
            "(kept after a first appointment or discharge), declined, or not yet triaged.",
        ),
        Section(
            "Discharges and closures by outcome",
            "Outcome",
            ("Referrals closed",),
            labelled_rows(outcomes, [(code, label) for code, label in Outcome.choices], "Not recorded"),
            note="Referrals closed in these dates, whenever they were received, by the outcome recorded.",
        ),
    ]


def first_seen_sections(start, end):
    """Children whose first appointment fell in the range: how many, and the share seen within 18 weeks
    of referral, by month of the appointment and by team. 2 queries."""
    seen = Referral.objects.filter(first_appointment_date__gte=start, first_appointment_date__lte=end)
    dates = list(seen.values_list("team_id", "received_at", "first_appointment_date"))
    teams = list(Team.objects.order_by("name").values_list("pk", "name"))
    per_month, per_team = Counter(), Counter()
    within_month, within_team = Counter(), Counter()
    for team_id, received_at, first in dates:
        month = first.replace(day=1)
        within = (first - timezone.localdate(received_at)).days < STANDARD_DAYS
        per_month[month] += 1
        per_team[team_id] += 1
        within_month[month] += within
        within_team[team_id] += within
    headings = ("Children first seen", f"Seen within {TREATMENT_STANDARD_WEEKS} weeks")

    def cells(total, within):
        return (count_cell(total), share_cell(within, total))

    return [
        Section(
            f"Seen within {TREATMENT_STANDARD_WEEKS} weeks, by month of first appointment",
            "Month",
            headings,
            [
                Row(month_label(month), cells(per_month[month], within_month[month]))
                for month in months_between(start, end)
            ],
            chart_column=1,
            percent=True,
            slug="within-18-weeks-by-month",
        ),
        Section(
            f"Seen within {TREATMENT_STANDARD_WEEKS} weeks, by team",
            "Team",
            headings,
            [Row(name, cells(per_team[pk], within_team[pk])) for pk, name in teams],
            chart_column=1,
            percent=True,
            slug="within-18-weeks-by-team",
        ),
    ]


# The outcomes a self-assessment can end in, in order of need ("get help now" stops the questionnaire first).
ASSESSMENT_OUTCOMES = [(outcome.code, OUTCOME_LABELS[outcome]) for outcome in AssessmentOutcome]
CHANGES = [("less", "Needs less help than last time"), ("same", "The same"), ("more", "Needs more help than last time")]


def change_between(before, after):
    try:
        before, after = AssessmentOutcome.from_code(before), AssessmentOutcome.from_code(after)
    except ValueError:
        return None
    return "less" if after < before else "more" if after > before else "same"


def self_assessment_sections(start, end):
    """Self-assessments completed in the range by outcome (and how many went on to refer), by area chosen,
    and repeats by how the outcome changed. 4 queries."""
    assessments = Assessment.objects.filter(created_at__date__gte=start, created_at__date__lte=end)
    by_outcome = {
        row["overall_outcome"]: row
        for row in assessments.values("overall_outcome").annotate(
            n=Count("pk", distinct=True),
            referred=Count("pk", filter=Q(referrals__isnull=False), distinct=True),
        )
    }
    areas = Counter(slug for chosen in assessments.values_list("areas", flat=True) for slug in chosen or [])
    area_names = list(LifeArea.objects.order_by("sort_order", "name").values_list("slug", "name"))
    changes = Counter(
        change_between(before, after)
        for after, before in assessments.filter(previous__isnull=False).values_list(
            "overall_outcome", "previous__overall_outcome"
        )
    )
    outcome_rows = []
    total = referred = 0
    for code, label in ASSESSMENT_OUTCOMES:
        row = by_outcome.pop(code, {"n": 0, "referred": 0})
        total, referred = total + row["n"], referred + row["referred"]
        outcome_rows.append(Row(label, (count_cell(row["n"]), count_cell(row["referred"]))))
    outcome_rows.append(Row("All self-assessments", (count_cell(total), count_cell(referred)), in_chart=False))
    return [
        Section(
            "Self-assessments by outcome, and how many went on to refer",
            "Overall outcome",
            ("Self-assessments", "Went on to refer"),
            outcome_rows,
            note="Went on to refer: a referral was sent from the self-assessment's result.",
            slug="self-assessments-by-outcome",
        ),
        Section(
            "Areas of daily life chosen",
            "Area",
            ("Times chosen",),
            [Row(name, (count_cell(areas.get(slug, 0)),)) for slug, name in area_names],
            note="A family may choose more than one area, so these add up to more than the self-assessments.",
        ),
        Section(
            "Repeat self-assessments",
            "Compared with the family's last one",
            ("Repeat self-assessments",),
            [Row(label, (count_cell(changes.get(code, 0)),)) for code, label in CHANGES],
            note="A family who checks again after trying the advice: how the overall outcome changed.",
        ),
    ]


class ReferralNumbersReport(ServiceReportView):
    page_title = "Referral numbers"
    slug = "referral-numbers"
    introduction = "Referrals received, by month, team, route and tier, and referrals closed, by outcome."

    def sections(self, start, end):
        return referral_sections(start, end)


class FirstSeenReport(ServiceReportView):
    page_title = f"Seen within {TREATMENT_STANDARD_WEEKS} weeks"
    slug = "seen-within-18-weeks"
    introduction = (
        f"Children whose first appointment fell in these dates: how many, and the share first seen within "
        f"{TREATMENT_STANDARD_WEEKS} weeks of their referral. "
        "The children still waiting are on Waiting times from referrals and the waiting-times page."
    )

    def sections(self, start, end):
        return first_seen_sections(start, end)


class SelfAssessmentReport(ServiceReportView):
    page_title = "Self-assessments and referrals"
    slug = "self-assessments"
    introduction = "Self-assessments completed, by outcome and area, how many went on to refer, and repeats."

    def sections(self, start, end):
        return self_assessment_sections(start, end)
