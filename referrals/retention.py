"""Retention: remove the personal details of referrals that ended long enough ago.

A referral that was closed or declined more than `settings.REFERRAL_RETENTION_DAYS` ago keeps
its row (team, dates, status, priority, tier, areas of daily life, postcode district), so counts
and waiting-time statistics stay true, but loses everything that could identify or describe the
child or the people around them. The clinical record lives in the service's own system, not here.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from home.postcodes import InvalidPostcode, normalise_district
from referrals.models import Attachment, EventKind, OutboxMessage, Referral, ReferralEvent, ReferralStatus

ENDED_STATUSES = (ReferralStatus.CLOSED, ReferralStatus.DECLINED)
# Every field a person typed about the child, the family or the referrer, and what it becomes.
PERSONAL_FIELDS = {
    "referrer_name": "",
    "referrer_role": "",
    "referrer_organisation": "",
    "contact_email": "",
    "contact_phone": "",
    "child_first_name": "",
    "child_last_name": "",
    "child_date_of_birth": None,
    "nhs_number": "",
    "school": "",
    "help_wanted": "",
    "tried_already": "",
    "other_services": "",
    "language": "",
    "accessible_formats": "",
    "parent_name": "",
    "parent_phone": "",
    "parent_email": "",
    "decision_note": "",
    "assessment": None,
    "assessment_summary": [],
}
PURGE_NOTE = "Personal details removed at the end of the retention period."


def retention_days():
    return settings.REFERRAL_RETENTION_DAYS


def due_for_purge(now=None, days=None):
    """Referrals closed or declined more than the retention period ago, not yet purged."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=retention_days() if days is None else days)
    return (
        Referral.objects.filter(status__in=ENDED_STATUSES, purged_at__isnull=True)
        .annotate(
            ended_at=Coalesce(
                "closed_at",
                Max("events__at", filter=Q(events__kind__in=[EventKind.CLOSED, EventKind.DECLINED])),
            )
        )
        .filter(ended_at__lt=cutoff)
        .order_by("pk")
    )


def postcode_district(postcode):
    """Only the first part of the postcode ("SG1"), which thousands of households share."""
    try:
        return normalise_district(postcode.split()[0]) if postcode.strip() else ""
    except InvalidPostcode:
        return ""


def purge(referral, now):
    with transaction.atomic():
        for name, empty in PERSONAL_FIELDS.items():
            setattr(referral, name, empty)
        referral.postcode = postcode_district(referral.postcode)
        referral.purged_at = now
        referral.save()
        # Notes can quote the family; messages hold their email addresses.
        referral.events.exclude(note="").update(note="")
        OutboxMessage.objects.filter(referral=referral).delete()
        # The school's files (notes, a writing sample) describe the child.
        Attachment.objects.filter(referral=referral).delete()
        ReferralEvent.objects.create(referral=referral, kind=EventKind.PURGED, at=now, note=PURGE_NOTE)


def purge_due(now=None, days=None, dry_run=False):
    """Purge every referral due; return how many were (or, in a dry run, would be) purged."""
    now = now or timezone.now()
    due = list(due_for_purge(now, days))
    if not dry_run:
        for referral in due:
            purge(referral, now)
    return len(due)


def abandoned_attachments(now=None):
    """Files added to a journey that was never sent: its session has long gone (SESSION_COOKIE_AGE), give or take a day."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE) - datetime.timedelta(days=1)
    return Attachment.objects.filter(referral__isnull=True, uploaded_at__lt=cutoff)


def purge_abandoned_attachments(now=None, dry_run=False):
    """Delete the files of journeys never sent; return how many were (or would be) deleted."""
    abandoned = abandoned_attachments(now)
    count = abandoned.count()
    if not dry_run:
        abandoned.delete()
    return count
