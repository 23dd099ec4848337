"""Issue 19: opening a referral logs one "Viewed" event per member of staff per day, not one per reload."""

import datetime

import pytest
from django.utils import timezone

from referrals.models import EventKind, ReferralEvent
from referrals.tests.factories import ReferralFactory, triage_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def referral(teams):
    return ReferralFactory(team=teams["north"])


def views_of(referral):
    return list(referral.events.filter(kind=EventKind.VIEWED).values_list("actor__username", flat=True))


def test_reloading_logs_one_view_per_person_per_day(client, teams, referral):
    first = triage_user("triage-north", teams["north"])
    second = triage_user("triage-north-2", teams["north"])
    client.force_login(first)
    for _ in range(3):
        assert client.get(f"/admin/referrals/{referral.pk}/").status_code == 200
    assert views_of(referral) == ["triage-north"]
    client.force_login(second)
    client.get(f"/admin/referrals/{referral.pk}/")
    client.get(f"/admin/referrals/{referral.pk}/")
    assert sorted(views_of(referral)) == ["triage-north", "triage-north-2"]


def test_a_view_on_an_earlier_day_does_not_count_for_today(client, teams, referral):
    user = triage_user("triage-north", teams["north"])
    ReferralEvent.objects.create(
        referral=referral, kind=EventKind.VIEWED, actor=user, at=timezone.now() - datetime.timedelta(days=1)
    )
    client.force_login(user)
    client.get(f"/admin/referrals/{referral.pk}/")
    client.get(f"/admin/referrals/{referral.pk}/")
    days = sorted(
        timezone.localdate(at) for at in referral.events.filter(kind=EventKind.VIEWED).values_list("at", flat=True)
    )
    assert days == [timezone.localdate() - datetime.timedelta(days=1), timezone.localdate()]


def test_another_teams_member_gets_not_found_and_logs_nothing(client, teams, referral):
    client.force_login(triage_user("triage-south", teams["south"]))
    assert client.get(f"/admin/referrals/{referral.pk}/").status_code == 404
    assert views_of(referral) == []
