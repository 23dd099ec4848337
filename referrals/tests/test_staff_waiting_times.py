"""Issue 19, waiting times from the data: staff see their teams' computed figures change at once after a
decision, with fewer than 5 children shown as "too few to show"; publishing them is a deliberate button."""

import datetime

import pytest
from django.utils import timezone

from home.models import WaitingTime, WaitingTimeSource
from referrals.models import ReferralStatus
from referrals.tests.factories import ReferralFactory, triage_user

pytestmark = pytest.mark.django_db

URL = "/admin/referrals/waiting-times/"


def seen(team, count, *, waited_weeks=9, seen_days_ago=7):
    today = timezone.localdate()
    for _ in range(count):
        ReferralFactory(
            team=team,
            status=ReferralStatus.APPOINTMENT_BOOKED,
            received_at=timezone.now() - datetime.timedelta(days=seen_days_ago + 7 * waited_weeks),
            first_appointment_date=today - datetime.timedelta(days=seen_days_ago),
        )


@pytest.fixture
def north_user(teams):
    return triage_user("triage-north", teams["north"])


def test_fewer_than_five_children_are_too_few_to_show(client, teams, north_user):
    seen(teams["north"], 4)
    client.force_login(north_user)
    html = client.get(URL).content.decode()
    assert "Too few to show" in html
    assert "9 weeks" not in html


def test_staff_see_their_own_teams_figures_change_at_once(client, teams, north_user):
    seen(teams["north"], 4)
    seen(teams["south"], 6, waited_weeks=30)
    waiting = ReferralFactory(
        team=teams["north"],
        status=ReferralStatus.ACCEPTED_SPECIALIST,
        received_at=timezone.now() - datetime.timedelta(weeks=9, days=3),
    )
    client.force_login(north_user)
    html = client.get(URL).content.decode()
    assert "North Team" in html and "South Team" not in html and "30 weeks" not in html

    last_tuesday = timezone.localdate() - datetime.timedelta(days=(timezone.localdate().weekday() - 1) % 7 or 7)
    client.post(f"/admin/referrals/{waiting.pk}/appointment/", {"appointment-date": last_tuesday.isoformat()})
    html = client.get(URL).content.decode()
    assert "9 weeks" in html  # five children now seen: the median shows


def test_publishing_adds_computed_figures_for_own_teams_only(client, teams, north_user):
    seen(teams["north"], 5)
    seen(teams["south"], 5)
    client.force_login(north_user)
    response = client.post(f"{URL}publish/")
    assert response.status_code == 302
    figures = list(WaitingTime.objects.values_list("team__slug", "weeks", "source"))
    assert figures == [("north", 9, WaitingTimeSource.COMPUTED)]
    assert client.post(f"{URL}publish/").status_code == 302
    assert WaitingTime.objects.count() == 1  # nothing changed: nothing added


def test_small_numbers_are_not_published(client, teams, north_user):
    seen(teams["north"], 4)
    client.force_login(north_user)
    client.post(f"{URL}publish/")
    assert not WaitingTime.objects.exists()


def test_publishing_needs_the_triage_permission(client, teams):
    seen(teams["north"], 5)
    from django.contrib.auth.models import Group, Permission

    reader_group = Group.objects.create(name="Readers")
    reader_group.permissions.add(
        Permission.objects.get(codename="view_referral"), Permission.objects.get(codename="access_admin")
    )
    reader = triage_user("reader-only", teams["north"])
    reader.groups.set([reader_group])
    client.force_login(reader)
    assert client.get(URL).status_code == 200
    assert client.post(f"{URL}publish/").status_code in (302, 403)
    assert not WaitingTime.objects.exists()


def test_staff_without_referrals_cannot_open_it(client, django_user_model):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", password="x" * 12, is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(URL).status_code in (302, 403)
    assert client.post(f"{URL}publish/").status_code in (302, 403)
    assert not WaitingTime.objects.exists()
