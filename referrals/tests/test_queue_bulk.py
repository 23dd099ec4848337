"""Issue 19, working from the queue: the saved "my teams' untriaged" view one click from the dashboard and the
queue, sorting by areas of need, and bulk actions (mark read, assign to a therapist), each an event with who and
when, and only ever on the user's own teams' referrals."""

import datetime
import re

import pytest
from django.utils import timezone

from referrals.models import EventKind, ReferralEvent, ReferralStatus
from referrals.tests.factories import ReferralFactory, make_area, triage_user

pytestmark = pytest.mark.django_db

QUEUE = "/admin/referrals/"
BULK = "/admin/referrals/bulk/"


def references_in(html):
    return re.findall(r'href="/admin/referrals/\d+/">(RF-[A-Z0-9-]+)</a>', html)


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def row_of(html, referral):
    match = re.search(rf"<tr>(?:(?!</tr>).)*?{referral.reference}(.*?)</tr>", html, re.S)
    assert match, referral.reference
    return text_of(match.group(1))


@pytest.fixture
def north_user(teams):
    return triage_user("triage-north", teams["north"])


@pytest.fixture
def therapist(teams):
    user = triage_user("therapist-north", teams["north"])
    user.first_name, user.last_name = "Tess", "Therapist"
    user.save()
    return user


@pytest.fixture
def south_user(teams):
    return triage_user("triage-south", teams["south"])


def test_saved_untriaged_view_is_one_click_from_the_dashboard_and_the_queue(client, teams, north_user):
    new = ReferralFactory(team=teams["north"])
    accepted = ReferralFactory(team=teams["north"], status=ReferralStatus.ACCEPTED_SPECIALIST)
    other_team = ReferralFactory(team=teams["south"])
    client.force_login(north_user)

    dashboard = client.get("/admin/").content.decode()
    link = re.search(r'<a href="([^"]+)"[^>]*>My teams&#x27; untriaged</a>', dashboard)
    assert link, "the dashboard panel links to the saved view"
    queue = client.get(QUEUE).content.decode()
    assert re.search(rf'<a href="{re.escape(link.group(1))}"[^>]*>My teams&#x27; untriaged</a>', queue)

    html = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert references_in(html) == [new.reference]
    assert accepted.reference not in html and other_team.reference not in html
    assert re.search(r'aria-current="page"[^>]*>My teams&#x27; untriaged<', html)


def test_queue_sorts_by_areas_of_need(client, teams, north_user):
    areas = {name: make_area(name, name.lower(), order) for order, name in enumerate(["Writing", "Dressing", "Play"])}
    referrals = {}
    for name, area in areas.items():
        referrals[name] = ReferralFactory(team=teams["north"])
        referrals[name].life_areas.add(area)
    client.force_login(north_user)
    ascending = references_in(client.get(QUEUE, {"ordering": "areas"}).content.decode())
    assert ascending == [referrals[name].reference for name in ("Dressing", "Play", "Writing")]
    html = client.get(QUEUE, {"ordering": "-areas"}).content.decode()
    assert references_in(html) == [referrals[name].reference for name in ("Writing", "Play", "Dressing")]
    assert re.search(r'aria-sort="descending">\s*<a [^>]*>Areas of need', html)


def test_mark_read_in_bulk_records_who_and_when_and_the_queue_shows_it(client, teams, north_user):
    first, second, untouched = (ReferralFactory(team=teams["north"]) for _ in range(3))
    client.force_login(north_user)
    html = client.get(QUEUE).content.decode()
    assert "New to you" in row_of(html, first)

    before = timezone.now()
    response = client.post(BULK, {"referrals": [first.pk, second.pk], "action": "read", "query": "status=received"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"{QUEUE}?status=received"
    events = ReferralEvent.objects.filter(kind=EventKind.MARKED_READ)
    assert {(event.referral_id, event.actor_id) for event in events} == {
        (first.pk, north_user.pk),
        (second.pk, north_user.pk),
    }
    assert all(event.at >= before for event in events)

    html = client.get(QUEUE).content.decode()
    assert "Marked 2 referrals as read" in text_of(html)
    assert "New to you" not in row_of(html, first) and "New to you" not in row_of(html, second)
    assert "New to you" in row_of(html, untouched)


def test_assign_in_bulk_to_a_therapist_in_the_team(client, teams, north_user, therapist):
    first, second = ReferralFactory(team=teams["north"]), ReferralFactory(team=teams["north"])
    client.force_login(north_user)
    html = client.get(QUEUE).content.decode()
    assert re.search(rf'<option value="{therapist.pk}">Tess Therapist</option>', html)

    response = client.post(BULK, {"referrals": [first.pk, second.pk], "action": "assign", "therapist": therapist.pk})
    assert response.status_code == 302
    for referral in (first, second):
        referral.refresh_from_db()
        assert referral.assigned_to == therapist
        event = referral.events.get(kind=EventKind.ASSIGNED)
        assert event.actor == north_user and "Tess Therapist" in event.note
        assert timezone.now() - event.at < datetime.timedelta(minutes=1)
    html = client.get(QUEUE).content.decode()
    assert "Tess Therapist" in row_of(html, first)
    detail = client.get(f"/admin/referrals/{first.pk}/").content.decode()
    assert re.search(r'data-testid="assigned-to">Tess Therapist<', detail)
    assert "Assigned to Tess Therapist" in text_of(detail)  # the event, in the history

    client.force_login(therapist)
    html = client.get(QUEUE).content.decode()
    mine = re.search(r'<a href="([^"]+)"[^>]*>Assigned to me</a>', html).group(1).replace("&amp;", "&")
    assert sorted(references_in(client.get(mine).content.decode())) == sorted([first.reference, second.reference])


def test_bulk_actions_never_touch_another_teams_referrals(client, teams, north_user, south_user, therapist):
    north_referral = ReferralFactory(team=teams["north"])
    south_therapist = triage_user("therapist-south", teams["south"])

    client.force_login(south_user)
    for data in ({"action": "read"}, {"action": "assign", "therapist": south_therapist.pk}):
        response = client.post(BULK, {"referrals": [north_referral.pk], **data})
        assert response.status_code == 302
    north_referral.refresh_from_db()
    assert north_referral.assigned_to is None
    assert not north_referral.events.exclude(kind=EventKind.SUBMITTED).exists()

    # Nor can a referral be given to someone outside its team.
    client.force_login(north_user)
    client.post(BULK, {"referrals": [north_referral.pk], "action": "assign", "therapist": south_therapist.pk})
    north_referral.refresh_from_db()
    assert north_referral.assigned_to is None
    assert not north_referral.events.filter(kind=EventKind.ASSIGNED).exists()


def test_assigning_needs_the_triage_permission_but_reading_does_not(client, teams, therapist):
    referral = ReferralFactory(team=teams["north"])
    viewer = triage_user("viewer-north", teams["north"], export=False)
    viewer.groups.clear()
    from django.contrib.auth.models import Permission

    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_referral")
    )
    client.force_login(viewer)
    html = client.get(QUEUE).content.decode()
    assert "Assign selected" not in html
    client.post(BULK, {"referrals": [referral.pk], "action": "assign", "therapist": therapist.pk})
    referral.refresh_from_db()
    assert referral.assigned_to is None
    client.post(BULK, {"referrals": [referral.pk], "action": "read"})
    assert referral.events.filter(kind=EventKind.MARKED_READ, actor=viewer).exists()


def test_the_team_column_shows_only_for_staff_in_more_than_one_team(client, teams, north_user):
    ReferralFactory(team=teams["north"])
    ReferralFactory(team=teams["east"])
    client.force_login(north_user)
    assert '<th scope="col">Team</th>' not in client.get(QUEUE).content.decode()
    client.force_login(triage_user("triage-two-teams", teams["north"], teams["east"]))
    html = client.get(QUEUE).content.decode()
    assert '<th scope="col">Team</th>' in html and "East Team" in html
