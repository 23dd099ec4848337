import datetime
import zoneinfo

import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from home.models import Pathway, ReferrerKind, TeamOpeningTime, TeamPostcodeDistrict, WaitingTime
from home.tests.team_factories import NINE_TO_FIVE, TeamFactory, add_wait

pytestmark = pytest.mark.django_db
LONDON = zoneinfo.ZoneInfo("Europe/London")


def test_a_district_cannot_belong_to_two_teams_in_the_database():
    TeamFactory(districts=["SG1"])
    other = TeamFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        TeamPostcodeDistrict.objects.create(team=other, district="SG1")


def test_open_now_follows_the_team_hours_in_uk_local_time():
    team = TeamFactory(weekday_hours=NINE_TO_FIVE)
    # Monday 24 November 2026 (GMT) and Monday 6 July 2026 (BST, an hour ahead of UTC).
    assert team.is_open_at(datetime.datetime(2026, 11, 23, 9, 0, tzinfo=LONDON))
    assert not team.is_open_at(datetime.datetime(2026, 11, 23, 17, 0, tzinfo=LONDON))
    assert not team.is_open_at(datetime.datetime(2026, 11, 22, 12, 0, tzinfo=LONDON)), "Sunday"
    assert team.is_open_at(datetime.datetime(2026, 7, 6, 8, 30, tzinfo=datetime.UTC)), "9:30am in summer time"
    assert not team.is_open_at(datetime.datetime(2026, 7, 6, 16, 30, tzinfo=datetime.UTC)), "5:30pm in summer time"


def test_opening_hours_read_as_runs_of_days():
    team = TeamFactory(weekday_hours=NINE_TO_FIVE)
    TeamOpeningTime.objects.filter(team=team, weekday=4).update(closes=datetime.time(16, 30))
    TeamOpeningTime.objects.create(team=team, weekday=5, opens=datetime.time(10), closes=datetime.time(12))
    assert team.opening_hours_lines() == [
        "Monday to Thursday: 9am to 5pm",
        "Friday: 9am to 4:30pm",
        "Saturday: 10am to 12pm",
    ]


def test_who_can_refer_differs_by_team():
    team = TeamFactory(accepts_school_referrals=False)
    assert team.referrer_kinds == [ReferrerKind.PARENT, ReferrerKind.PROFESSIONAL]
    assert not team.accepts_referrals_from("school")
    assert team.accepts_referrals_from(ReferrerKind.PARENT)


def test_a_saved_waiting_time_cannot_be_changed():
    wait = add_wait(TeamFactory(), 12, datetime.date(2026, 11, 1))
    wait.weeks = 3
    with pytest.raises(ValueError, match="history"):
        wait.save()
    wait.refresh_from_db()
    assert wait.weeks == 12


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "a-long-password-1")
    client.force_login(user)
    return client


def team_form_data(name, slug, districts):
    data = {
        "name": name,
        "slug": slug,
        "address": "1 Road",
        "phone": "01632 960 111",
        "offers_occupational_therapy": "on",
        "accepts_parent_referrals": "on",
        "postcode_districts-TOTAL_FORMS": str(len(districts)),
        "postcode_districts-INITIAL_FORMS": "0",
        "postcode_districts-MIN_NUM_FORMS": "0",
        "postcode_districts-MAX_NUM_FORMS": "1000",
        "opening_times-TOTAL_FORMS": "0",
        "opening_times-INITIAL_FORMS": "0",
        "opening_times-MIN_NUM_FORMS": "0",
        "opening_times-MAX_NUM_FORMS": "1000",
    }
    for index, district in enumerate(districts):
        data[f"postcode_districts-{index}-district"] = district
        data[f"postcode_districts-{index}-ORDER"] = str(index + 1)
        data[f"postcode_districts-{index}-DELETE"] = ""
        data[f"postcode_districts-{index}-id"] = ""
    return data


def test_the_admin_refuses_a_district_another_team_covers_and_names_that_team(admin_client):
    TeamFactory(name="North Team", districts=["SG1"])
    response = admin_client.post(reverse("teams:add"), team_form_data("South Team", "south", ["sg1", "SG2"]))
    assert response.status_code == 200
    assert "SG1 is already covered by North Team" in response.content.decode()
    assert not TeamPostcodeDistrict.objects.filter(district="SG2").exists()

    response = admin_client.post(reverse("teams:add"), team_form_data("South Team", "south", [" sg2", "SG3"]))
    assert response.status_code == 302
    assert set(TeamPostcodeDistrict.objects.filter(team__slug="south").values_list("district", flat=True)) == {
        "SG2",
        "SG3",
    }


def test_the_admin_refuses_a_district_that_is_not_one(admin_client):
    response = admin_client.post(reverse("teams:add"), team_form_data("South Team", "south", ["SG1 2AB"]))
    assert "Enter a postcode district, like SG1" in response.content.decode()


def test_staff_update_a_wait_as_a_new_row_and_the_old_one_stays(admin_client, demo_site):
    team = TeamFactory(districts=["ZE1"])
    old = add_wait(team, 20, datetime.date(2026, 1, 1))
    form = admin_client.get(reverse("waiting_times:add"), {"team": team.pk, "pathway": "routine"})
    assert 'value="20"' in form.content.decode(), "pre-filled from the current figure"

    today = timezone.localdate()
    response = admin_client.post(
        reverse("waiting_times:add"),
        {"team": team.pk, "pathway": "routine", "weeks": "9", "share_within_18_weeks": "80", "as_of": today},
    )
    assert response.status_code == 302
    rows = WaitingTime.objects.filter(team=team, pathway=Pathway.ROUTINE_ASSESSMENT).order_by("as_of")
    assert [(row.weeks, row.as_of) for row in rows] == [(20, old.as_of), (9, today)]
    assert rows.last().entered_by.username == "boss"

    # The public finder shows the new figure at once.
    finder = admin_client.get("/how-to-get-help/", {"postcode": "ze1 0aa"}).content.decode()
    assert "About 9 weeks" in finder and "updated today" in finder


def test_a_future_date_is_refused(admin_client):
    team = TeamFactory()
    future = timezone.localdate() + datetime.timedelta(days=3)
    response = admin_client.post(
        reverse("waiting_times:add"), {"team": team.pk, "pathway": "urgent", "weeks": "1", "as_of": future}
    )
    assert "must be today or in the past" in response.content.decode()
    assert not WaitingTime.objects.exists()


def test_no_one_can_edit_or_delete_a_published_wait_in_the_admin(admin_client):
    wait = add_wait(TeamFactory(), 12, datetime.date(2026, 11, 1))
    for name in ("waiting_times:edit", "waiting_times:delete"):
        response = admin_client.post(reverse(name, args=[wait.pk]), {"weeks": "1"})
        assert response.status_code in (302, 403), name
    wait.refresh_from_db()
    assert wait.weeks == 12
    listing = admin_client.get(reverse("waiting_times:index")).content.decode()
    assert reverse("waiting_times:edit", args=[wait.pk]) not in listing


def test_the_team_list_shows_districts_and_a_link_to_update_waits(admin_client):
    team = TeamFactory(name="North Team", districts=["SG1", "SG2"])
    html = admin_client.get(reverse("teams:index")).content.decode()
    assert "SG1, SG2" in html
    assert f"{reverse('waiting_times:add')}?team={team.pk}" in html
