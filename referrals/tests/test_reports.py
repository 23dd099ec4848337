"""Issue 19, item 4: the service managers' reports from referrals and self-assessments.

Only service managers (and superusers) open them; they show counts, never a child; 1 to 4 children
show as "Fewer than 5"; a bad date is an error summary, not a server error; the CSV holds the same
aggregates; and each report costs the same number of queries with 5 referrals as with 55.
"""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import AgeBand, ReferrerKind
from referrals.models import EventKind, Outcome, ReferralEvent, ReferralStatus
from referrals.tests.factories import VALID_NHS_NUMBER, ReferralFactory, triage_user

pytestmark = pytest.mark.django_db

NUMBERS = "/admin/reports/referral-numbers/"
SEEN = "/admin/reports/seen-within-18-weeks/"
ASSESSMENTS = "/admin/reports/self-assessments/"
PACKS = "/admin/reports/packs-and-training/"
REPORTS = [NUMBERS, SEEN, ASSESSMENTS, PACKS]


def manager(username="manager"):
    user = get_user_model().objects.create_user(username=username, password="x" * 12, is_staff=True)
    group, _ = Group.objects.get_or_create(name="Service managers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="home", codename="view_service_reports"),
    )
    user.groups.add(group)
    return user


def editor():
    user = get_user_model().objects.create_user(username="editor", password="x" * 12, is_staff=True)
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def referral(team, days=10, **values):
    return ReferralFactory(team=team, received_at=days_ago(days), **values)


def table(html, slug):
    """{row label: [cells]} of the report's table `slug`, from the page's HTML."""
    start = html.index(f'id="{slug}-table"')
    body = html[start : html.index("</table>", start)]
    rows = {}
    for chunk in body.split("<tr>")[2:]:
        label = chunk.split('<th scope="row">')[1].split("</th>")[0]
        rows[label] = [cell.split("</td>")[0] for cell in chunk.split("<td>")[1:]]
    return rows


@pytest.fixture
def managed(client):
    client.force_login(manager())
    return client


# Who may open them


@pytest.mark.parametrize("url", REPORTS)
def test_staff_without_the_service_managers_permission_are_refused(client, teams, url):
    for user in (editor(), triage_user("triage-north", teams["north"])):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 403 or response["Location"] == "/admin/", (user, url)
        assert client.get(f"{url}?export=csv").status_code in (302, 403)


@pytest.mark.parametrize("url", REPORTS)
def test_service_managers_and_superusers_open_every_report(client, teams, url):
    client.force_login(manager())
    assert client.get(url).status_code == 200
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "x" * 12))
    assert client.get(url).status_code == 200


def test_the_reports_menu_shows_the_reports_to_service_managers_only(client, teams):
    from django.test import RequestFactory
    from django.urls import reverse
    from wagtail.admin.menu import reports_menu

    reverse("wagtailadmin_home")
    labels = {}
    for user in (manager(), editor()):
        request = RequestFactory().get("/admin/")
        request.user = user
        labels[user.username] = {str(item.label) for item in reports_menu.menu_items_for_request(request)}
    expected = {"Referral numbers", "Seen within 18 weeks", "Self-assessments and referrals", "Packs and training"}
    assert expected <= labels["manager"]
    assert not expected & labels["editor"]


# What they show


def test_referrals_by_month_team_route_tier_and_outcome(managed, teams, area):
    north, south = teams["north"], teams["south"]
    for _ in range(6):
        referral(north, referrer_kind=ReferrerKind.PARENT)
    for _ in range(5):
        referral(north, referrer_kind=ReferrerKind.SCHOOL, assessment_summary=[{"area": "Getting dressed"}])
    for _ in range(2):
        referral(south, referrer_kind=ReferrerKind.PROFESSIONAL, status=ReferralStatus.DECLINED)
    for _ in range(5):
        closed = referral(
            south,
            days=200,
            status=ReferralStatus.CLOSED,
            outcome=Outcome.GOALS_MET,
            closed_at=days_ago(5),
            first_appointment_date=timezone.localdate() - datetime.timedelta(days=100),
        )
        ReferralEvent.objects.create(
            referral=closed, kind=EventKind.ACCEPTED, to_status=ReferralStatus.ACCEPTED_TARGETED, at=days_ago(190)
        )
    referral(north, days=400)  # before the last 12 months: not counted

    html = managed.get(NUMBERS).content.decode()

    assert table(html, "referrals-by-team") == {
        "East Team": ["0"],
        "North Team": ["11"],
        "South Team": ["7"],
    }
    assert table(html, "referrals-by-route") == {
        "After a self-assessment": ["5"],
        "Parents and carers": ["11"],
        "Schools and nurseries": ["0"],
        "GPs and health professionals": ["Fewer than 5"],
    }
    assert table(html, "referrals-by-tier") == {
        "Not yet triaged": ["11"],
        "Targeted (groups and workshops)": ["5"],
        "Specialist (assessment and therapy)": ["0"],
        "Declined with advice": ["Fewer than 5"],
    }
    assert table(html, "discharges-and-closures-by-outcome")["Goals met"] == ["5"]
    months = table(html, "referrals-received-each-month")
    assert len(months) == 12
    assert list(months)[-1] == timezone.localdate().strftime("%b %Y")
    assert sum(int(cells[0]) for cells in months.values() if cells[0].isdigit()) >= 13


def test_small_numbers_are_hidden_in_the_chart_too(managed, teams):
    for _ in range(3):
        referral(teams["east"])
    html = managed.get(NUMBERS).content.decode()
    assert table(html, "referrals-by-team")["East Team"] == ["Fewer than 5"]
    chart = html[
        html.index('id="chart-referrals-by-team"') : html.index("</svg>", html.index('id="chart-referrals-by-team"'))
    ]
    assert 'data-label="East Team"' not in chart
    assert "fewer than 5" in chart
    assert 'data-value="3"' not in html


def test_no_report_shows_a_childs_identity(managed, teams, area):
    child = referral(
        teams["north"],
        child_first_name="Zebedee",
        child_last_name="Quixotic",
        nhs_number=VALID_NHS_NUMBER.replace(" ", ""),
        postcode="SG1 9ZZ",
        referrer_name="Ottoline Referrer",
        school="Uniquely Named Primary",
    )
    child.life_areas.add(area)
    for url in (NUMBERS, SEEN, ASSESSMENTS):
        for response in (managed.get(url), managed.get(f"{url}?export=csv")):
            text = response.content.decode()
            for secret in ("Zebedee", "Quixotic", "9434765919", "943 476 5919", "SG1 9ZZ", "Ottoline", "Uniquely"):
                assert secret not in text, (url, secret)
            assert child.reference not in text


def test_share_first_seen_within_18_weeks(managed, teams):
    today = timezone.localdate()
    for weeks in (4, 10, 12, 17, 25):
        referral(
            teams["north"],
            days=weeks * 7 + 3,
            status=ReferralStatus.APPOINTMENT_BOOKED,
            first_appointment_date=today - datetime.timedelta(days=3),
        )
    for _ in range(2):
        referral(
            teams["south"],
            days=40,
            status=ReferralStatus.APPOINTMENT_BOOKED,
            first_appointment_date=today - datetime.timedelta(days=3),
        )

    html = managed.get(SEEN).content.decode()

    by_team = table(html, "within-18-weeks-by-team")
    assert by_team["North Team"] == ["5", "80%"]
    assert by_team["South Team"] == ["Fewer than 5", "Too few to show"]
    assert by_team["East Team"] == ["0", "No one"]
    chart = html[html.index('id="chart-within-18-weeks-by-team"') :]
    chart = chart[: chart.index("</svg>")]
    assert ">too few to show</text>" in chart and ">no one</text>" in chart
    seen_in = today - datetime.timedelta(days=3)
    assert table(html, "within-18-weeks-by-month")[seen_in.strftime("%b %Y")] == ["7", "85%"]


# Dates


@pytest.mark.parametrize(
    "query",
    [
        "start=2026-13-40",
        "start=yesterday&end=today",
        "start=2026-05-01&end=2026-04-01",
        "start=1900-01-01&end=2026-01-01",
        "start=0001-01-01",
        "end=99999-01-01",
        "start=9999-12-01&end=9999-12-31",
        "start=2026-05-01&end=2026-04-01&export=csv",
    ],
)
@pytest.mark.parametrize("url", REPORTS)
def test_a_bad_date_is_an_error_summary_not_a_server_error(managed, url, query):
    response = managed.get(f"{url}?{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "There is a problem" in html
    assert "<title>Error: " in html
    assert 'href="#id_' in html
    assert 'aria-describedby="id_' in html


def test_a_date_range_counts_only_its_referrals(managed, teams):
    for _ in range(5):
        referral(teams["north"], days=400)
    start = timezone.localdate() - datetime.timedelta(days=420)
    end = timezone.localdate() - datetime.timedelta(days=380)
    html = managed.get(f"{NUMBERS}?start={start:%Y-%m-%d}&end={end:%Y-%m-%d}").content.decode()
    assert table(html, "referrals-by-team")["North Team"] == ["5"]
    assert f'value="{start:%Y-%m-%d}"' in html
    assert table(managed.get(NUMBERS).content.decode(), "referrals-by-team")["North Team"] == ["0"]


# The CSV


def test_csv_holds_the_aggregates_and_hides_small_numbers(managed, teams):
    teams["east"].name = '=HYPERLINK("http://example.org")'
    teams["east"].save()
    for _ in range(6):
        referral(teams["north"])
    referral(teams["east"])

    response = managed.get(f"{NUMBERS}?export=csv")

    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Report", "From", "To", "Breakdown", "Group", "Measure", "Value"]
    by_team = {row[4]: row[6] for row in rows[1:] if row[3] == "Referrals by team"}
    assert by_team["North Team"] == "6"
    assert by_team['\'=HYPERLINK("http://example.org")'] == "Fewer than 5"


# Query counts


def queries_for(client, url):
    assert client.get(url).status_code == 200  # the first request also loads the site and the admin's menus
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_referrals(teams, count, start=0):
    today = timezone.localdate()
    kinds = list(ReferrerKind)
    for index in range(start, start + count):
        team = list(teams.values())[index % 3]
        closed = index % 4 == 0
        item = referral(
            team,
            days=5 + index * 6,
            referrer_kind=kinds[index % 3],
            status=ReferralStatus.CLOSED if closed else ReferralStatus.RECEIVED,
            outcome=Outcome.GOALS_MET if closed else "",
            closed_at=days_ago(2) if closed else None,
            first_appointment_date=today - datetime.timedelta(days=3) if closed else None,
            assessment_summary=[{"area": "x"}] if index % 5 == 0 else [],
        )
        if closed:
            ReferralEvent.objects.create(
                referral=item, kind=EventKind.ACCEPTED, to_status=ReferralStatus.ACCEPTED_SPECIALIST
            )


@pytest.mark.parametrize("url", [NUMBERS, SEEN, ASSESSMENTS])
def test_report_queries_do_not_grow_with_referrals(managed, teams, url):
    add_referrals(teams, 5)
    with_five = queries_for(managed, url)
    add_referrals(teams, 50, start=5)
    assert queries_for(managed, url) == with_five
    assert queries_for(managed, f"{url}?export=csv") <= with_five


# Self-assessments


@pytest.fixture
def questionnaire(db):
    from selfassess.tests.factories import load_questionnaire_only

    return load_questionnaire_only()


def assessment(questionnaire, outcome, areas, days=5, previous=None):
    from selfassess.models import Assessment

    item = Assessment.objects.create(
        questionnaire=questionnaire,
        revision_id=questionnaire.live_revision_id or questionnaire.latest_revision_id,
        age_band=AgeBand.objects.order_by("pk").first(),
        areas=areas,
        answers={},
        overall_outcome=outcome,
        previous=previous,
    )
    item.created_at = days_ago(days)
    item.save(update_fields=["created_at"])
    return item


def test_self_assessments_by_outcome_area_referral_and_repeat(managed, teams, questionnaire):
    earlier = [assessment(questionnaire, "specialist", ["getting-dressed"], days=100) for _ in range(5)]
    for index, before in enumerate(earlier):
        again = assessment(
            questionnaire,
            "targeted" if index < 4 else "specialist",
            ["getting-dressed", "eating-and-drinking"],
            previous=before,
        )
        if index < 2:
            referral(teams["north"], assessment=again, assessment_summary=[{"area": "Getting dressed"}])
    for _ in range(6):
        assessment(questionnaire, "universal", ["play-and-leisure"])
    assessment(questionnaire, "specialist", ["play-and-leisure"], days=500)  # before the range

    html = managed.get(ASSESSMENTS).content.decode()

    outcomes = table(html, "self-assessments-by-outcome")
    chart = html[html.index('id="chart-self-assessments-by-outcome"') :]
    assert 'data-label="All self-assessments"' not in chart[: chart.index("</svg>")]  # a total is not a bar
    assert outcomes["Advice you can start today"] == ["6", "0"]
    assert outcomes["Advice and a group or workshop"] == ["Fewer than 5", "Fewer than 5"]
    assert outcomes["Ask for a referral"] == ["6", "0"]
    assert outcomes["All self-assessments"] == ["16", "Fewer than 5"]
    areas = table(html, "areas-of-daily-life-chosen")
    assert areas["Play and leisure"] == ["6"]
    repeats = table(html, "repeat-self-assessments")
    assert repeats["Needs less help than last time"] == ["Fewer than 5"]
    assert repeats["The same"] == ["Fewer than 5"]
    assert table(managed.get(NUMBERS).content.decode(), "referrals-by-route")["After a self-assessment"] == [
        "Fewer than 5"
    ]
