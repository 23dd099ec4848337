import datetime

import pytest
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from home.models import Pathway
from referrals import stats
from referrals.models import EventKind, Priority, ReferralEvent, ReferralStatus
from referrals.pathways import pathway_for
from referrals.stats import ReferralDates
from referrals.tests.factories import ReferralFactory

CENSUS = datetime.date(2025, 6, 30)
ROUTINE = Pathway.ROUTINE_ASSESSMENT


def weeks_before(weeks, days=0):
    return CENSUS - datetime.timedelta(weeks=weeks, days=days)


def child(received_weeks_ago, seen_weeks_ago=None, left_weeks_ago=None, team=1, pathway=ROUTINE):
    return ReferralDates(
        team_id=team,
        pathway=pathway,
        received=weeks_before(received_weeks_ago),
        seen=None if seen_weeks_ago is None else weeks_before(seen_weeks_ago),
        left=None if left_weeks_ago is None else weeks_before(left_weeks_ago),
    )


def test_median_wait_counts_only_children_seen_in_the_last_12_weeks():
    items = [
        child(20, seen_weeks_ago=10),  # waited 10 weeks
        child(16, seen_weeks_ago=2),  # waited 14 weeks
        child(30, seen_weeks_ago=1),  # waited 29 weeks
        child(60, seen_weeks_ago=20),  # seen too long ago
        child(5),  # still waiting
    ]
    assert stats.median_wait_weeks(items, CENSUS) == 14


def test_median_wait_of_even_count_rounds_to_nearest_week():
    items = [child(10, seen_weeks_ago=0), child(13, seen_weeks_ago=0)]  # 10 and 13 weeks: median 11.5
    assert stats.median_wait_weeks(items, CENSUS) == 12


def test_no_child_seen_means_no_median():
    assert stats.median_wait_weeks([child(5), child(40, seen_weeks_ago=13)], CENSUS) is None


def test_share_waiting_under_18_weeks_is_of_children_still_waiting():
    items = [
        child(2),
        child(10),
        child(17),
        child(25),  # over 18 weeks
        child(30, seen_weeks_ago=3),  # seen: not waiting
        child(40, left_weeks_ago=30),  # declined: not waiting
    ]
    assert stats.share_waiting_under_standard(items, CENSUS) == 0.75


def test_exactly_18_weeks_is_not_under_18_weeks():
    assert stats.share_waiting_under_standard([child(18)], CENSUS) == 0
    assert stats.share_waiting_under_standard([ReferralDates(1, ROUTINE, weeks_before(17, 6))], CENSUS) == 1


def test_a_child_seen_or_referred_after_the_census_date():
    future_seen = child(20, seen_weeks_ago=-1)  # appointment next week: still waiting at the census
    referred_later = child(-1)
    assert stats.is_waiting(future_seen, CENSUS)
    assert not stats.is_waiting(referred_later, CENSUS)
    assert stats.share_waiting_under_standard([future_seen, referred_later], CENSUS) == 0


def test_nobody_waiting_gives_no_share_not_100_percent():
    assert stats.share_waiting_under_standard([child(20, seen_weeks_ago=2)], CENSUS) is None
    assert stats.as_percentage(None) is None


def test_percentage_rounds_down_so_100_means_everyone():
    assert stats.as_percentage(0.999) == 99
    assert stats.as_percentage(1.0) == 100


def test_pathway_stats_per_team_and_pathway():
    items = [
        child(20, seen_weeks_ago=10, team=1),
        child(3, team=1),
        child(25, team=1),
        child(4, seen_weeks_ago=2, team=1, pathway=Pathway.URGENT),
        child(8, team=2, pathway=Pathway.TARGETED_GROUP),
    ]
    result = {(s.team_id, s.pathway): s for s in stats.pathway_stats(items, CENSUS)}
    assert set(result) == {(1, ROUTINE), (1, Pathway.URGENT), (2, Pathway.TARGETED_GROUP)}
    routine = result[(1, ROUTINE)]
    assert (routine.median_weeks, routine.seen_count, routine.waiting_count, routine.share_percent) == (10, 1, 2, 50)
    urgent = result[(1, Pathway.URGENT)]
    assert (urgent.median_weeks, urgent.waiting_count, urgent.share_percent) == (2, 0, None)
    assert result[(2, Pathway.TARGETED_GROUP)].median_weeks is None


def test_pathway_mapping():
    assert pathway_for(Priority.URGENT, ReferralStatus.ACCEPTED_TARGETED) == Pathway.URGENT
    assert pathway_for(Priority.ROUTINE, ReferralStatus.ACCEPTED_TARGETED) == Pathway.TARGETED_GROUP
    assert pathway_for(Priority.ROUTINE, ReferralStatus.CLOSED, ReferralStatus.ACCEPTED_TARGETED) == (
        Pathway.TARGETED_GROUP
    )
    for status in (ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED_SPECIALIST, ReferralStatus.APPOINTMENT_BOOKED):
        assert pathway_for(Priority.ROUTINE, status) == ROUTINE


waiting_children = st.lists(
    st.builds(
        ReferralDates,
        team_id=st.just(1),
        pathway=st.just(ROUTINE),
        received=st.dates(CENSUS - datetime.timedelta(days=800), CENSUS + datetime.timedelta(days=30)),
        seen=st.none() | st.dates(CENSUS - datetime.timedelta(days=400), CENSUS + datetime.timedelta(days=60)),
        left=st.none() | st.dates(CENSUS - datetime.timedelta(days=400), CENSUS + datetime.timedelta(days=60)),
    ),
    max_size=40,
)


@given(waiting_children)
def test_share_is_between_0_and_1(items):
    share = stats.share_waiting_under_standard(items, CENSUS)
    assert share is None or 0 <= share <= 1
    percent = stats.as_percentage(share)
    assert percent is None or 0 <= percent <= 100


@given(waiting_children, st.integers(min_value=18 * 7, max_value=1000))
def test_adding_a_child_waiting_over_18_weeks_never_raises_the_share(items, days_waited):
    before = stats.share_waiting_under_standard(items, CENSUS)
    long_waiter = ReferralDates(1, ROUTINE, CENSUS - datetime.timedelta(days=days_waited))
    after = stats.share_waiting_under_standard([*items, long_waiter], CENSUS)
    assert after is not None and after < 1
    assert before is None or after <= before


@given(waiting_children)
def test_median_is_within_the_waits_of_children_seen(items):
    median = stats.median_wait_weeks(items, CENSUS)
    waits = [(i.seen - i.received).days / 7 for i in items if stats.seen_recently(i, CENSUS)]
    if not waits:
        assert median is None
    else:
        assert round(min(waits)) - 1 <= median <= round(max(waits)) + 1


# From the database


def received(weeks_ago):
    moment = timezone.now() - datetime.timedelta(weeks=weeks_ago)
    return moment.replace(hour=12)


@pytest.mark.django_db
def test_referral_dates_reads_tier_decline_and_appointment(teams):
    north = teams["north"]
    today = timezone.localdate()
    seen = ReferralFactory(
        team=north,
        status=ReferralStatus.CLOSED,
        received_at=received(20),
        first_appointment_date=today - datetime.timedelta(weeks=8),
        closed_at=timezone.now(),
    )
    ReferralEvent.objects.create(referral=seen, kind=EventKind.ACCEPTED, to_status=ReferralStatus.ACCEPTED_TARGETED)
    declined = ReferralFactory(team=north, status=ReferralStatus.DECLINED, received_at=received(10))
    ReferralEvent.objects.create(referral=declined, kind=EventKind.DECLINED, at=received(9))
    ReferralFactory(team=north, status=ReferralStatus.ACCEPTED_SPECIALIST, received_at=received(19))
    urgent = ReferralFactory(team=north, priority=Priority.URGENT, received_at=received(1))

    dates = stats.referral_dates()
    assert len(dates) == 4
    result = {(d.pathway, d.received): d for d in dates}
    closed_item = result[(Pathway.TARGETED_GROUP, timezone.localdate(seen.received_at))]
    assert closed_item.seen == seen.first_appointment_date and closed_item.left is None
    declined_item = result[(ROUTINE, timezone.localdate(declined.received_at))]
    assert declined_item.left == timezone.localdate(received(9))
    assert (Pathway.URGENT, timezone.localdate(urgent.received_at)) in result

    figures = {s.pathway: s for s in stats.compute(today)}
    assert figures[ROUTINE].waiting_count == 1  # the specialist one; the declined one left the list
    assert figures[ROUTINE].share_percent == 0  # waited 19 weeks
    assert figures[Pathway.TARGETED_GROUP].median_weeks == 12
