"""The GOV.UK Notify sender, against a stand-in client (no network)."""

import pytest
from django.core import mail
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.utils import timezone
from notifications_python_client.errors import HTTPError

from home.models import Pathway
from home.tests.team_factories import add_wait
from referrals import notifications
from referrals.models import OutboxMessage, OutboxStatus
from referrals.sending import EmailSender, NotifySender, configured_sender, send_due
from referrals.tests.factories import ReferralFactory

pytestmark = pytest.mark.django_db


class FakeNotifyClient:
    """Records what would be sent; `fail_with` makes every call raise that error instead."""

    def __init__(self, fail_with=None):
        self.sent = []
        self.fail_with = fail_with

    def send_email_notification(self, email_address, template_id, personalisation=None, reference=None, **kwargs):
        if self.fail_with:
            raise self.fail_with
        self.sent.append((email_address, template_id, personalisation, reference))
        return {"id": "fake"}


class FakeResponse:
    def __init__(self, status_code):
        self.status_code = status_code

    def json(self):
        return {"errors": [{"error": "BadRequestError", "message": "Not a valid email address"}]}


def notify_error(status):
    return HTTPError(FakeResponse(status))


@pytest.fixture
def message(teams):
    referral = ReferralFactory(team=teams["north"])
    return OutboxMessage.objects.create(referral=referral, kind="x", to="a@example.org", subject="Hello", body="Body")


def test_notify_sender_sends_subject_and_body_through_the_template(message):
    client = FakeNotifyClient()
    assert send_due(sender=NotifySender(client, template_id="tpl-1")) == (1, 0, 0)
    assert client.sent == [("a@example.org", "tpl-1", {"subject": "Hello", "body": "Body"}, f"outbox-{message.pk}")]
    assert mail.outbox == []
    message.refresh_from_db()
    assert message.status == OutboxStatus.SENT


def test_notify_server_error_is_retried(message):
    assert send_due(sender=NotifySender(FakeNotifyClient(notify_error(503)), template_id="t")) == (0, 1, 0)
    message.refresh_from_db()
    assert message.status == OutboxStatus.PENDING


def test_notify_refusing_the_message_fails_at_once_for_a_person(message):
    assert send_due(sender=NotifySender(FakeNotifyClient(notify_error(400)), template_id="t")) == (0, 0, 1)
    message.refresh_from_db()
    assert message.status == OutboxStatus.FAILED
    assert "400" in message.last_error


# The shape of a real key (name, service id, secret); the client checks it but makes no call here.
FAKE_KEY = "test-" + "0" * 36 + "-" + "1" * 36


@override_settings(REFERRAL_EMAIL_SENDER="notify", NOTIFY_API_KEY=FAKE_KEY, NOTIFY_EMAIL_TEMPLATE_ID="t")
def test_settings_choose_the_sender():
    assert isinstance(configured_sender(), NotifySender)
    with override_settings(REFERRAL_EMAIL_SENDER="email"):
        assert isinstance(configured_sender(), EmailSender)
    with override_settings(REFERRAL_EMAIL_SENDER="pigeon"), pytest.raises(ImproperlyConfigured):
        configured_sender()


def test_confirmation_email_gives_the_teams_current_wait(teams):
    add_wait(teams["north"], 11, timezone.localdate(), Pathway.ROUTINE_ASSESSMENT)
    add_wait(teams["north"], 2, timezone.localdate(), Pathway.URGENT)
    referral = ReferralFactory(team=teams["north"])
    notifications.queue_new_referral(referral)
    body = OutboxMessage.objects.get(kind=notifications.FAMILY_CONFIRMATION).body
    assert "wait about 11 weeks for routine assessment" in body

    urgent = ReferralFactory(team=teams["north"], priority="urgent")
    notifications.queue_new_referral(urgent)
    body = OutboxMessage.objects.filter(kind=notifications.FAMILY_CONFIRMATION, referral=urgent).get().body
    assert "wait about 2 weeks for urgent referrals" in body


def test_confirmation_email_without_a_published_wait_says_call_us(teams):
    referral = ReferralFactory(team=teams["south"])
    notifications.queue_new_referral(referral)
    body = OutboxMessage.objects.get(kind=notifications.FAMILY_CONFIRMATION).body
    assert "We do not have a published wait for South Team" in body
    assert "0 weeks" not in body
