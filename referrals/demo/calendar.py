import datetime

from django.utils import timezone


def at_ten(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10))).astimezone(datetime.UTC)
