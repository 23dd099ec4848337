"""The suite runs over the database and cache it was given, over real connections.

CI sets EXPECT_DATABASE_VENDOR=postgresql and EXPECT_CACHE=redis, so a run that silently fell
back to SQLite or a local cache fails instead of passing.
"""

import os
import uuid

import pytest
from django.core.cache import cache, caches
from django.db import connection


@pytest.mark.django_db
def test_database_is_the_one_configured():
    expected = os.environ.get("EXPECT_DATABASE_VENDOR")
    if expected:
        assert connection.vendor == expected
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone()[0] == 1


def test_cache_round_trip_over_the_configured_backend():
    expected = os.environ.get("EXPECT_CACHE")
    if expected == "redis":
        from django.core.cache.backends.redis import RedisCache

        backend = caches["default"]
        assert isinstance(backend, RedisCache)
        # A real round trip to the server, not just the right class.
        assert backend._cache.get_client(write=False).ping()
    key = f"round-trip-{uuid.uuid4()}"
    cache.set(key, {"value": 1}, timeout=30)
    assert cache.get(key) == {"value": 1}
    counter = key + "-count"
    assert cache.add(counter, 0)
    assert cache.incr(counter) == 1
    cache.delete(counter)
    cache.delete(key)
    assert cache.get(key) is None
