"""A session's date in words reads right in the family's language: Polish puts the month in the genitive after the
day ("9 grudnia", not "9 grudzień"); English reads as before."""

import datetime

from django.utils import timezone, translation

from resources.models.training import long_date

NINTH_OF_DECEMBER = timezone.make_aware(datetime.datetime(2026, 12, 9, 10, 0))


def test_english_reads_as_before():
    with translation.override("en-gb"):
        assert long_date(NINTH_OF_DECEMBER) == "Wednesday 9 December 2026"


def test_polish_puts_the_month_after_the_day_in_the_genitive():
    with translation.override("pl"):
        assert long_date(NINTH_OF_DECEMBER).endswith("9 grudnia 2026")
