"""The parts every service report is built from: the date range, small-number cells and the bar chart."""

import datetime

from home.charts import ChartPoint, bar_chart_svg
from home.service_reports import DateRangeForm, count_cell, default_range, months_between, share_cell

TODAY = datetime.date(2026, 1, 15)


def test_the_default_range_is_this_month_and_the_eleven_before():
    assert default_range(TODAY) == (datetime.date(2025, 2, 1), TODAY)
    assert len(months_between(*default_range(TODAY))) == 12
    form = DateRangeForm(today=TODAY)
    assert form.dates() == default_range(TODAY)


def test_an_empty_field_takes_its_default_and_a_wrong_one_says_why():
    form = DateRangeForm({"start": "2025-06-01", "end": ""}, today=TODAY)
    assert form.is_valid() and form.dates() == (datetime.date(2025, 6, 1), TODAY)
    form = DateRangeForm({"start": "17/03/2025"}, today=TODAY)
    assert form.is_valid() and form.dates()[0] == datetime.date(2025, 3, 17)
    assert DateRangeForm({"end": "2025-02-30"}, today=TODAY).errors == {
        "end": ["Enter the end date as a real date, like 2026-03-17"]
    }
    backwards = DateRangeForm({"start": "2025-06-01", "end": "2025-05-01"}, today=TODAY)
    assert backwards.errors == {"end": ["The end date must be the same as or after the start date"]}
    assert DateRangeForm({"end": "2026-01-16"}, today=TODAY).errors == {
        "end": ["The end date must be today or earlier"]
    }
    assert "start" in DateRangeForm({"start": "1999-01-01"}, today=TODAY).errors


def test_one_to_four_people_are_hidden_and_a_share_needs_five():
    assert [count_cell(n).shown for n in (0, 1, 4, 5, 1234)] == ["0", "Fewer than 5", "Fewer than 5", "5", "1,234"]
    assert count_cell(3).value is None
    assert share_cell(3, 4).shown == "Too few to show"
    assert share_cell(0, 0).shown == "No one"
    assert share_cell(5, 6).shown == "83%"  # rounded down: 100% only when all
    assert (
        share_cell(5, 6).exported == "83%" and count_cell(7).exported == 7 and count_cell(2).exported == "Fewer than 5"
    )


def test_bar_chart_is_labelled_escaped_and_draws_no_bar_for_a_hidden_figure():
    svg = str(
        bar_chart_svg(
            [ChartPoint("<North>", 12), ChartPoint("South", None)],
            chart_id="c",
            title="Referrals by team",
            description="North: 12; South: fewer than 5.",
            unit="referrals",
        )
    )
    assert 'role="img" aria-labelledby="c-title c-desc"' in svg
    assert "&lt;North&gt;" in svg and "<North>" not in svg
    assert svg.count("<rect") == 1
    assert 'data-label="South"' not in svg and "fewer than 5" in svg
    percent = str(bar_chart_svg([ChartPoint("A", 100)], chart_id="p", title="t", description="d", unit="%", top=100))
    assert ">100%</text>" in percent
