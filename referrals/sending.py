"""Deliver due outbox messages, with retries and backoff.

`settings.REFERRAL_EMAIL_SENDER` picks the way out: "email" (Django's email backend: console in
development, SMTP in production) or "notify" (GOV.UK Notify, with `NOTIFY_API_KEY` and a
`NOTIFY_EMAIL_TEMPLATE_ID` whose template is just ((subject)) and ((body))). A message that keeps
failing, or that Notify refuses outright, is marked FAILED and shows on the referral's admin
screen for staff to follow up by phone.
"""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone

from referrals.models import OutboxMessage, OutboxStatus

logger = logging.getLogger(__name__)
BACKOFF_BASE_MINUTES = 5


def max_attempts():
    return settings.REFERRAL_EMAIL_MAX_ATTEMPTS


def backoff(attempts):
    """5, 10, 20, 40 minutes…: long enough for a mail server to come back."""
    return datetime.timedelta(minutes=BACKOFF_BASE_MINUTES * 2 ** (attempts - 1))


class PermanentFailure(Exception):
    """The message can never be delivered as it is (for example, Notify rejects the address): do not retry."""


class EmailSender:
    def send(self, message):
        EmailMessage(subject=message.subject, body=message.body, to=[message.to]).send(fail_silently=False)


class NotifySender:
    """GOV.UK Notify. `client` is a NotificationsAPIClient, or a stand-in with the same method in tests."""

    def __init__(self, client=None, template_id=None):
        if client is None:
            from notifications_python_client.notifications import NotificationsAPIClient

            client = NotificationsAPIClient(settings.NOTIFY_API_KEY)
        self.client = client
        self.template_id = template_id or settings.NOTIFY_EMAIL_TEMPLATE_ID

    def send(self, message):
        try:
            self.client.send_email_notification(
                email_address=message.to,
                template_id=self.template_id,
                personalisation={"subject": message.subject, "body": message.body},
                reference=f"outbox-{message.pk}",
            )
        except Exception as error:
            status = getattr(error, "status_code", None)
            # 4xx means the request itself is wrong (bad address, bad key, wrong template): retrying
            # cannot help. 429 (rate limit) and 5xx are worth another try.
            if isinstance(status, int) and 400 <= status < 500 and status != 429:
                raise PermanentFailure(f"Notify refused the message ({status}): {error}") from error
            raise


SENDERS = {"email": EmailSender, "notify": NotifySender}


def configured_sender():
    name = settings.REFERRAL_EMAIL_SENDER
    if name not in SENDERS:
        raise ImproperlyConfigured(f"REFERRAL_EMAIL_SENDER must be one of {sorted(SENDERS)}, not {name!r}")
    return SENDERS[name]()


def send_one(message, sender=None):
    (sender or configured_sender()).send(message)


def send_due(now=None, limit=100, sender=None):
    """Send every due message; return (sent, retrying, failed) counts.

    Each message is claimed, sent, then its result recorded, in that order. The claim commits on
    its own before the provider is called: it counts the attempt and hides the message from other
    runs for CLAIM_MINUTES. So no transaction stays open while a slow provider answers, two runs
    never send the same message at once, and a message whose result could not be recorded (the run
    died, or the database failed just after the provider took it) goes again after the claim runs
    out, at most `max_attempts()` times in all: the family may get a copy twice, never not at all,
    and never without end.
    """
    now = now or timezone.now()
    sender = sender or configured_sender()
    sent = retrying = failed = 0
    due = OutboxMessage.objects.filter(status=OutboxStatus.PENDING, next_attempt_at__lte=now).order_by("pk")[:limit]
    for message_id in list(due.values_list("pk", flat=True)):
        message = claim(message_id, now)
        if message is None:
            continue  # another run has it, or has finished it
        if message.status == OutboxStatus.FAILED:
            failed += 1
            continue
        try:
            send_one(message, sender)
        except Exception as error:  # any transport failure: keep the message and try later
            if record_failure(message, error, now) == OutboxStatus.FAILED:
                failed += 1
            else:
                retrying += 1
        else:
            record_sent(message, now)
            sent += 1
    return sent, retrying, failed


CLAIM_MINUTES = 15
RESULT_NOT_RECORDED = "Every attempt was used; the last one's result was not recorded, so it may have been sent"


def claim(message_id, now):
    """This run's hold on a due message, committed before the provider is called; None if it is not ours.

    A message that has used every attempt without a recorded result is failed here instead of being
    sent again: the last attempt may well have reached the family, and staff can check by phone.
    """
    with transaction.atomic():
        message = (
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .filter(pk=message_id, status=OutboxStatus.PENDING, next_attempt_at__lte=now)
            .first()
        )
        if message is None:
            return None
        if message.attempts >= max_attempts():
            message.status = OutboxStatus.FAILED
            message.last_error = RESULT_NOT_RECORDED
            message.save(update_fields=["status", "last_error"])
            logger.error("Outbox message %s failed for good: %s", message.pk, RESULT_NOT_RECORDED)
            return message
        message.attempts += 1
        message.next_attempt_at = now + datetime.timedelta(minutes=CLAIM_MINUTES)
        message.save(update_fields=["attempts", "next_attempt_at"])
    return message


def record_sent(message, now):
    message.status = OutboxStatus.SENT
    message.sent_at = now
    message.last_error = ""
    message.save(update_fields=["status", "sent_at", "last_error"])


def record_failure(message, error, now):
    """Schedule the next try, or fail the message for good; its new status."""
    message.last_error = f"{type(error).__name__}: {error}"[:500]
    if message.attempts >= max_attempts() or isinstance(error, PermanentFailure):
        message.status = OutboxStatus.FAILED
        logger.error("Outbox message %s failed for good: %s", message.pk, message.last_error)
    else:
        message.next_attempt_at = now + backoff(message.attempts)
    message.save(update_fields=["status", "next_attempt_at", "last_error"])
    return message.status
