import datetime
import zoneinfo

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.finder import POSTCODE_INVALID, POSTCODE_REQUIRED, find_team
from home.models import AccessRoutesPage, Pathway
from home.tests.factories import add_page, make_home_page
from home.tests.team_factories import NINE_TO_FIVE, TeamFactory, add_wait

pytestmark = pytest.mark.django_db
LONDON = zoneinfo.ZoneInfo("Europe/London")
MONDAY_10AM = datetime.datetime(2026, 11, 23, 10, 0, tzinfo=LONDON)
MONDAY_7PM = datetime.datetime(2026, 11, 23, 19, 0, tzinfo=LONDON)


@pytest.fixture
def finder_page():
    home = make_home_page()
    return add_page(home, AccessRoutesPage, "How to get help", slug="how-to-get-help", summary="Routes.")


@pytest.fixture
def north_team():
    team = TeamFactory(name="North Team", districts=["SG1", "SG2"], weekday_hours=NINE_TO_FIVE, phone="01632 960 111")
    add_wait(team, 6, timezone.localdate() - datetime.timedelta(days=3), share_within_18_weeks=90)
    add_wait(team, 1, timezone.localdate(), pathway=Pathway.URGENT)
    return team


@pytest.mark.parametrize("typed", ["SG1 2AB", "sg12ab", "  Sg1-2aB ", "s.g.1 2 a b"])
def test_a_postcode_in_any_format_finds_the_team_and_its_waits(client, finder_page, north_team, typed):
    response = client.get(finder_page.url, {"postcode": typed})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your local team for SG1 2AB</span> North Team</h1>" in html
    assert "01632 960 111" in html and "Parents and carers" in html
    assert "About 6 weeks" in html and "90% of children wait less than 18 weeks" in html
    assert "updated 3 days ago" in html
    assert "<title>Your local team for SG1 2AB" in html


def test_a_pathway_without_a_figure_says_call_us_never_zero_weeks(client, finder_page, north_team):
    html = client.get(finder_page.url, {"postcode": "SG2 9ZZ"}).content.decode()
    assert "We do not have a current figure — call us on" in html
    assert "0 weeks" not in html


def test_the_result_says_whether_the_team_is_open_now(north_team):
    query = QueryDict("postcode=sg1+2ab")
    assert find_team(query, now=MONDAY_10AM).is_open
    assert not find_team(query, now=MONDAY_7PM).is_open


def test_a_real_postcode_outside_every_team_gets_the_not_in_our_area_page(client, finder_page, north_team):
    response = client.get(finder_page.url, {"postcode": "sw1a1aa"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>SW1A 1AA is not in our area</h1>" in html
    assert "How to find the right service" in html
    assert "North Team" not in html


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", POSTCODE_REQUIRED),
        ("   ", POSTCODE_REQUIRED),
        ("banana", POSTCODE_INVALID),
        ("SG1 " * 125, POSTCODE_INVALID),
    ],
)
def test_bad_input_gets_the_error_summary(client, finder_page, north_team, typed, message):
    response = client.get(finder_page.url, {"postcode": typed})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: How to get help" in html
    assert "There is a problem" in html
    assert f'<a href="#id_postcode">{message}</a>' in html
    assert 'aria-describedby="id_postcode-hint id_postcode-error"' in html


def test_the_page_without_a_postcode_shows_the_form_without_errors(client, finder_page):
    html = client.get(finder_page.url).content.decode()
    assert "Find your local team" in html and 'name="postcode"' in html
    assert "There is a problem" not in html and "<title>Error" not in html


def test_finding_a_team_takes_a_fixed_number_of_queries(north_team):
    for day in range(5, 7):
        add_wait(north_team, 9, timezone.localdate() - datetime.timedelta(days=day), pathway=Pathway.TARGETED_GROUP)
    with CaptureQueriesContext(connection) as queries:
        result = find_team(QueryDict("postcode=SG1+2AB"), now=MONDAY_10AM, today=timezone.localdate())
        shown = (result.team.opening_hours_lines(), result.team.district_codes)
    assert result.status == "found" and [item.wait.weeks for item in result.waits] == [1, 6, 9]
    assert shown == (["Monday to Friday: 9am to 5pm"], ["SG1", "SG2"])
    assert len(queries) == 4  # team, its opening times, its districts, its waits


def test_the_demo_loader_replaces_an_old_information_page_at_how_to_get_help_and_runs_twice_unchanged():
    from home.demo.teams import ensure_access_routes_page
    from home.tests.factories import make_information_page
    from portal.demo import ChangeLog

    home = make_home_page()
    make_information_page(home, title="How to get help", slug="how-to-get-help")
    ensure_access_routes_page(ChangeLog(), home)
    page = home.get_children().get(slug="how-to-get-help")
    assert page.specific_class is AccessRoutesPage and page.live
    assert page.specific.phone_opening_hours_lines() == ["Monday to Friday: 9am to 5pm"]
    second = ChangeLog()
    ensure_access_routes_page(second, home)
    assert not second.changed


def test_the_finder_looks_the_postcode_up_once_per_request(client, finder_page, north_team, monkeypatch):
    """The template choice and the page's context both need the result: it is found once and passed on."""
    from home import finder
    from portal.tests.support import count_calls

    lookups = count_calls(monkeypatch, finder.team_for_postcode)
    assert "North Team" in client.get(finder_page.url, {"postcode": "SG1 2AB"}).content.decode()
    assert len(lookups) == 1
