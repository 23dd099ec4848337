"""Emails that arrive (issue 18, item 8): `make run` sends the outbox, and every link uses the configured site URL."""

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import DatabaseError
from django.test import Client
from django.urls import reverse

from referrals import sending
from referrals.management.commands import send_notifications
from referrals.models import OutboxMessage, OutboxStatus, Referral
from referrals.tests.journeys import school_answers, walk_to_check
from referrals.triage import apply

pytestmark = pytest.mark.django_db
ROOT = Path(settings.BASE_DIR)
LINK = re.compile(r"https?://[^\s)>\"']+")
SITE = "http://127.0.0.1:8000"


def make_plan(*args):
    """What `make run` would do, without doing it (make -n)."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    environment = {key: value for key, value in os.environ.items() if key not in ("WAGTAILADMIN_BASE_URL", "PORT")}
    return subprocess.run(
        [make, "-n", "run", *args], cwd=ROOT, capture_output=True, text=True, check=True, env=environment
    ).stdout


def test_make_run_serves_and_sends_the_outbox_in_one_command():
    plan = make_plan()
    assert "manage.py runserver 127.0.0.1:8000" in plan
    assert "manage.py send_notifications --every" in plan
    assert "WAGTAILADMIN_BASE_URL:-http://127.0.0.1:8000" in plan
    other = make_plan("PORT=8123")
    assert "runserver 127.0.0.1:8123" in other and "WAGTAILADMIN_BASE_URL:-http://127.0.0.1:8123" in other


def test_the_sender_keeps_sending_every_few_seconds(teams, monkeypatch):
    OutboxMessage.objects.create(kind="test", to="a@example.org", subject="First", body="Hello")
    rounds = []
    real_send_due = sending.send_due

    def send_due_then_add_one(**kwargs):
        rounds.append(len(rounds))
        if len(rounds) == 2:
            raise DatabaseError("database is locked")  # the demo's SQLite, busy with the web server
        result = real_send_due(**kwargs)
        OutboxMessage.objects.create(kind="test", to="b@example.org", subject=f"Round {len(rounds)}", body="Hello")
        return result

    monkeypatch.setattr(sending, "send_due", send_due_then_add_one)
    # Between rounds the worker drops a connection left in a bad state, as a long-running process
    # must. Inside this test's transaction that would close PostgreSQL's connection and roll the
    # test's own rows back (SQLite's in-memory test database ignores it), so it is left out here.
    monkeypatch.setattr(send_notifications, "close_old_connections", lambda: None)
    out = io.StringIO()
    call_command("send_notifications", every=0.01, rounds=3, stdout=out, stderr=io.StringIO())
    assert len(rounds) == 3
    assert [message.subject for message in mail.outbox] == ["First", "Round 1"]
    assert "Sent 1" in out.getvalue()


def test_one_run_still_sends_once_and_says_so(teams):
    OutboxMessage.objects.create(kind="test", to="a@example.org", subject="Once", body="Hello")
    out = io.StringIO()
    call_command("send_notifications", stdout=out)
    assert out.getvalue().startswith("Sent 1, will retry 0, failed for good 0.")
    assert OutboxMessage.objects.get().status == OutboxStatus.SENT


@pytest.fixture
def site_url(settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    return SITE


def links_in(text):
    return LINK.findall(text)


def test_every_link_in_a_referral_email_uses_the_site_url(client, teams, area, site_url):
    # The family comes in on another address (a proxy, another port): the emails still link to the site.
    client.defaults["HTTP_HOST"] = "10.0.0.5:8080"
    walk_to_check(client, school_answers(area.pk))
    client.post("/refer/check-your-answers/")
    referral = Referral.objects.get()
    apply(referral, "accept", None, {"tier": "accepted-specialist", "priority": "routine"})
    call_command("send_notifications", stdout=io.StringIO())
    kinds = sorted(OutboxMessage.objects.values_list("kind", flat=True))
    assert kinds == ["family-confirmation", "referrer-confirmation", "status-update", "status-update", "team-notice"]
    for message in mail.outbox:
        found = links_in(message.body)
        assert found, message.subject
        for link in found:
            assert link.startswith(site_url + "/"), (message.subject, link)
            assert Client().get(link.removeprefix(site_url)).status_code in (200, 302), link


def test_a_booking_email_links_to_the_site_url_not_the_address_it_was_made_on(client, site_url):
    from resources.tests.factories import TrainingEventFactory

    event = TrainingEventFactory()
    client.post(
        reverse("resources:book", args=[event.pk]),
        {"name": "Jo Teacher", "role": "SENCo", "school": "Oakfield", "email": "jo@example.sch.uk"},
        HTTP_HOST="internal-admin.example:9000",
    )
    (message,) = mail.outbox
    (link,) = links_in(message.body)
    assert link.startswith(site_url + "/training/cancel/") or link.startswith(site_url + "/schools/training/cancel/")
