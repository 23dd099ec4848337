import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from home.charts import ChartPoint, line_chart_svg
from home.models import Pathway
from home.tests.team_factories import TeamFactory, add_wait
from home.waiting_times import (
    current_wait,
    current_waits,
    describe_trend,
    is_stale,
    month_ends,
    monthly_trends,
    waiting_times_overview,
)

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 24)


def days_ago(days):
    return TODAY - datetime.timedelta(days=days)


def test_the_current_wait_is_the_latest_figure_and_a_same_day_correction_wins():
    team = TeamFactory()
    add_wait(team, 30, days_ago(60))
    add_wait(team, 20, days_ago(10))
    add_wait(team, 19, days_ago(10), share_within_18_weeks=55)
    add_wait(team, 2, days_ago(10), pathway=Pathway.URGENT)
    wait = current_wait(team, Pathway.ROUTINE_ASSESSMENT, today=TODAY)
    assert (wait.weeks, wait.share_within_18_weeks, wait.age_days, wait.is_stale) == (19, 55, 10, False)
    assert current_wait(team, "urgent", today=TODAY).weeks == 2


def test_no_published_figure_is_none_not_zero():
    team = TeamFactory()
    add_wait(team, 5, days_ago(1), pathway=Pathway.URGENT)
    assert current_wait(team, Pathway.TARGETED_GROUP, today=TODAY) is None


def test_a_figure_dated_after_today_is_not_yet_current():
    team = TeamFactory()
    add_wait(team, 12, days_ago(5))
    add_wait(team, 3, TODAY + datetime.timedelta(days=7))
    assert current_wait(team, Pathway.ROUTINE_ASSESSMENT, today=TODAY).weeks == 12


def test_a_figure_is_stale_after_the_configured_number_of_days():
    assert not is_stale(days_ago(35), today=TODAY)
    assert is_stale(days_ago(36), today=TODAY)
    with override_settings(WAITING_TIME_STALE_AFTER_DAYS=7):
        assert is_stale(days_ago(8), today=TODAY)
        assert not is_stale(days_ago(7), today=TODAY)


def test_current_waits_for_many_teams_is_one_query():
    teams = [TeamFactory() for _ in range(4)]
    for team in teams:
        for pathway in Pathway:
            add_wait(team, 4, days_ago(40), pathway=pathway)
            add_wait(team, 8, days_ago(3), pathway=pathway)
    with CaptureQueriesContext(connection) as queries:
        waits = current_waits(teams, today=TODAY)
    assert len(queries) == 1
    assert len(waits) == 12 and {wait.weeks for wait in waits.values()} == {8}


def test_month_ends_are_the_last_twelve_months_oldest_first():
    ends = month_ends(TODAY)
    assert len(ends) == 12
    assert ends[0] == datetime.date(2025, 12, 31) and ends[-2] == datetime.date(2026, 10, 31) and ends[-1] == TODAY


def test_a_month_without_a_figure_is_a_gap_not_the_last_figure_carried_forward():
    # Issue 18: a month the team did not report draws nothing; an old figure is not a point for it.
    team = TeamFactory()
    add_wait(team, 30, datetime.date(2025, 6, 1))  # before the window
    add_wait(team, 20, datetime.date(2026, 3, 15))
    add_wait(team, 25, datetime.date(2026, 3, 1))  # earlier in the same month: the later figure stands
    add_wait(team, 10, datetime.date(2026, 9, 1))
    points = monthly_trends([team], today=TODAY)[team.pk]
    weeks = {point.month.strftime("%Y-%m"): point.weeks for point in points}
    assert weeks["2025-12"] is None and weeks["2026-02"] is None
    assert weeks["2026-03"] == 20 and weeks["2026-04"] is None and weeks["2026-08"] is None
    assert weeks["2026-09"] == 10 and weeks["2026-10"] is None and weeks["2026-11"] is None
    summary = describe_trend(points)
    assert "No figure was sent for 10 of these 12 months." in summary


def test_months_before_the_first_figure_have_no_value_and_the_chart_leaves_a_gap():
    team = TeamFactory()
    add_wait(team, 12, datetime.date(2026, 10, 1))
    add_wait(team, 11, datetime.date(2026, 11, 1))
    points = monthly_trends([team], today=TODAY)[team.pk]
    assert [point.weeks for point in points] == [None] * 10 + [12, 11]
    svg = line_chart_svg([ChartPoint(p.label, p.weeks) for p in points], chart_id="c", title="t", description="d")
    assert svg.count("<circle") == 2


def test_a_team_that_has_stopped_reporting_says_so_beside_its_chart(client, demo_site):
    html = client.get("/waiting-times/").content.decode()
    # The Dacorum demo team has not sent a routine figure for two months: its last months are gaps.
    section = re.search(r'<section[^>]*id="team-dacorum[^"]*".*?</section>', html, re.S)[0]
    chart_part = section[section.index("Routine assessment waits over the last year") :]
    assert re.search(r"has not sent a routine assessment figure since \d+ \w+ \d{4}", chart_part)
    assert "Months with no figure are left blank" in chart_part
    rows = re.findall(r'<td class="nhsuk-table__cell">([^<]+)</td>', chart_part)
    assert rows[-2:] == ["No figure", "No figure"]


def test_the_text_alternative_describes_the_change():
    team = TeamFactory()
    add_wait(team, 40, datetime.date(2025, 12, 1))
    add_wait(team, 6, datetime.date(2026, 11, 1))
    summary = describe_trend(monthly_trends([team], today=TODAY)[team.pk])
    assert summary.startswith("From Dec 2025 to Nov 2026, the wait for a routine assessment went from 40 weeks to 6")
    assert "18-week standard" in summary


def test_the_chart_has_a_title_a_description_an_18_week_line_and_escapes_text():
    points = [ChartPoint("Jan 2026", 30), ChartPoint("Feb 2026", None), ChartPoint("Mar 2026", 12)]
    svg = str(
        line_chart_svg(
            points,
            chart_id="trend-x",
            title="Team <A> & co",
            description="Went from 30 to 12 weeks.",
            target=18,
            target_label="18 weeks",
        )
    )
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert 'role="img"' in svg and 'aria-labelledby="trend-x-title trend-x-desc"' in svg
    assert '<title id="trend-x-title">Team &lt;A&gt; &amp; co</title>' in svg
    assert '<desc id="trend-x-desc">Went from 30 to 12 weeks.</desc>' in svg
    assert 'class="portal-chart__target"' in svg and ">18 weeks</text>" in svg
    # The gap splits the line in two rather than dropping to zero.
    assert svg.count("<polyline") == 2
    assert re.findall(r'data-value="(\d+)"', svg) == ["30", "12"]


def test_a_higher_wait_is_drawn_higher_up():
    svg = str(line_chart_svg([ChartPoint("a", 40), ChartPoint("b", 6)], chart_id="c", title="t", description="d"))
    heights = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]
    assert heights[0] < heights[1]


def test_the_waiting_times_page_table_matches_the_chart(client, demo_site):
    html = client.get("/waiting-times/").content.decode()
    charts = re.findall(r'<svg class="portal-chart" id="(trend-[a-z-]+)"(.*?)</svg>', html, re.S)
    assert len(charts) == 4
    for chart_id, svg in charts:
        table = re.search(rf'<table class="nhsuk-table" id="{chart_id}-table">(.*?)</table>', html, re.S).group(1)
        rows = re.findall(r'<th scope="row"[^>]*>([^<]+)</th>\s*<td[^>]*>([^<]+)</td>', table)
        assert len(rows) == 12
        plotted = re.findall(r'data-label="([^"]+)" data-value="(\d+)"', svg)
        assert plotted == [(label, weeks) for label, weeks in rows if weeks != "No figure"]


def test_the_waiting_times_page_shows_current_waits_freshness_and_the_standard(client, demo_site):
    html = client.get("/waiting-times/").content.decode()
    assert "Stevenage and North Hertfordshire Children&#x27;s Therapy" in html
    assert "About 6 weeks" in html, "the improving team's current routine wait"
    assert re.search(r"updated (today|yesterday|\d+ days ago)", html)
    # The Dacorum demo team has not updated for two months, and publishes no group wait.
    assert "Some figures may be out of date" in html
    assert "We do not have a current figure — call us" in html
    assert "0 weeks" not in re.sub(r"\d0 weeks", "", html)
    assert "Waiting well" in html


def test_the_waiting_times_page_query_count_does_not_grow_with_teams(client, demo_site):
    client.get("/waiting-times/")  # the first request also loads the site and its settings
    with CaptureQueriesContext(connection) as with_four_teams:
        client.get("/waiting-times/")
    more = [TeamFactory(districts=[f"ZZ{n}"]) for n in range(1, 4)]
    for team in more:
        add_wait(team, 9, timezone.localdate())
    with CaptureQueriesContext(connection) as with_seven_teams:
        response = client.get("/waiting-times/")
    assert response.content.decode().count('class="portal-chart"') == 7
    assert len(with_seven_teams) == len(with_four_teams)


def test_overview_uses_three_queries_for_any_number_of_teams():
    teams = [TeamFactory() for _ in range(5)]
    for team in teams:
        add_wait(team, 9, days_ago(2))
    with CaptureQueriesContext(connection) as queries:
        overview = waiting_times_overview(today=TODAY)
    assert len(queries) == 3
    assert [item.pathways[1].wait.weeks for item in overview] == [9] * 5
