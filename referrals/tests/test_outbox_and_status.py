import datetime
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from home.models import Pathway
from home.tests.team_factories import add_wait
from referrals.models import OutboxMessage, OutboxStatus, Referral, ReferralStatus
from referrals.references import display_nhs_number, new_reference, nhs_number_is_valid, normalise_reference
from referrals.sending import send_due
from referrals.tests.factories import ReferralFactory

pytestmark = pytest.mark.django_db


def test_reference_alphabet_is_unambiguous():
    for _ in range(200):
        reference = new_reference()
        assert len(reference) == 10 and reference.startswith("RF-")
        assert not set(reference[3:]) & set("0O1I")
        assert normalise_reference(reference.lower().replace("-", " ")) == reference
    assert normalise_reference("RF-0OO-111") is None


def test_nhs_number_check():
    assert nhs_number_is_valid("9434765919")
    assert not nhs_number_is_valid("9434765918")
    assert display_nhs_number("9434765919") == "943 476 5919"


def test_send_notifications_sends_due_messages(teams):
    referral = ReferralFactory(team=teams["north"])
    OutboxMessage.objects.create(referral=referral, kind="x", to="a@example.org", subject="Hello", body="Body")
    call_command("send_notifications", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [m.subject for m in mail.outbox] == ["Hello"]
    assert OutboxMessage.objects.get().status == OutboxStatus.SENT


def test_failing_email_is_retried_with_backoff_then_marked_failed(teams):
    referral = ReferralFactory(team=teams["north"])
    message = OutboxMessage.objects.create(referral=referral, kind="x", to="a@example.org", subject="S", body="B")
    now = timezone.now()
    with mock.patch("referrals.sending.send_one", side_effect=OSError("mail server down")):
        assert send_due(now) == (0, 1, 0)
        message.refresh_from_db()
        assert message.status == OutboxStatus.PENDING
        assert message.next_attempt_at == now + datetime.timedelta(minutes=5)
        assert send_due(now) == (0, 0, 0)  # not due yet
        for attempt in range(2, 6):
            send_due(now + datetime.timedelta(days=attempt))
    message.refresh_from_db()
    assert message.status == OutboxStatus.FAILED
    assert message.attempts == 5
    assert "mail server down" in message.last_error
    assert Referral.objects.filter(pk=referral.pk).exists()


def lookup(client, reference, day=15, month=3, year=2018):
    return client.post(
        "/refer/status/",
        {"reference": reference, "date_of_birth_0": day, "date_of_birth_1": month, "date_of_birth_2": year},
    )


def test_status_lookup_shows_plain_words_and_wait(client, teams):
    referral = ReferralFactory(team=teams["north"], status=ReferralStatus.ACCEPTED_SPECIALIST)
    add_wait(teams["north"], 12, timezone.localdate(), Pathway.ROUTINE_ASSESSMENT)
    response = lookup(client, referral.reference.lower())
    assert response.headers["Location"] == "/refer/status/result/"
    page = client.get("/refer/status/result/").content.decode()
    assert "Your child is on the waiting list" in page
    assert "12 weeks" in page
    assert "Pip" not in page


def test_status_lookup_same_answer_for_wrong_reference_and_wrong_date(client, teams):
    referral = ReferralFactory(team=teams["north"])
    wrong_date = lookup(client, referral.reference, day=16).content.decode()
    wrong_reference = lookup(client, "RF-AAA-AAA").content.decode()
    message = "We could not find a referral with that reference number and date of birth"
    assert message in wrong_date and message in wrong_reference
    assert client.get("/refer/status/result/").status_code == 302


@override_settings(RATELIMIT_ENABLED=True, RATE_LIMITS={"referral-status": (2, 900)})
def test_status_lookup_is_rate_limited(client, teams):
    from django.core.cache import cache

    cache.clear()
    lookup(client, "RF-AAA-AAA")
    lookup(client, "RF-AAA-AAB")
    assert lookup(client, "RF-AAA-AAC").status_code == 429
    cache.clear()


def test_confirmation_shows_reference_next_steps_and_wait(client, teams):
    referral = ReferralFactory(team=teams["north"])
    add_wait(teams["north"], 9, timezone.localdate(), Pathway.ROUTINE_ASSESSMENT)
    page = client.get(f"/refer/sent/{referral.confirmation_token}/").content.decode()
    assert referral.reference in page
    assert "within 10 working days" in page
    assert "9 weeks" in page
    assert "If things get worse" in page
    assert client.get("/refer/sent/not-a-token/").status_code == 404
    # Found by fuzzing: a NUL byte in the token reached the query, which PostgreSQL refuses (a server error).
    assert client.get("/refer/sent/a%00b/").status_code == 404
