"""Promised dates skip weekends and bank holidays, so a family is never told a date the team is closed."""

import datetime

from hypothesis import given
from hypothesis import strategies as st

from referrals.working_days import is_working_day, working_days_after


def test_christmas_and_new_year_are_skipped_in_england(settings):
    settings.BANK_HOLIDAY_REGION = "ENG"
    # Wednesday 23 December 2026: 24th, 29th, 30th, 31st, then 4 January (1 January is a bank holiday,
    # 25th and 28th are bank holidays, and the weekends are skipped).
    assert working_days_after(datetime.date(2026, 12, 23), 5) == datetime.date(2027, 1, 4)


def test_easter_monday_is_skipped():
    assert working_days_after(datetime.date(2027, 3, 25), 1) == datetime.date(2027, 3, 30)


def test_the_region_decides_which_holidays_count(settings):
    st_andrews_day = datetime.date(2026, 11, 30)  # a Monday: a bank holiday in Scotland only
    settings.BANK_HOLIDAY_REGION = "SCT"
    assert not is_working_day(st_andrews_day)
    settings.BANK_HOLIDAY_REGION = "ENG"
    assert is_working_day(st_andrews_day)


@given(
    start=st.dates(min_value=datetime.date(2024, 1, 1), max_value=datetime.date(2035, 12, 31)), days=st.integers(1, 30)
)
def test_the_promised_date_is_a_working_day_with_exactly_that_many_working_days_after_the_start(start, days):
    promised = working_days_after(start, days)
    assert is_working_day(promised)
    counted = sum(
        is_working_day(start + datetime.timedelta(days=offset)) for offset in range(1, (promised - start).days + 1)
    )
    assert counted == days
