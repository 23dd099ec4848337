"""Dates as a family reads them in their language: "15 March 2026" in English, "15 marca 2026" in Polish,
"15 مارچ 2026" in Urdu (month and day names from Django's catalogues), in pages and emails alike."""

import datetime

from django.utils import timezone, translation
from django.utils.dateformat import format as date_format

# (a date, a date with its weekday) per language; English's for any other.
# Polish leaves the weekday out: Django names it with a capital ("Wtorek"), wrong in the middle of a sentence.
FORMATS = {"pl": ("j E Y", "j E Y")}
ENGLISH = ("j F Y", "l j F Y")


def family_date(value, weekday=False):
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    day, with_weekday = FORMATS.get(translation.get_language(), ENGLISH)
    return date_format(value, with_weekday if weekday else day)
