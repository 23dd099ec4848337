"""Many people booking the last places at the same moment, on a real database server."""

import threading

import pytest
from django.db import connection, connections

from resources.booking import book_place
from resources.models import BookingStatus
from resources.tests.factories import TrainingEventFactory

PEOPLE = 20
PLACES = 5


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has no row locks and serialises writers, so it cannot show this race; CI runs it on PostgreSQL",
)
# serialized_rollback: an earlier live-server test may have flushed the tables migrations fill
# (content types, Wagtail's root page); restore them, or the first save fails on a foreign key.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.xdist_group("many_connections")  # see referrals/tests/test_faults_postgres.py
def test_parallel_bookings_never_exceed_capacity():
    event = TrainingEventFactory(capacity=PLACES)
    start = threading.Barrier(PEOPLE)
    errors = []

    def book(number):
        try:
            start.wait()
            book_place(
                event.pk, name=f"Person {number}", role="Teacher", school="School", email=f"p{number}@example.org"
            )
        except Exception as error:  # collected and reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=book, args=(number,)) for number in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert event.bookings.filter(status=BookingStatus.BOOKED).count() == PLACES
    assert event.bookings.filter(status=BookingStatus.WAITING).count() == PEOPLE - PLACES
