"""Working days for promises to families ("we will read it within 10 working days"): no weekends, no bank holidays.

Bank holidays come from the `holidays` package, which computes them (Easter, substitute days,
one-off holidays such as a coronation) without a download. `BANK_HOLIDAY_REGION` picks the UK
nation: ENG (England, the default), WLS, SCT or NIR.
"""

import datetime
import functools

import holidays
from django.conf import settings


@functools.lru_cache(maxsize=64)
def bank_holidays(region, year):
    return frozenset(holidays.country_holidays("GB", subdiv=region, years=year))


def region():
    return settings.BANK_HOLIDAY_REGION


def is_working_day(day):
    return day.weekday() < 5 and day not in bank_holidays(region(), day.year)


def working_days_after(start, days):
    """The date `days` working days after `start` (which itself does not count)."""
    current = start
    remaining = days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current
