import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from referrals.models import EventKind, OutboxMessage, ReferralStatus
from referrals.tests.factories import ReferralFactory, triage_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def north_referral(teams):
    return ReferralFactory(team=teams["north"], child_first_name="Nellie")


@pytest.fixture
def south_referral(teams):
    return ReferralFactory(team=teams["south"], child_first_name="Sunny")


@pytest.fixture
def north_user(teams):
    return triage_user("triage-north", teams["north"])


def test_queue_shows_only_own_teams_referrals(client, north_user, north_referral, south_referral):
    client.force_login(north_user)
    content = client.get("/admin/referrals/").content.decode()
    assert north_referral.reference in content
    assert south_referral.reference not in content


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/admin/referrals/{pk}/"),
        ("post", "/admin/referrals/{pk}/accept/"),
        ("post", "/admin/referrals/{pk}/decline/"),
        ("post", "/admin/referrals/{pk}/redirect/"),
        ("post", "/admin/referrals/{pk}/appointment/"),
        ("post", "/admin/referrals/{pk}/close/"),
    ],
)
def test_other_teams_referral_is_not_found(client, north_user, south_referral, method, path):
    client.force_login(north_user)
    response = getattr(client, method)(path.format(pk=south_referral.pk), {"accept-tier": "accepted-specialist"})
    assert response.status_code == 404
    south_referral.refresh_from_db()
    assert south_referral.status == ReferralStatus.RECEIVED
    assert not south_referral.events.exists()


def test_export_is_scoped_to_own_teams(client, north_user, north_referral, south_referral):
    client.force_login(north_user)
    response = client.get("/admin/referrals/export/")
    assert response.status_code == 200
    body = response.content.decode()
    assert north_referral.reference in body
    assert south_referral.reference not in body
    assert north_referral.events.filter(kind=EventKind.EXPORTED).exists()


def test_export_needs_permission(client, teams, north_referral):
    user = triage_user("no-export", teams["north"], export=False)
    client.force_login(user)
    response = client.get("/admin/referrals/export/")
    # The admin turns "permission denied" into a redirect to its dashboard with a message.
    assert response.status_code in (302, 403)
    assert north_referral.reference not in response.content.decode()


def test_editor_sees_no_referrals(client, django_user_model, north_referral):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("editor", password="x" * 12, is_staff=True)
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    assert client.get("/admin/referrals/").status_code in (302, 403)
    assert client.get(f"/admin/referrals/{north_referral.pk}/").status_code in (302, 403)
    assert "/admin/referrals/" not in client.get("/admin/").content.decode()


def test_viewing_is_recorded(client, north_user, north_referral):
    client.force_login(north_user)
    response = client.get(f"/admin/referrals/{north_referral.pk}/")
    assert "Nellie" in response.content.decode()
    event = north_referral.events.get()
    assert (event.kind, event.actor) == (EventKind.VIEWED, north_user)


def test_accept_records_event_and_tells_family(client, north_user, north_referral):
    client.force_login(north_user)
    client.post(
        f"/admin/referrals/{north_referral.pk}/accept/",
        {"accept-tier": "accepted-specialist", "accept-priority": "urgent", "accept-note": "Clear need"},
    )
    north_referral.refresh_from_db()
    assert north_referral.status == ReferralStatus.ACCEPTED_SPECIALIST
    assert north_referral.priority == "urgent"
    event = north_referral.events.get(kind=EventKind.ACCEPTED)
    assert (event.actor, event.from_status, event.to_status, event.note) == (
        north_user,
        "received",
        "accepted-specialist",
        "Clear need",
    )
    assert (event.from_priority, event.to_priority) == ("routine", "urgent")
    message = OutboxMessage.objects.get(kind="status-update")
    assert message.to == "parent@example.org"
    assert "accepted" in message.body


def test_decline_needs_a_reason_and_sends_it(client, north_user, north_referral):
    client.force_login(north_user)
    client.post(f"/admin/referrals/{north_referral.pk}/decline/", {"decline-note": ""})
    north_referral.refresh_from_db()
    assert north_referral.status == ReferralStatus.RECEIVED
    client.post(
        f"/admin/referrals/{north_referral.pk}/decline/",
        {"decline-reason": "other-service", "decline-note": "Try the school's motor skills group"},
    )
    north_referral.refresh_from_db()
    assert north_referral.status == ReferralStatus.DECLINED
    assert north_referral.events.get(kind=EventKind.DECLINED).to_status == ReferralStatus.DECLINED
    assert "motor skills group" in OutboxMessage.objects.get(kind="status-update").body


def test_redirect_moves_team_and_hides_it_from_old_team(client, teams, north_user, north_referral):
    client.force_login(north_user)
    response = client.post(f"/admin/referrals/{north_referral.pk}/redirect/", {"redirect-team": teams["south"].pk})
    assert response.headers["Location"] == "/admin/referrals/"
    north_referral.refresh_from_db()
    assert north_referral.team == teams["south"]
    event = north_referral.events.get(kind=EventKind.REDIRECTED)
    assert (event.from_team, event.to_team) == (teams["north"], teams["south"])
    assert client.get(f"/admin/referrals/{north_referral.pk}/").status_code == 404
    assert "South Team" in OutboxMessage.objects.get(kind="status-update").body


def test_appointment_then_close(client, north_user, north_referral):
    client.force_login(north_user)
    # Not yet accepted: an appointment cannot be recorded.
    client.post(f"/admin/referrals/{north_referral.pk}/appointment/", {"appointment-date": "2030-01-10"})
    north_referral.refresh_from_db()
    assert north_referral.first_appointment_date is None
    north_referral.status = ReferralStatus.ACCEPTED_TARGETED
    north_referral.save()
    client.post(f"/admin/referrals/{north_referral.pk}/appointment/", {"appointment-date": "2030-01-10"})
    client.post(
        f"/admin/referrals/{north_referral.pk}/close/",
        {
            "close-outcome": "goals-met",
            "close-date": timezone.localdate().isoformat(),
            "close-note": "Finished",
        },
    )
    north_referral.refresh_from_db()
    assert str(north_referral.first_appointment_date) == "2030-01-10"
    assert north_referral.status == ReferralStatus.CLOSED
    kinds = list(north_referral.events.values_list("kind", flat=True))
    assert kinds == [EventKind.APPOINTMENT, EventKind.CLOSED]


def test_queue_filters(client, teams, north_user):
    urgent = ReferralFactory(team=teams["north"], priority="urgent")
    routine = ReferralFactory(team=teams["north"])
    client.force_login(north_user)
    content = client.get("/admin/referrals/?priority=urgent").content.decode()
    assert urgent.reference in content and routine.reference not in content
