"""On one machine with SQLite, two app processes sending referrals at once must both succeed.

Each submission reads (is this reference free?) and then writes in one transaction. SQLite's
default transactions take the write lock only at the first write, and a transaction that read
before another one wrote cannot take it at all: it fails at once with "database is locked",
without waiting. `make bench` found exactly that under load. The settings start every transaction
with the write lock (BEGIN IMMEDIATE), so the second one waits its turn instead.
"""

import threading
import time

import pytest
from django.db import transaction
from django.db.utils import ConnectionHandler

from portal.settings.base import SQLITE_OPTIONS

WRITERS = 4


@pytest.fixture
def file_database(tmp_path, monkeypatch, django_db_blocker):
    """A SQLite file with the one-machine options, reachable as the "drill" alias from any thread."""
    handler = ConnectionHandler(
        {
            "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "unused.sqlite3")},
            "drill": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": str(tmp_path / "drill.sqlite3"),
                "OPTIONS": dict(SQLITE_OPTIONS),
            },
        }
    )
    # transaction.atomic looks connections up by alias in django.db.connections.
    monkeypatch.setattr(transaction, "connections", handler)
    with django_db_blocker.unblock():
        with handler["drill"].cursor() as cursor:
            cursor.execute("CREATE TABLE submission (id INTEGER PRIMARY KEY, reference TEXT UNIQUE)")
        yield handler
        handler.close_all()


def send_one(handler, number, start, errors):
    start.wait()
    try:
        with transaction.atomic(using="drill"), handler["drill"].cursor() as cursor:
            cursor.execute("SELECT count(*) FROM submission")  # read first, as submit() does
            time.sleep(0.2)  # so every writer has read before any writes
            cursor.execute("INSERT INTO submission (reference) VALUES (%s)", [f"REF{number}"])
    except Exception as error:  # noqa: BLE001 - the test reports any failure
        errors.append(error)
    finally:
        handler["drill"].close()


def test_writers_that_read_first_wait_for_each_other_instead_of_failing(file_database):
    start, errors = threading.Event(), []
    threads = [
        threading.Thread(target=send_one, args=(file_database, number, start, errors)) for number in range(WRITERS)
    ]
    for thread in threads:
        thread.start()
    start.set()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    with file_database["drill"].cursor() as cursor:
        cursor.execute("SELECT count(*) FROM submission")
        assert cursor.fetchone()[0] == WRITERS


def test_the_database_file_uses_write_ahead_logging(file_database):
    with file_database["drill"].cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
