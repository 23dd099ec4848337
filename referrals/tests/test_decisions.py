"""Issue 19, decisions and outcomes: a first appointment that may be in the past, discharge with an outcome
and a date, decline with a reason and where else to go; each an event with who and when."""

import datetime

import pytest
from django.utils import timezone

from referrals import stats
from referrals.models import EventKind, OutboxMessage, ReferralStatus
from referrals.tests.factories import ReferralFactory, triage_user

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def last_tuesday():
    today = timezone.localdate()
    return today - datetime.timedelta(days=(today.weekday() - 1) % 7 or 7)


@pytest.fixture
def north_user(teams):
    return triage_user("triage-north", teams["north"])


@pytest.fixture
def accepted(teams):
    return ReferralFactory(
        team=teams["north"],
        status=ReferralStatus.ACCEPTED_SPECIALIST,
        received_at=timezone.now() - datetime.timedelta(weeks=10),
    )


def test_first_appointment_may_be_in_the_past(client, north_user, accepted):
    client.force_login(north_user)
    day = last_tuesday()
    response = client.post(f"/admin/referrals/{accepted.pk}/appointment/", {"appointment-date": day.isoformat()})
    assert response.status_code == 302
    accepted.refresh_from_db()
    assert (accepted.status, accepted.first_appointment_date) == (ReferralStatus.APPOINTMENT_BOOKED, day)
    event = accepted.events.get(kind=EventKind.APPOINTMENT)
    assert event.actor == north_user
    assert event.effective_date == day
    assert timezone.now() - event.at < datetime.timedelta(minutes=1)


def test_first_appointment_cannot_be_before_the_referral(client, north_user, accepted):
    client.force_login(north_user)
    too_early = timezone.localdate(accepted.received_at) - datetime.timedelta(days=1)
    client.post(f"/admin/referrals/{accepted.pk}/appointment/", {"appointment-date": too_early.isoformat()})
    accepted.refresh_from_db()
    assert accepted.first_appointment_date is None
    assert not accepted.events.filter(kind=EventKind.APPOINTMENT).exists()


def test_discharge_needs_an_outcome_and_may_be_back_dated(client, north_user, accepted):
    accepted.status = ReferralStatus.APPOINTMENT_BOOKED
    accepted.first_appointment_date = days_ago(40)
    accepted.save()
    client.force_login(north_user)

    client.post(f"/admin/referrals/{accepted.pk}/close/", {"close-date": days_ago(3).isoformat()})
    accepted.refresh_from_db()
    assert accepted.status == ReferralStatus.APPOINTMENT_BOOKED  # no outcome, nothing saved

    client.post(
        f"/admin/referrals/{accepted.pk}/close/",
        {"close-outcome": "goals-met", "close-date": days_ago(3).isoformat(), "close-note": "All done"},
    )
    accepted.refresh_from_db()
    assert accepted.status == ReferralStatus.CLOSED
    assert accepted.outcome == "goals-met"
    assert timezone.localdate(accepted.closed_at) == days_ago(3)
    event = accepted.events.get(kind=EventKind.CLOSED)
    assert (event.actor, event.effective_date, event.outcome) == (north_user, days_ago(3), "goals-met")
    assert "Goals met" in event.note and "All done" in event.note
    html = client.get(f"/admin/referrals/{accepted.pk}/").content.decode()
    assert "Goals met" in html


@pytest.mark.parametrize("when", ["future", "before-referral"])
def test_discharge_date_cannot_be_in_the_future_or_before_the_referral(client, north_user, accepted, when):
    day = (
        timezone.localdate() + datetime.timedelta(days=1)
        if when == "future"
        else timezone.localdate(accepted.received_at) - datetime.timedelta(days=1)
    )
    client.force_login(north_user)
    client.post(f"/admin/referrals/{accepted.pk}/close/", {"close-outcome": "moved-away", "close-date": day})
    accepted.refresh_from_db()
    assert accepted.status == ReferralStatus.ACCEPTED_SPECIALIST


def test_a_back_dated_discharge_before_being_seen_leaves_the_waiting_list_on_that_day(client, north_user, accepted):
    client.force_login(north_user)
    client.post(
        f"/admin/referrals/{accepted.pk}/close/",
        {"close-outcome": "did-not-attend", "close-date": days_ago(14).isoformat()},
    )
    (dates,) = stats.referral_dates()
    assert dates.left == days_ago(14)


def test_decline_needs_a_reason_and_where_else_to_go_and_tells_the_family(client, north_user, teams):
    referral = ReferralFactory(team=teams["north"])
    client.force_login(north_user)
    client.post(f"/admin/referrals/{referral.pk}/decline/", {"decline-reason": "other-service", "decline-note": ""})
    client.post(f"/admin/referrals/{referral.pk}/decline/", {"decline-note": "Try the motor skills group"})
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.RECEIVED

    client.post(
        f"/admin/referrals/{referral.pk}/decline/",
        {"decline-reason": "other-service", "decline-note": "Try the school's motor skills group"},
    )
    referral.refresh_from_db()
    assert (referral.status, referral.decline_reason) == (ReferralStatus.DECLINED, "other-service")
    event = referral.events.get(kind=EventKind.DECLINED)
    assert event.actor == north_user
    body = OutboxMessage.objects.get(kind="status-update").body
    assert "motor skills group" in body
    assert "Another service fits better" in body


@pytest.mark.parametrize(
    ("action", "data"),
    [
        ("close", {"close-outcome": "goals-met", "close-date": "2020-01-01"}),
        ("appointment", {"appointment-date": "2020-01-01"}),
        ("decline", {"decline-reason": "other-service", "decline-note": "Elsewhere"}),
    ],
)
def test_another_teams_member_cannot_decide(client, teams, accepted, action, data):
    client.force_login(triage_user("triage-south", teams["south"]))
    assert client.post(f"/admin/referrals/{accepted.pk}/{action}/", data).status_code == 404
    accepted.refresh_from_db()
    assert accepted.status == ReferralStatus.ACCEPTED_SPECIALIST
    assert not accepted.events.exists()


def test_discharge_date_starts_as_today_in_the_format_a_date_picker_reads(client, north_user, accepted):
    client.force_login(north_user)
    html = client.get(f"/admin/referrals/{accepted.pk}/").content.decode()
    assert f'name="close-date" value="{timezone.localdate().isoformat()}"' in html
