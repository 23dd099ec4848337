"""The triage queue: which referrals a member of staff sees, in which order, and the dashboard's counts.

Everything starts from `permissions.referrals_for(user)`, so another team's referrals are never
counted, listed or sorted. Open referrals are the default; urgent first, then the longest waiting.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Case, Count, Exists, F, IntegerField, OuterRef, Q, Subquery, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from referrals import permissions
from referrals.admin_forms import ANY_STATUS, ASSIGNED_TO_ME, ASSIGNED_TO_NOBODY, CLOSED_OR_DECLINED
from referrals.models import EventKind, Priority, Referral, ReferralEvent, ReferralStatus
from referrals.models.referral import OPEN_STATUSES, WAITING_STATUSES

CLOSED_STATUSES = (ReferralStatus.CLOSED, ReferralStatus.DECLINED)
STATUS_ORDER = [
    ReferralStatus.RECEIVED,
    ReferralStatus.ACCEPTED_TARGETED,
    ReferralStatus.ACCEPTED_SPECIALIST,
    ReferralStatus.APPOINTMENT_BOOKED,
    ReferralStatus.DECLINED,
    ReferralStatus.CLOSED,
]
DASHBOARD_WAITED_WEEKS = 12


def years_ago(day, years):
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def not_yet_seen(today):
    """Still waiting for a first appointment on `today` (the statistics' rule: seen is the appointment date)."""
    return Q(status__in=WAITING_STATUSES) | Q(
        status=ReferralStatus.APPOINTMENT_BOOKED, first_appointment_date__gt=today
    )


def received_before(weeks, today):
    return Q(received_at__date__lt=today - datetime.timedelta(weeks=weeks))


def urgent_first():
    return Case(When(priority=Priority.URGENT, then=Value(0)), default=Value(1), output_field=IntegerField())


def first_area_name():
    """The alphabetically first of a referral's areas of need, to sort by (none sort last)."""
    links = Referral.life_areas.through.objects.filter(referral=OuterRef("pk")).order_by("lifearea__name")
    return Subquery(links.values("lifearea__name")[:1])


def status_rank():
    return Case(
        *(When(status=status, then=Value(rank)) for rank, status in enumerate(STATUS_ORDER)),
        default=Value(len(STATUS_ORDER)),
        output_field=IntegerField(),
    )


@dataclass(frozen=True)
class SortColumn:
    key: str
    label: str
    # The order by which "ascending" sorts; "descending" reverses each part.
    fields: tuple


# Ascending means: oldest received, fewest days waiting, youngest child, urgent first, earliest in the workflow.
SORT_COLUMNS = {
    column.key: column
    for column in [
        SortColumn("received", "Received", (F("received_at"),)),
        SortColumn("waiting", "Days waiting", (F("received_at").desc(),)),
        SortColumn("age", "Age", (F("child_date_of_birth").desc(nulls_last=True),)),
        SortColumn("route", "Route", (F("referrer_kind"),)),
        SortColumn("areas", "Areas of need", (first_area_name().asc(nulls_last=True),)),
        SortColumn("priority", "Priority", (urgent_first(),)),
        SortColumn("status", "Status", (status_rank(),)),
    ]
}


def reversed_expression(expression):
    if hasattr(expression, "descending"):  # already an OrderBy
        return expression.copy().reverse_ordering()
    return expression.desc()


def ordering_for(key):
    """The order_by() arguments for a column key ("age", "-age"); unknown keys give the default order."""
    column = SORT_COLUMNS.get((key or "").lstrip("-"))
    if column is None:
        return [urgent_first(), "received_at", "pk"]
    fields = [reversed_expression(field) for field in column.fields] if key.startswith("-") else list(column.fields)
    return [*fields, "received_at", "pk"]


def filtered_referrals(user, form):
    """The user's referrals that match the queue's filter form, in the order asked for (default: urgent, oldest)."""
    queryset = permissions.referrals_for(user).select_related("team")
    data = form.cleaned_data if form.is_bound and form.is_valid() else {}
    status = data.get("status", "")
    if status == ANY_STATUS:
        pass
    elif status == CLOSED_OR_DECLINED:
        queryset = queryset.filter(status__in=CLOSED_STATUSES)
    elif status and status != "open":
        queryset = queryset.filter(status=status)
    else:
        queryset = queryset.filter(status__in=OPEN_STATUSES)
    today = timezone.localdate()
    if data.get("team"):
        queryset = queryset.filter(team=data["team"])
    if data.get("priority"):
        queryset = queryset.filter(priority=data["priority"])
    if data.get("waited_over"):
        queryset = queryset.filter(not_yet_seen(today), received_before(data["waited_over"], today))
    if data.get("age_band"):
        band = data["age_band"]
        youngest_born = years_ago(today, band.min_age)
        oldest_born = years_ago(today, band.max_age + 1) + datetime.timedelta(days=1)
        queryset = queryset.filter(child_date_of_birth__range=(oldest_born, youngest_born))
    if data.get("area"):
        queryset = queryset.filter(life_areas=data["area"])
    if data.get("assigned") == ASSIGNED_TO_ME:
        queryset = queryset.filter(assigned_to=user)
    elif data.get("assigned") == ASSIGNED_TO_NOBODY:
        queryset = queryset.filter(assigned_to__isnull=True)
    if data.get("received_from"):
        queryset = queryset.filter(received_at__date__gte=data["received_from"])
    if data.get("received_to"):
        queryset = queryset.filter(received_at__date__lte=data["received_to"])
    ordering = data.get("ordering") or ""
    return queryset.distinct().order_by(*ordering_for(ordering))


READ_KINDS = (EventKind.VIEWED, EventKind.MARKED_READ)


def with_read_state(referrals, user):
    """Each referral annotated `read_by_me`: has this person opened it, or marked it read, ever."""
    read = ReferralEvent.objects.filter(referral=OuterRef("pk"), actor=user, kind__in=READ_KINDS)
    return referrals.annotate(read_by_me=Exists(read))


def therapists_for(user):
    """Who the user may give referrals to: active staff in the user's own teams."""
    return (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True, team_memberships__team__in=permissions.teams_for(user))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


@dataclass(frozen=True)
class SavedView:
    label: str
    params: tuple  # (name, value) pairs of the queue's filters

    @property
    def url(self):
        return f"{reverse('referrals_triage:queue')}?{urlencode(self.params)}"


SAVED_VIEWS = [
    SavedView("My teams' untriaged", (("status", ReferralStatus.RECEIVED),)),
    SavedView("Assigned to me", (("assigned", ASSIGNED_TO_ME),)),
]


def saved_views(query):
    """Each saved view with its link and whether the queue shows exactly it now (`query`: the GET parameters)."""
    shown = sorted((name, value) for name, value in query.items() if value and name != "p")
    return [{"label": view.label, "url": view.url, "current": shown == sorted(view.params)} for view in SAVED_VIEWS]


def sort_headings(query, current):
    """Each sortable column: its label, the link that sorts by it, and its aria-sort state."""
    headings = {}
    for key, column in SORT_COLUMNS.items():
        if current == key:
            state, next_key = "ascending", f"-{key}"
        elif current == f"-{key}":
            state, next_key = "descending", key
        else:
            state, next_key = None, key
        params = query.copy()
        params.pop("p", None)
        params["ordering"] = next_key
        headings[key] = {"label": column.label, "url": f"?{params.urlencode()}", "sort": state}
    return headings


@dataclass(frozen=True)
class QueueSummary:
    new: int
    waited_over: int
    urgent_not_contacted: int
    assigned_to_me: int = 0
    waited_weeks: int = DASHBOARD_WAITED_WEEKS

    @property
    def saved_views(self):
        return SAVED_VIEWS

    @staticmethod
    def link(**params):
        return f"{reverse('referrals_triage:queue')}?{urlencode(params)}"

    @property
    def new_url(self):
        return self.link(status=ReferralStatus.RECEIVED)

    @property
    def waited_over_url(self):
        return self.link(waited_over=self.waited_weeks)

    @property
    def urgent_url(self):
        return self.link(status=ReferralStatus.RECEIVED, priority=Priority.URGENT)


def summary_for(user, today=None):
    """The dashboard's counts for the user's teams, in one query.

    - new: waiting for triage;
    - waited over 12 weeks: not yet seen, referred more than 12 weeks ago;
    - urgent not yet contacted: urgent and still waiting for triage (accepting or declining tells the family);
    - assigned to me: open referrals the user has been given.
    """
    today = today or timezone.localdate()
    counts = permissions.referrals_for(user).aggregate(
        new=Count("pk", filter=Q(status=ReferralStatus.RECEIVED)),
        waited_over=Count("pk", filter=not_yet_seen(today) & received_before(DASHBOARD_WAITED_WEEKS, today)),
        urgent_not_contacted=Count("pk", filter=Q(status=ReferralStatus.RECEIVED, priority=Priority.URGENT)),
        assigned_to_me=Count("pk", filter=Q(assigned_to=user, status__in=OPEN_STATUSES)),
    )
    return QueueSummary(**counts)
