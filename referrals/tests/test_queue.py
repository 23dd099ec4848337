"""Issue 19, the queue: open referrals first and by default, urgent then oldest, sortable columns, the
dashboard counts for triage staff; every screen scoped to the user's own teams."""

import datetime
import re

import pytest
from django.utils import timezone

from referrals.models import ReferralStatus
from referrals.tests.factories import ReferralFactory, triage_user

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def north_user(teams):
    return triage_user("triage-north", teams["north"])


@pytest.fixture
def south_user(teams):
    return triage_user("triage-south", teams["south"])


def references_in(html):
    """The references in the queue's table, in the order shown."""
    return re.findall(r'href="/admin/referrals/\d+/">(RF-[A-Z0-9-]+)</a>', html)


def test_queue_shows_open_referrals_by_default_and_closed_behind_a_filter(client, teams, north_user):
    waiting = ReferralFactory(team=teams["north"])
    booked = ReferralFactory(team=teams["north"], status=ReferralStatus.APPOINTMENT_BOOKED)
    closed = ReferralFactory(team=teams["north"], status=ReferralStatus.CLOSED)
    declined = ReferralFactory(team=teams["north"], status=ReferralStatus.DECLINED)
    client.force_login(north_user)

    shown = references_in(client.get("/admin/referrals/").content.decode())
    assert set(shown) == {waiting.reference, booked.reference}

    shown = references_in(client.get("/admin/referrals/?status=closed").content.decode())
    assert set(shown) == {closed.reference, declined.reference}

    shown = references_in(client.get("/admin/referrals/?status=all").content.decode())
    assert set(shown) == {waiting.reference, booked.reference, closed.reference, declined.reference}


def test_queue_puts_urgent_first_then_oldest(client, teams, north_user):
    new_routine = ReferralFactory(team=teams["north"], received_at=days_ago(2))
    old_routine = ReferralFactory(team=teams["north"], received_at=days_ago(40))
    new_urgent = ReferralFactory(team=teams["north"], received_at=days_ago(1), priority="urgent")
    old_urgent = ReferralFactory(team=teams["north"], received_at=days_ago(5), priority="urgent")
    client.force_login(north_user)
    shown = references_in(client.get("/admin/referrals/").content.decode())
    assert shown == [old_urgent.reference, new_urgent.reference, old_routine.reference, new_routine.reference]


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("received", ["a", "b", "c"]),
        ("-received", ["c", "b", "a"]),
        ("waiting", ["c", "b", "a"]),
        ("-waiting", ["a", "b", "c"]),
        ("age", ["b", "c", "a"]),
        ("-age", ["a", "c", "b"]),
        ("route", ["a", "c", "b"]),
        ("priority", ["c", "a", "b"]),
        ("status", ["a", "b", "c"]),
    ],
)
def test_queue_sorts_by_each_column(client, teams, north_user, ordering, expected):
    referrals = {
        "a": ReferralFactory(
            team=teams["north"],
            received_at=days_ago(30),
            child_date_of_birth=datetime.date(2012, 1, 1),
            referrer_kind="parent",
            status=ReferralStatus.RECEIVED,
        ),
        "b": ReferralFactory(
            team=teams["north"],
            received_at=days_ago(20),
            child_date_of_birth=datetime.date(2020, 1, 1),
            referrer_kind="school",
            status=ReferralStatus.ACCEPTED_TARGETED,
        ),
        "c": ReferralFactory(
            team=teams["north"],
            received_at=days_ago(10),
            child_date_of_birth=datetime.date(2016, 1, 1),
            referrer_kind="professional",
            status=ReferralStatus.ACCEPTED_SPECIALIST,
            priority="urgent",
        ),
    }
    client.force_login(north_user)
    html = client.get(f"/admin/referrals/?ordering={ordering}").content.decode()
    assert references_in(html) == [referrals[key].reference for key in expected]
    if ordering.lstrip("-") == ordering:
        assert 'aria-sort="ascending"' in html


def test_unknown_ordering_falls_back_to_urgent_then_oldest(client, teams, north_user):
    older = ReferralFactory(team=teams["north"], received_at=days_ago(9))
    newer = ReferralFactory(team=teams["north"], received_at=days_ago(3))
    client.force_login(north_user)
    response = client.get("/admin/referrals/?ordering=child_last_name")
    assert response.status_code == 200
    assert references_in(response.content.decode()) == [older.reference, newer.reference]


def test_queue_shows_days_waiting_age_and_route_but_no_names(client, teams, north_user, area):
    referral = ReferralFactory(
        team=teams["north"],
        received_at=days_ago(15),
        child_date_of_birth=timezone.localdate().replace(year=timezone.localdate().year - 7) - datetime.timedelta(1),
        referrer_kind="school",
        child_first_name="Hiddenname",
    )
    referral.life_areas.add(area)
    client.force_login(north_user)
    html = client.get("/admin/referrals/").content.decode()
    row = html[html.index(referral.reference) :]
    row = row[: row.index("</tr>")]
    assert ">15<" in row  # days waiting
    assert ">7<" in row  # the child's age in years
    assert "School" in row
    assert "Getting dressed" in row
    assert "Hiddenname" not in html


def test_queue_paginates_and_keeps_sorting_in_the_links(client, teams, north_user):
    for number in range(51):
        ReferralFactory(team=teams["north"], received_at=days_ago(number + 1))
    client.force_login(north_user)
    html = client.get("/admin/referrals/?ordering=-received").content.decode()
    assert "ordering=-received&amp;p=2" in html


def test_referral_screen_shows_its_reference_as_the_visible_heading(client, teams, north_user):
    referral = ReferralFactory(team=teams["north"])
    client.force_login(north_user)
    html = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    heading = re.search(r"<h1([^>]*)>(.*?)</h1>", html, re.S)
    assert "w-sr-only" not in heading.group(1)
    assert referral.reference in heading.group(2)


def test_dashboard_panel_counts_own_teams_and_links_to_the_filtered_queue(client, teams, north_user, south_user):
    north = teams["north"]
    ReferralFactory(team=north)  # new
    ReferralFactory(team=north, priority="urgent")  # new, urgent, not yet contacted
    ReferralFactory(team=north, received_at=days_ago(7 * 13))  # new and waiting over 12 weeks
    ReferralFactory(team=north, received_at=days_ago(7 * 20), status=ReferralStatus.ACCEPTED_SPECIALIST)  # over 12
    ReferralFactory(team=north, received_at=days_ago(7 * 20), status=ReferralStatus.APPOINTMENT_BOOKED)  # seen
    ReferralFactory(team=north, priority="urgent", status=ReferralStatus.ACCEPTED_SPECIALIST)  # urgent, contacted
    ReferralFactory(team=north, status=ReferralStatus.CLOSED, received_at=days_ago(7 * 30))
    for _ in range(4):
        ReferralFactory(team=teams["south"], priority="urgent", received_at=days_ago(7 * 15))

    client.force_login(north_user)
    html = client.get("/admin/").content.decode()
    panel = html[html.index('data-testid="triage-summary"') :]
    panel = panel[: panel.index("</section>")]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", panel))
    assert "3 new" in text
    assert "2 waiting over 12 weeks" in text
    assert "1 urgent not yet contacted" in text
    links = re.findall(r'href="([^"]+)"', panel)
    for link in links:
        assert client.get(link.replace("&amp;", "&")).status_code == 200
    new_link, over_link, urgent_link = links[:3]
    assert len(references_in(client.get(new_link.replace("&amp;", "&")).content.decode())) == 3
    assert len(references_in(client.get(over_link.replace("&amp;", "&")).content.decode())) == 2
    assert len(references_in(client.get(urgent_link.replace("&amp;", "&")).content.decode())) == 1

    client.force_login(south_user)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", client.get("/admin/").content.decode()))
    assert "4 new" in text
    assert "4 waiting over 12 weeks" in text
    assert "4 urgent not yet contacted" in text


def test_dashboard_panel_is_not_shown_to_staff_without_referrals(client, django_user_model, teams):
    from django.contrib.auth.models import Permission

    ReferralFactory(team=teams["north"])
    editor = django_user_model.objects.create_user("editor", password="x" * 12, is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert 'data-testid="triage-summary"' not in html
