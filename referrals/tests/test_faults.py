"""Faults must cost no referral and lose no email: reference clashes, and an email provider that fails.

PostgreSQL-only faults (many families at once, a connection dropped mid-submission) are in
test_faults_postgres.py.
"""

import contextlib
import datetime
import random
import smtplib
from collections import Counter
from io import StringIO

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.db import DatabaseError
from django.test import override_settings
from django.utils import timezone
from notifications_python_client.errors import HTTPError

from referrals import notifications, sending, submit
from referrals.models import OutboxMessage, OutboxStatus, Referral, ReferralEvent
from referrals.sending import NotifySender, send_due
from referrals.tests.factories import ReferralFactory
from referrals.tests.journeys import parent_answers, walk_to_check

pytestmark = pytest.mark.django_db

CHECK_URL = "/refer/check-your-answers/"


def scripted(*references):
    """A stand-in reference drawer that hands out `references` in order."""
    remaining = list(references)
    return lambda: remaining.pop(0)


# --- Reference clashes -------------------------------------------------------------------------


def test_reference_taken_by_a_racing_submission_is_drawn_again(client, teams, area, monkeypatch):
    # Another family's referral took RF-AAA-AAA after this submission checked it was free:
    # the unique index refuses the insert, and the referral is saved under the next reference.
    ReferralFactory(team=teams["north"], reference="RF-AAA-AAA")
    walk_to_check(client, parent_answers(area.pk))
    monkeypatch.setattr(submit, "unused_reference", scripted("RF-AAA-AAA", "RF-AAA-AAA", "RF-BBB-BBB"))

    response = client.post(CHECK_URL)

    assert response.status_code == 302
    referral = Referral.objects.get(reference="RF-BBB-BBB")
    assert response.headers["Location"] == f"/refer/sent/{referral.confirmation_token}/"
    assert referral.events.count() == 1
    assert sorted(referral.messages.values_list("kind", flat=True)) == ["family-confirmation", "team-notice"]
    assert "RF-BBB-BBB" in referral.messages.get(kind="family-confirmation").subject
    assert "RF-BBB-BBB" in client.get(response.headers["Location"]).content.decode()


def test_tiny_reference_pool_still_gives_an_unused_reference(client, teams, area, monkeypatch):
    ReferralFactory(team=teams["north"], reference="RF-AAA-AAA")
    pool = random.Random(7)
    monkeypatch.setattr(submit, "new_reference", lambda: pool.choice(["RF-AAA-AAA", "RF-BBB-BBB"]))
    walk_to_check(client, parent_answers(area.pk))

    assert client.post(CHECK_URL).status_code == 302
    assert sorted(Referral.objects.values_list("reference", flat=True)) == ["RF-AAA-AAA", "RF-BBB-BBB"]


def test_when_every_reference_drawn_is_taken_the_family_can_send_again(client, teams, area, monkeypatch):
    taken = ReferralFactory(team=teams["north"], reference="RF-AAA-AAA")
    walk_to_check(client, parent_answers(area.pk))
    monkeypatch.setattr(submit, "unused_reference", lambda: "RF-AAA-AAA")

    response = client.post(CHECK_URL)

    assert response.status_code == 503
    page = response.content.decode()
    assert "Your referral was not sent" in page
    assert "We have kept your answers" in page
    assert list(Referral.objects.all()) == [taken]
    assert ReferralEvent.objects.count() == 0
    assert OutboxMessage.objects.count() == 0

    monkeypatch.undo()
    response = client.post(CHECK_URL)
    assert response.status_code == 302
    assert Referral.objects.exclude(pk=taken.pk).get().events.count() == 1


def test_not_sent_page_lets_the_family_send_again_or_check_answers(client, teams, area, monkeypatch):
    walk_to_check(client, parent_answers(area.pk))
    ReferralFactory(team=teams["north"], reference="RF-AAA-AAA")
    monkeypatch.setattr(submit, "unused_reference", lambda: "RF-AAA-AAA")
    page = client.post(CHECK_URL).content.decode()
    assert f'<form method="post" action="{CHECK_URL}"' in page
    assert "Try sending it again" in page
    assert f'href="{CHECK_URL}"' in page


# --- The email provider fails ------------------------------------------------------------------


class OneInFour:
    """Exactly one call in every four fails, at a seeded-random place in each group of four."""

    def __init__(self, seed):
        self.random = random.Random(seed)
        self.calls = 0
        self.failing_call = None

    def fails_now(self):
        if self.calls % 4 == 0:
            self.failing_call = self.calls + self.random.randrange(4)
        self.calls += 1
        return self.calls - 1 == self.failing_call


class RecordingSender:
    """An email provider that records each delivery (by outbox id)."""

    def __init__(self):
        self.delivered = []
        self.failures = 0

    def fails_now(self):
        return False

    def send(self, message):
        if self.fails_now():
            self.failures += 1
            raise ConnectionResetError("the provider closed the connection")
        self.delivered.append(message.pk)


class FlakySender(RecordingSender):
    """Drops one call in four with a transient error."""

    def __init__(self, seed=2024):
        super().__init__()
        self.fails_now = OneInFour(seed).fails_now


class FakeResponse:
    def __init__(self, status_code):
        self.status_code = status_code

    def json(self):
        return {"errors": [{"error": "Exception", "message": "Internal server error"}]}


class FlakyNotifyClient:
    """Stands in for NotificationsAPIClient: a 500 on one call in four, otherwise records the delivery."""

    def __init__(self, seed=99):
        self.schedule = OneInFour(seed)
        self.references = []
        self.failures = 0

    def send_email_notification(self, email_address, template_id, personalisation=None, reference=None, **kwargs):
        if self.schedule.fails_now():
            self.failures += 1
            raise HTTPError(FakeResponse(500))
        self.references.append(reference)
        return {"id": f"fake-{len(self.references)}"}


def flaky_email():
    sender = FlakySender()
    return sender, lambda: sender.delivered, lambda: sender.failures


def flaky_notify():
    client = FlakyNotifyClient()
    return (
        NotifySender(client, template_id="template"),
        lambda: [int(reference.removeprefix("outbox-")) for reference in client.references],
        lambda: client.failures,
    )


def queue_referrals(team, count):
    for number in range(count):
        referral = ReferralFactory(team=team, contact_email=f"family{number}@example.org")
        notifications.queue_new_referral(referral)


def send_until_nothing_pending(sender, now):
    """Run the sender like cron would, each run after the longest backoff; (sent, retrying, failed) totals."""
    totals = Counter()
    for _ in range(sending.max_attempts() + 1):
        if not OutboxMessage.objects.filter(status=OutboxStatus.PENDING).exists():
            break
        sent, retrying, failed = send_due(now=now, sender=sender)
        totals.update(sent=sent, retrying=retrying, failed=failed)
        now += sending.backoff(sending.max_attempts())
    return totals


# Two attempts, so some messages fail twice running and end FAILED: both endings are checked.
@override_settings(REFERRAL_EMAIL_MAX_ATTEMPTS=2)
@pytest.mark.parametrize("make_sender", [flaky_email, flaky_notify], ids=["email", "notify"])
def test_provider_failing_one_call_in_four_loses_nothing_and_sends_nothing_twice(teams, make_sender):
    queue_referrals(teams["north"], 30)
    queued = set(OutboxMessage.objects.values_list("pk", flat=True))
    assert len(queued) == 60  # the family's confirmation and the team's notice for each
    sender, delivered, failures = make_sender()

    totals = send_until_nothing_pending(sender, timezone.now())

    statuses = dict(OutboxMessage.objects.values_list("pk", "status"))
    assert set(statuses) == queued
    assert OutboxStatus.PENDING not in statuses.values()
    sent = {pk for pk, status in statuses.items() if status == OutboxStatus.SENT}
    failed = {pk for pk, status in statuses.items() if status == OutboxStatus.FAILED}
    assert Counter(delivered()) == Counter(sent)  # every sent message delivered exactly once, no failed one
    assert totals["sent"] == len(sent) and totals["failed"] == len(failed)
    assert len(sent) + len(failed) == len(queued)
    # Every failed call was either retried later or gave up on the message, and counted on it.
    assert failures() == totals["retrying"] + totals["failed"]
    assert failures() == sum(OutboxMessage.objects.values_list("attempts", flat=True)) - len(sent)
    assert sent and failed, "the seeded failures should leave some messages sent and some failed"
    for message in OutboxMessage.objects.filter(status=OutboxStatus.SENT):
        assert message.last_error == "" and message.sent_at is not None
    for message in OutboxMessage.objects.filter(status=OutboxStatus.FAILED):
        assert message.attempts == sending.max_attempts()


class ProviderDownBackend(BaseEmailBackend):
    """An SMTP server that drops every connection."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


@override_settings(
    REFERRAL_EMAIL_SENDER="email", EMAIL_BACKEND=f"{__name__}.ProviderDownBackend", REFERRAL_EMAIL_MAX_ATTEMPTS=3
)
def test_send_notifications_survives_a_provider_that_is_always_down(teams):
    queue_referrals(teams["north"], 2)
    reports = []
    for _ in range(3):
        out = StringIO()
        call_command("send_notifications", stdout=out)  # a crash would raise here (a non-zero exit from cron)
        reports.append(out.getvalue().strip())
        # Cron runs again once the backoff has passed.
        OutboxMessage.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(seconds=1))

    assert reports == [
        "Sent 0, will retry 4, failed for good 0.",
        "Sent 0, will retry 4, failed for good 0.",
        "Sent 0, will retry 0, failed for good 4.",
    ]
    assert set(OutboxMessage.objects.values_list("status", "attempts")) == {(OutboxStatus.FAILED, 3)}
    assert all(
        "SMTPServerDisconnected" in error for error in OutboxMessage.objects.values_list("last_error", flat=True)
    )
    assert Referral.objects.count() == 2


def test_message_sent_but_not_recorded_is_sent_again_rather_than_lost(teams, monkeypatch):
    # The provider took the message, then the database failed to record it: the message stays
    # waiting and goes again once its claim runs out. The recipient may get it twice, never zero times.
    queue_referrals(teams["north"], 1)
    sender = RecordingSender()
    record = OutboxMessage.save

    def database_fails_when_marking_sent(message, *args, **kwargs):
        if message.status == OutboxStatus.SENT:
            raise DatabaseError("could not write to file")
        record(message, *args, **kwargs)

    now = timezone.now()
    monkeypatch.setattr(OutboxMessage, "save", database_fails_when_marking_sent)
    with pytest.raises(DatabaseError):  # the cron run fails loudly
        send_due(now=now, sender=sender)
    first, second = OutboxMessage.objects.order_by("pk").values_list("pk", flat=True)
    assert list(OutboxMessage.objects.order_by("pk").values_list("status", "attempts")) == [
        (OutboxStatus.PENDING, 1),  # claimed and handed over, result unknown
        (OutboxStatus.PENDING, 0),  # the run stopped before it
    ]

    monkeypatch.undo()
    assert send_due(now=now, sender=sender) == (1, 0, 0)  # the claimed one waits out its claim
    later = now + datetime.timedelta(minutes=sending.CLAIM_MINUTES)
    assert send_due(now=later, sender=sender) == (1, 0, 0)
    assert Counter(sender.delivered) == Counter({first: 2, second: 1})
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {OutboxStatus.SENT}


@override_settings(REFERRAL_EMAIL_MAX_ATTEMPTS=3)
def test_result_that_can_never_be_recorded_stops_after_the_last_attempt(teams, monkeypatch):
    # Were the database to refuse "sent" for ever, the family would get one copy per attempt, not one per cron run.
    queue_referrals(teams["north"], 1)
    OutboxMessage.objects.filter(to="north@example.nhs.uk").delete()
    sender = RecordingSender()
    record = OutboxMessage.save

    def database_refuses_sent(message, *args, **kwargs):
        if message.status == OutboxStatus.SENT:
            raise DatabaseError("could not write to file")
        record(message, *args, **kwargs)

    monkeypatch.setattr(OutboxMessage, "save", database_refuses_sent)
    now = timezone.now()
    for _ in range(10):
        with contextlib.suppress(DatabaseError):  # each run fails loudly, as in the test above
            send_due(now=now, sender=sender)
        now += datetime.timedelta(minutes=sending.CLAIM_MINUTES)

    message = OutboxMessage.objects.get()
    assert len(sender.delivered) == 3
    assert message.status == OutboxStatus.FAILED
    assert "not recorded" in message.last_error


def test_a_second_run_while_the_provider_is_slow_does_not_send_the_message_again(teams):
    # Cron starts another run before this one has finished: the claim, committed before the
    # provider is called, keeps the second run off every message the first one is sending.
    queue_referrals(teams["north"], 1)
    second_run = []

    class SlowSender(RecordingSender):
        def send(self, message):
            if not second_run:  # while the first run is sending its first message
                second_run.append("started")
                second_run.append(send_due(sender=self))
            super().send(message)

    sender = SlowSender()
    first_run = send_due(sender=sender)

    assert second_run[1] == (1, 0, 0)  # it sent only the message the first run had not claimed yet
    assert first_run == (1, 0, 0)  # and the first run found that one sent already
    assert sorted(Counter(sender.delivered).values()) == [1, 1]
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {OutboxStatus.SENT}
