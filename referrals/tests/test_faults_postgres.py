"""Faults that only a real database server shows: many families sending at once, a connection dropped.

SQLite lets one writer in at a time and has no server to lose, so these tests skip there, unless
EXPECT_DATABASE_VENDOR=postgresql (as in CI), when running on anything else is a failure.
"""

import itertools
import os
import threading

import psycopg
import pytest
from django.db import OperationalError, connection
from django.test import Client

from referrals import notifications, submit
from referrals.models import EventKind, OutboxMessage, OutboxStatus, Referral, ReferralEvent
from referrals.sending import send_due
from referrals.tests.factories import ReferralFactory
from referrals.tests.journeys import parent_answers, walk_to_check

CHECK_URL = "/refer/check-your-answers/"
FAMILIES = 50
CLICKS = 10

# serialized_rollback: these tests commit, so the tables are flushed afterwards; restore what
# migrations created (see docs/development.md).
# One worker runs these one after another (and test_concurrency.py's): two of them at once on two workers opened
# over 100 connections and PostgreSQL refused the rest ("too many clients already").
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.xdist_group("many_connections"),
]


@pytest.fixture(autouse=True)
def postgresql():
    if connection.vendor == "postgresql":
        return
    if os.environ.get("EXPECT_DATABASE_VENDOR") == "postgresql":
        pytest.fail(f"EXPECT_DATABASE_VENDOR=postgresql but the tests ran on {connection.vendor}", pytrace=False)
    pytest.skip("Needs PostgreSQL: SQLite serialises writers and has no server connection to drop; CI runs these")


def in_threads(work, count):
    """Run work(number) in `count` threads released together; each uses, then closes, its own connection."""
    start = threading.Barrier(count)
    results, errors = [None] * count, []

    def run(number):
        try:
            start.wait(timeout=30)
            results[number] = work(number)
        except Exception as error:  # reported by the caller's assertion
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a submission hung"
    return results, errors


def family_at_check(area, number):
    """A browser that has answered every question as family `number` and is on the check page."""
    client = Client()
    walk_to_check(
        client,
        parent_answers(
            area.pk,
            child={"first_name": f"Child{number}"},
            contact={"name": f"Parent {number}", "email": f"family{number}@example.org"},
        ),
    )
    return client


def send_all_at_once(clients):
    responses, errors = in_threads(lambda number: clients[number].post(CHECK_URL), len(clients))
    assert errors == []
    return responses


def assert_one_referral_each(responses, teams):
    assert [response.status_code for response in responses] == [302] * FAMILIES
    referrals = list(Referral.objects.all())
    assert len(referrals) == FAMILIES
    assert len({referral.reference for referral in referrals}) == FAMILIES
    assert {response.headers["Location"] for response in responses} == {
        f"/refer/sent/{referral.confirmation_token}/" for referral in referrals
    }
    assert ReferralEvent.objects.filter(kind=EventKind.SUBMITTED).count() == FAMILIES
    assert all(referral.events.count() == 1 for referral in referrals)
    family_emails = sorted(
        OutboxMessage.objects.filter(kind=notifications.FAMILY_CONFIRMATION).values_list("to", flat=True)
    )
    assert family_emails == sorted(f"family{number}@example.org" for number in range(FAMILIES))
    assert OutboxMessage.objects.filter(kind=notifications.TEAM_NOTICE, to=teams["north"].email).count() == FAMILIES
    for referral in referrals:  # each family's email carries its own reference
        assert referral.reference in referral.messages.get(kind=notifications.FAMILY_CONFIRMATION).subject


def test_fifty_families_sending_at_once_each_get_one_referral(teams, area):
    clients = [family_at_check(area, number) for number in range(FAMILIES)]
    assert_one_referral_each(send_all_at_once(clients), teams)


def test_reference_clashes_between_families_sending_at_once_are_drawn_again(teams, area, monkeypatch, caplog):
    clients = [family_at_check(area, number) for number in range(FAMILIES)]
    # A tiny pool of references. Every family's first draw is the same reference, drawn only once
    # all of them are in the middle of sending, so none can see another's yet and all but one
    # clash at the database; after that each reference is handed out twice, so pairs clash again.
    drawn_together = threading.Barrier(FAMILIES)
    first_draw = threading.local()
    later_draws = itertools.count()
    lock = threading.Lock()

    def tiny_pool():
        if not getattr(first_draw, "done", False):
            first_draw.done = True
            drawn_together.wait(timeout=30)
            return "RF-AAA-AAA"
        with lock:
            number = next(later_draws) // 2
        return f"RF-BBB-{number:03d}"

    monkeypatch.setattr(submit, "new_reference", tiny_pool)
    caplog.set_level("INFO", logger="referrals.submit")

    assert_one_referral_each(send_all_at_once(clients), teams)
    assert Referral.objects.filter(reference="RF-AAA-AAA").count() == 1
    clashes = [record for record in caplog.records if "took the same reference" in record.getMessage()]
    assert len(clashes) >= FAMILIES - 1


def test_same_journey_sent_by_ten_clicks_at_once_gives_one_referral(teams, area):
    first = family_at_check(area, 1)
    clicks = [first]
    for _ in range(CLICKS - 1):  # the same browser session, sending again and again
        click = Client()
        click.cookies = first.cookies
        clicks.append(click)

    responses, errors = in_threads(lambda number: clicks[number].post(CHECK_URL), CLICKS)

    assert errors == []
    referral = Referral.objects.get()
    assert [response.status_code for response in responses] == [302] * CLICKS
    assert {response.headers["Location"] for response in responses} == {f"/refer/sent/{referral.confirmation_token}/"}
    assert ReferralEvent.objects.count() == 1
    assert OutboxMessage.objects.count() == 2


def connection_details():
    settings = connection.settings_dict
    details = {"dbname": settings["NAME"], "user": settings["USER"], "password": settings["PASSWORD"]}
    details.update(host=settings["HOST"], port=settings["PORT"])
    return {key: str(value) for key, value in details.items() if value}


def backend_pid():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def rows_saved():
    """How many referrals, events and messages the database holds, seen from a connection of its own."""
    tables = [model._meta.db_table for model in (Referral, ReferralEvent, OutboxMessage)]
    with psycopg.connect(**connection_details(), autocommit=True) as fresh:
        return [fresh.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables]  # noqa: S608


def drop_connection():
    pid = backend_pid()
    with psycopg.connect(**connection_details(), autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s, 5000)", [pid]).fetchone()[0]
    return pid


def drop_after_drawing_the_reference(monkeypatch, killed):
    """Dropped just before the referral's insert (which runs in a savepoint of its own)."""
    draw = submit.unused_reference

    def draw_then_drop():
        reference = draw()
        killed.append(drop_connection())
        return reference

    monkeypatch.setattr(submit, "unused_reference", draw_then_drop)


def drop_before_queueing_messages(monkeypatch, killed):
    """Dropped when the referral and its event are written but not committed."""
    queue_messages = notifications.queue_new_referral

    def drop_then_queue(referral):
        killed.append(drop_connection())
        queue_messages(referral)

    monkeypatch.setattr(notifications, "queue_new_referral", drop_then_queue)


@pytest.mark.parametrize("drop_at", [drop_after_drawing_the_reference, drop_before_queueing_messages])
def test_connection_dropped_mid_submission_saves_nothing_and_sending_again_works(
    client, teams, area, monkeypatch, caplog, drop_at
):
    walk_to_check(client, parent_answers(area.pk))
    killed = []
    drop_at(monkeypatch, killed)

    response = client.post(CHECK_URL)

    assert killed, "the connection was never dropped"
    logged = [record.exc_info[0] for record in caplog.records if record.name == "referrals.views.journey"]
    assert logged == [OperationalError]  # the server really was gone, not some other error
    assert response.status_code == 503
    page = response.content.decode()
    assert "Your referral was not sent" in page
    assert "We have not saved any part of your referral" in page
    assert "We have kept your answers" in page
    assert "Try sending it again" in page
    assert rows_saved() == [0, 0, 0]
    assert backend_pid() != killed[0]  # Django opened a new connection for the page and what follows

    monkeypatch.undo()
    response = client.post(CHECK_URL)

    assert response.status_code == 302
    referral = Referral.objects.get()
    assert response.headers["Location"] == f"/refer/sent/{referral.confirmation_token}/"
    assert rows_saved() == [1, 1, 2]
    assert referral.reference in client.get(response.headers["Location"]).content.decode()


SENDERS = 4
MESSAGES = 40


def test_several_send_notifications_runs_at_once_send_each_message_once(teams):
    # Cron on several app servers, or a run that overlaps the next: each message is claimed in its
    # own commit before the provider is called, so no two runs send it, and none is left behind.
    for number in range(MESSAGES // 2):
        notifications.queue_new_referral(ReferralFactory(team=teams["north"], contact_email=f"f{number}@example.org"))
    assert OutboxMessage.objects.count() == MESSAGES
    delivered, lock = [], threading.Lock()

    class SlowProvider:
        def send(self, message):
            threading.Event().wait(0.01)  # long enough for the runs to overlap on every message
            with lock:
                delivered.append(message.pk)

    results, errors = in_threads(lambda number: send_due(sender=SlowProvider()), SENDERS)

    assert errors == []
    assert sorted(delivered) == sorted(OutboxMessage.objects.values_list("pk", flat=True))  # each exactly once
    assert sum(sent for sent, _, _ in results) == MESSAGES
    assert set(OutboxMessage.objects.values_list("status", "attempts")) == {(OutboxStatus.SENT, 1)}
    assert sum(1 for sent, _, _ in results if sent) > 1, "the runs should have shared the work"
