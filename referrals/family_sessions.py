"""Removing families' sessions that should no longer exist (security issue 14, finding 6).

A session is deleted when it has expired, or when it holds a family's journey (referral,
self-assessment, a "where is my referral?" lookup) and either was made under a longer lifetime
than SESSION_COOKIE_AGE allows now (the 14-day sessions from before it was cut to an hour), or
points at a self-assessment this purge just deleted. Staff sign-ins without journey data are left
to their own expiry rules (portal/middleware.py). Run by `purge_referrals`, daily.
"""

import datetime
from importlib import import_module

from django.conf import settings
from django.utils import timezone

from referrals import journey
from referrals.views.outcome import STATUS_SESSION_KEY
from selfassess import retention as selfassess_retention

FAMILY_KEYS = (journey.SESSION_KEY, journey.ASSESSMENT_KEY, STATUS_SESSION_KEY, *selfassess_retention.SESSION_KEYS)


def holds_family_data(data):
    return any(key in data for key in FAMILY_KEYS)


def assessment_codes(data):
    state = data.get(journey.SESSION_KEY)
    codes = {data.get(journey.ASSESSMENT_KEY), state.get("assessment") if isinstance(state, dict) else None}
    return {code for code in codes if isinstance(code, str)}


def names_purged_assessment(data, purged):
    return bool(selfassess_retention.assessments_in_session(data) & purged.ids or assessment_codes(data) & purged.codes)


def purge_sessions(purged_assessments, now=None, dry_run=False):
    """Delete (or, in a dry run, count) the sessions described above; return how many."""
    now = now or timezone.now()
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store_class, "get_model_class"):
        return 0  # cache or cookie sessions: nothing stored in the database to sweep
    model = store_class.get_model_class()
    expired = model.objects.filter(expire_date__lte=now)
    count = expired.count()
    if not dry_run:
        # One query; a cached_db session's cached copy ends at the same moment by its own timeout.
        expired.delete()
    longest_allowed = now + datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE)
    for row in model.objects.filter(expire_date__gt=now).only("session_key", "session_data", "expire_date").iterator():
        data = store_class().decode(row.session_data)
        if not holds_family_data(data):
            continue
        if row.expire_date > longest_allowed or names_purged_assessment(data, purged_assessments):
            count += 1
            if not dry_run:
                store_class(session_key=row.session_key).delete()
    return count
