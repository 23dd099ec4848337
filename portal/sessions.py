"""Sessions that survive a short database outage (SESSION_ENGINE and the session middleware).

Families' journeys keep their answers in the database-backed session, saved at the end of each
request. If the database drops the connection just then (a restart, a failover), Django's session
backend reports an `UpdateError`, which its middleware turns into "the session was deleted": a 400
Bad Request page, and the answer the family just gave is gone without a word. Here a lost connection
is told apart from a session that really was deleted: the save is tried once more on a fresh
connection, and if the database is still away the family gets a 503 page that says their answer was
not saved and to send it again in a minute (with Retry-After). Earlier answers are still in the
database, and a referral sent twice is still one referral (its idempotency key is in the session).
"""

import logging
from contextlib import suppress

from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.contrib.sessions.middleware import SessionMiddleware as DjangoSessionMiddleware
from django.db import DatabaseError, InterfaceError, OperationalError, connections, router
from django.shortcuts import render

logger = logging.getLogger(__name__)

# Long enough for a database restart or failover; the page asks for "a minute" too.
RETRY_AFTER_SECONDS = 60


class SessionStoreUnavailable(Exception):
    """The session could not be saved because the database could not be reached, even on a new connection."""


def lost_connection(error):
    """True for a connection-level failure, also when the session backend has wrapped it in UpdateError.

    A plain DatabaseError ("forced update did not affect any rows": the session really was deleted,
    say by signing out in another tab) is not one, and keeps Django's own answer."""
    failures = (OperationalError, InterfaceError)
    return isinstance(error, failures) or isinstance(error.__context__, failures)


def root_cause(error):
    """The connection error itself, not the UpdateError the session backend wrapped it in."""
    return error.__context__ if isinstance(error, UpdateError) else error


class SessionStore(DatabaseSessionStore):
    def save(self, must_create=False):
        try:
            return super().save(must_create)
        except (UpdateError, DatabaseError) as error:
            if not lost_connection(error):
                raise
            first_failure = error
        database = connections[router.db_for_write(self.model)]
        if not database.in_atomic_block:
            # The next query opens a new connection. Closing a broken one can raise; it is let go all the same.
            with suppress(DatabaseError):
                database.close()
        elif not database.is_usable():
            # Inside the caller's transaction a new connection would not see its work: no retry.
            raise SessionStoreUnavailable from root_cause(first_failure)
        try:
            return super().save(must_create)
        except (UpdateError, DatabaseError) as error:
            if not lost_connection(error):
                raise
            raise SessionStoreUnavailable from root_cause(error)


class SessionMiddleware(DjangoSessionMiddleware):
    """Django's session middleware, answering a session that could not be saved with a 503 page."""

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except SessionStoreUnavailable as error:
            # The exception's class only: its message could name the database host.
            logger.warning("A session could not be saved (%s): answered 503", type(error.__cause__).__name__)
            page = render(request, "session_not_saved.html", status=503)
            page["Retry-After"] = str(RETRY_AFTER_SECONDS)
            page["Cache-Control"] = "no-store"
            return page
