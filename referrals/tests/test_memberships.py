"""Team members in the admin: superusers manage every team; managers only the teams they belong to."""

import pytest
from django.contrib.auth.models import Group, Permission

from referrals.models import TeamMembership
from referrals.tests.factories import triage_user

pytestmark = pytest.mark.django_db

INDEX = "/admin/team_memberships/"


@pytest.fixture
def manager(teams):
    """A North triage lead who may add and remove team members."""
    user = triage_user("north-lead", teams["north"])
    group, _ = Group.objects.get_or_create(name="Team managers")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="referrals", codename__endswith="_teammembership")
    )
    user.groups.add(group)
    return user


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user("new-therapist", password="x" * 12, is_staff=True)


def test_superuser_adds_anyone_to_any_team(client, django_user_model, teams, staff):
    admin = django_user_model.objects.create_superuser("boss", password="x" * 12)
    client.force_login(admin)
    assert "Team members" in client.get("/admin/").content.decode()
    response = client.post(f"{INDEX}new/", {"user": staff.pk, "team": teams["south"].pk})
    assert response.status_code == 302
    assert TeamMembership.objects.filter(user=staff, team=teams["south"]).exists()
    # The new member now sees South's referrals.
    assert list(staff.team_memberships.values_list("team__slug", flat=True)) == ["south"]


def test_same_person_twice_in_a_team_is_an_error_not_a_crash(client, django_user_model, teams, staff):
    client.force_login(django_user_model.objects.create_superuser("boss", password="x" * 12))
    TeamMembership.objects.create(user=staff, team=teams["north"])
    response = client.post(f"{INDEX}new/", {"user": staff.pk, "team": teams["north"].pk})
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert TeamMembership.objects.filter(user=staff).count() == 1


def test_manager_sees_and_changes_only_their_own_teams(client, teams, manager, staff):
    south_member = triage_user("triage-south", teams["south"])
    south_membership = south_member.team_memberships.get()
    client.force_login(manager)

    listing = client.get(INDEX).content.decode()
    assert "north-lead" in listing
    assert "triage-south" not in listing

    form = client.get(f"{INDEX}new/").content.decode()
    assert "North Team" in form and "South Team" not in form
    # Not even for themselves: a manager cannot open another team's referrals to themselves.
    response = client.post(f"{INDEX}new/", {"user": manager.pk, "team": teams["south"].pk})
    assert response.status_code == 200
    assert not TeamMembership.objects.filter(user=manager, team=teams["south"]).exists()

    assert client.post(f"{INDEX}new/", {"user": staff.pk, "team": teams["north"].pk}).status_code == 302
    assert TeamMembership.objects.filter(user=staff, team=teams["north"]).exists()

    for path in ("edit/{pk}/", "delete/{pk}/", "history/{pk}/", "usage/{pk}/"):
        assert client.get(INDEX + path.format(pk=south_membership.pk)).status_code == 404, path
    assert client.post(f"{INDEX}delete/{south_membership.pk}/").status_code == 404
    assert TeamMembership.objects.filter(pk=south_membership.pk).exists()

    own = TeamMembership.objects.get(user=staff)
    # Their own team's membership: its history lists what was done to it, its usage screen opens (the delete
    # screen links to it). Both used to list memberships in place of log entries and usages: a server error.
    history = client.get(f"{INDEX}history/{own.pk}/")
    assert history.status_code == 200 and "Created" in history.content.decode()
    assert client.get(f"{INDEX}usage/{own.pk}/").status_code == 200
    assert client.post(f"{INDEX}delete/{own.pk}/").status_code == 302
    assert not TeamMembership.objects.filter(pk=own.pk).exists()


def test_triage_staff_without_the_permission_cannot_manage_teams(client, teams):
    user = triage_user("triage-north", teams["north"])
    client.force_login(user)
    assert "Team members" not in client.get("/admin/").content.decode()
    assert client.get(INDEX).status_code in (302, 403)
    response = client.post(f"{INDEX}new/", {"user": user.pk, "team": teams["south"].pk})
    assert response.status_code in (302, 403)
    assert not TeamMembership.objects.filter(team=teams["south"]).exists()


def test_the_list_filters_by_team_searches_by_name_and_keeps_its_order(client, django_user_model, teams, staff):
    """The listing's team filter, its search box and its order (team, then username) all work: the scoped listing
    used to replace Wagtail's queryset whole, so a manager choosing a team or searching for a name still got
    everyone, in no fixed order from one page of results to the next."""
    client.force_login(django_user_model.objects.create_superuser("boss", password="x" * 12))
    for username, team in [("zara", "north"), ("amir", "south"), ("bea", "north")]:
        triage_user(username, teams[team])

    def people(query=""):
        rows = client.get(f"{INDEX}{query}").context["object_list"]
        return [(membership.team.slug, membership.user.username) for membership in rows]

    assert people() == [("north", "bea"), ("north", "zara"), ("south", "amir")]
    # Each person opens their membership, where they can be moved or taken off the team.
    amir = TeamMembership.objects.get(user__username="amir")
    listing = client.get(INDEX).content.decode()
    assert f'href="{INDEX}edit/{amir.pk}/"' in listing and f'href="{INDEX}delete/{amir.pk}/"' in listing
    assert people(f"?team={teams['south'].pk}") == [("south", "amir")]
    assert people("?q=zara") == [("north", "zara")]
