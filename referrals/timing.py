"""How soon the service promises to act, from settings."""

from django.conf import settings

from referrals.models import Priority

DEFAULT_TRIAGE_WORKING_DAYS = 10
URGENT_TRIAGE_WORKING_DAYS = 2


def triage_days(priority):
    if priority == Priority.URGENT:
        return URGENT_TRIAGE_WORKING_DAYS
    return getattr(settings, "REFERRAL_TRIAGE_WORKING_DAYS", DEFAULT_TRIAGE_WORKING_DAYS)
