"""A family's answer is saved in the session as the database drops its connection (portal/sessions.py).

Before, Django's session backend turned any database error on that save into "the session was
deleted": a 400 Bad Request page, and the answer silently lost (3 of them in the soak's PostgreSQL
restart, docs/resilience.md). Now the save is tried again on a new connection, and if the database
is still away the family gets a 503 page asking them to try again in a minute.
"""

import os
from contextlib import contextmanager
from unittest import mock

import psycopg
import pytest
from django.contrib.sessions.models import Session
from django.db import DatabaseError, OperationalError, connection

pytestmark = pytest.mark.django_db

WHO_STEP = "/refer/who/"
CHILD_STEP = "/refer/child/"
CHILD = {"first_name": "Pip", "last_name": "Example", "date_of_birth_0": "15", "date_of_birth_1": "3"}
CHILD |= {"date_of_birth_2": "2018", "nhs_number": ""}


@contextmanager
def session_saves_failing(times, error=None):
    """The next `times` session writes fail as they reach the database, as when it restarts mid-request."""
    real_save = Session.save
    left = [times]

    def save(self, *args, **kwargs):
        if left[0]:
            left[0] -= 1
            raise error or OperationalError("server closed the connection unexpectedly")
        return real_save(self, *args, **kwargs)

    with mock.patch.object(Session, "save", save):
        yield


def answered_who(client):
    assert client.post("/refer/start/").status_code == 302
    assert client.post(WHO_STEP, {"referrer_kind": "parent"}).status_code == 302


def test_an_answer_saved_as_the_connection_drops_once_is_kept(client):
    answered_who(client)
    with session_saves_failing(1):
        response = client.post(CHILD_STEP, CHILD)
    assert response.status_code == 302, response.content.decode()[:500]
    assert 'value="Pip"' in client.get(CHILD_STEP).content.decode()


def test_a_new_journey_started_as_the_connection_drops_once_starts(client):
    with session_saves_failing(1):
        assert client.post("/refer/start/").status_code == 302
    assert client.post(WHO_STEP, {"referrer_kind": "parent"}).status_code == 302


def test_while_the_database_stays_away_the_family_is_asked_to_try_again_not_told_bad_request(client):
    answered_who(client)
    with session_saves_failing(2):
        response = client.post(CHILD_STEP, CHILD)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    assert "Sorry, we could not save your answer" in page
    assert "try again in a minute" in page
    assert f'href="{CHILD_STEP}"' in page
    # Nothing of the earlier journey was lost: the step is there to answer again, and now it saves.
    assert 'value="Pip"' not in client.get(CHILD_STEP).content.decode()
    assert client.post(CHILD_STEP, CHILD).status_code == 302
    assert 'value="Pip"' in client.get(CHILD_STEP).content.decode()


def test_a_session_really_deleted_meanwhile_is_still_djangos_bad_request(client):
    # Signing out in another tab deletes the row; the update then changes nothing. Not a lost connection.
    answered_who(client)
    with session_saves_failing(1, DatabaseError("Forced update did not affect any rows.")):
        response = client.post(CHILD_STEP, CHILD)
    assert response.status_code == 400


# The retry opens a new connection, which a test wrapped in a transaction could not see into.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_postgresql_a_connection_killed_before_the_session_save_is_reopened_and_the_answer_kept(client):
    if connection.vendor != "postgresql":
        if os.environ.get("EXPECT_DATABASE_VENDOR") == "postgresql":
            pytest.fail(f"EXPECT_DATABASE_VENDOR=postgresql but the tests ran on {connection.vendor}", pytrace=False)
        pytest.skip("Needs PostgreSQL: the test kills the server's side of Django's connection")
    answered_who(client)
    real_save = Session.save
    killed = []

    def save_after_the_server_drops_us(self, *args, **kwargs):
        if not killed:
            killed.append(connection.connection.info.backend_pid)
            with psycopg.connect(**connection.get_connection_params(), autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", [killed[0]])
        return real_save(self, *args, **kwargs)

    with mock.patch.object(Session, "save", save_after_the_server_drops_us):
        response = client.post(CHILD_STEP, CHILD)
    assert killed
    assert response.status_code == 302, response.content.decode()[:500]
    assert 'value="Pip"' in client.get(CHILD_STEP).content.decode()
