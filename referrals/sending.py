"""Deliver due outbox messages through Django's email backend, with retries and backoff.

A message that keeps failing is marked FAILED after `REFERRAL_EMAIL_MAX_ATTEMPTS` tries, and
shows on the referral's admin screen for staff to follow up by phone.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from referrals.models import OutboxMessage, OutboxStatus

logger = logging.getLogger(__name__)
DEFAULT_MAX_ATTEMPTS = 5
BACKOFF_BASE_MINUTES = 5


def max_attempts():
    return getattr(settings, "REFERRAL_EMAIL_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS)


def backoff(attempts):
    """5, 10, 20, 40 minutes…: long enough for a mail server to come back."""
    return datetime.timedelta(minutes=BACKOFF_BASE_MINUTES * 2 ** (attempts - 1))


def send_one(message):
    EmailMessage(subject=message.subject, body=message.body, to=[message.to]).send(fail_silently=False)


def send_due(now=None, limit=100):
    """Send every due message; return (sent, retrying, failed) counts."""
    now = now or timezone.now()
    sent = retrying = failed = 0
    due = OutboxMessage.objects.filter(status=OutboxStatus.PENDING, next_attempt_at__lte=now).order_by("pk")[:limit]
    for message_id in list(due.values_list("pk", flat=True)):
        with transaction.atomic():
            # Locked so two workers never send the same message twice.
            message = (
                OutboxMessage.objects.select_for_update().filter(pk=message_id, status=OutboxStatus.PENDING).first()
            )
            if message is None:
                continue
            message.attempts += 1
            try:
                send_one(message)
            except Exception as error:  # any transport failure: keep the message and try later
                message.last_error = f"{type(error).__name__}: {error}"[:500]
                if message.attempts >= max_attempts():
                    message.status = OutboxStatus.FAILED
                    failed += 1
                    logger.error("Outbox message %s failed for good: %s", message.pk, message.last_error)
                else:
                    message.next_attempt_at = now + backoff(message.attempts)
                    retrying += 1
            else:
                message.status = OutboxStatus.SENT
                message.sent_at = now
                message.last_error = ""
                sent += 1
            message.save()
    return sent, retrying, failed
