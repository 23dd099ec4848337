"""Retention: a completed self-assessment is deleted SELFASSESS_RETENTION_DAYS after it was made.

Each check of a progress record (every check with one return code) goes on its own date, so a long
record keeps its newer checks. A note in the strategies record goes the same number of days after it
was written, and at once when no check with its code is left: a note is never kept without a record.

An assessment holds a child's answers and outcome under a return code, with no names. Deleting it
is safe for what was built on it: a referral made from it keeps its own copy in words
(`Referral.assessment_summary`) and only loses the link (SET_NULL); a later assessment compared
with it keeps its result, without the before-and-after. The staff insight report then counts the
retention period only. `purge_referrals` (in referrals, which may import this app) runs it daily.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from selfassess import journey
from selfassess.models import Assessment, StrategyNote

# Session keys that hold a family's self-assessment: unfinished answers, or the result just stored.
SESSION_KEYS = (journey.SESSION_KEY, journey.RESULT_KEY, journey.RECORD_KEY)


@dataclass(frozen=True)
class Purged:
    """What a purge removed: how many, and their ids and codes, so sessions naming them can go too."""

    count: int
    ids: frozenset = frozenset()
    codes: frozenset = frozenset()


def due_for_purge(now=None, days=None):
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.SELFASSESS_RETENTION_DAYS if days is None else days)
    return Assessment.objects.filter(created_at__lt=cutoff)


def purge_due(now=None, days=None, dry_run=False):
    """Delete every assessment due (in a dry run, only find them)."""
    with transaction.atomic():
        found = list(due_for_purge(now, days).values_list("pk", "code"))
        if not dry_run:
            Assessment.objects.filter(pk__in=[pk for pk, _ in found]).delete()
            purge_strategy_notes(now, days)
    return Purged(count=len(found), ids=frozenset(pk for pk, _ in found), codes=frozenset(c for _, c in found))


def purge_strategy_notes(now=None, days=None):
    """Delete the notes due by date, and those whose record has no check left."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.SELFASSESS_RETENTION_DAYS if days is None else days)
    StrategyNote.objects.filter(created_at__lt=cutoff).delete()
    kept = Assessment.objects.values("code")
    StrategyNote.objects.exclude(code__in=kept).delete()


def assessments_in_session(data):
    """The ids of the assessments a session's self-assessment keys point at."""
    ids = {data.get(journey.RESULT_KEY)}
    state = data.get(journey.SESSION_KEY)
    if isinstance(state, dict):
        ids.add(state.get("previous"))
    return {pk for pk in ids if isinstance(pk, int)}
