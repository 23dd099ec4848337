"""How soon the service promises to act, from settings."""

from django.conf import settings

from referrals.models import Priority

URGENT_TRIAGE_WORKING_DAYS = 2


def triage_days(priority):
    if priority == Priority.URGENT:
        return URGENT_TRIAGE_WORKING_DAYS
    return settings.REFERRAL_TRIAGE_WORKING_DAYS
