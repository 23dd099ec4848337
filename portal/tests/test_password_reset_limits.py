"""Staff "forgotten password": rate limited, and the answer's time says nothing about the address."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

pytestmark = pytest.mark.django_db


class SlowEmailBackend(EmailBackend):
    """An SMTP server that takes a moment, as real ones do."""

    def send_messages(self, messages):
        time.sleep(0.4)
        return super().send_messages(messages)


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user("triage", "triage@example.nhs.uk", "a-long-staff-password")


def timed_reset(client, email):
    started = time.monotonic()
    response = client.post("/admin/password_reset/", {"email": email})
    return response, time.monotonic() - started


def test_the_answer_takes_as_long_for_an_unknown_address(client, staff, settings):
    settings.EMAIL_BACKEND = "portal.tests.test_password_reset_limits.SlowEmailBackend"
    settings.PASSWORD_RESET_MIN_SECONDS = 1.0
    known, known_seconds = timed_reset(client, "triage@example.nhs.uk")
    unknown, unknown_seconds = timed_reset(client, "nobody@example.nhs.uk")
    assert len(mail.outbox) == 1
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    # Both are held to the floor; without it the known address took the email's 0.4 s longer.
    assert known_seconds >= 1.0 and unknown_seconds >= 1.0
    assert abs(known_seconds - unknown_seconds) < 0.25


def test_password_resets_are_rate_limited_per_client(client, staff, settings):
    settings.RATELIMIT_ENABLED = True
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "password-reset": (3, 3600)}
    statuses = [
        client.post("/admin/password_reset/", {"email": "triage@example.nhs.uk"}, REMOTE_ADDR="192.0.2.50").status_code
        for _ in range(4)
    ]
    assert statuses == [302, 302, 302, 429]
    assert len(mail.outbox) == 3
    other = client.post("/admin/password_reset/", {"email": "triage@example.nhs.uk"}, REMOTE_ADDR="192.0.2.51")
    assert other.status_code == 302
