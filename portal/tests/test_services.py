"""The suite runs over the database and cache it was given, over real connections.

CI sets EXPECT_DATABASE_VENDOR=postgresql and EXPECT_CACHE=redis, so a run that silently fell
back to SQLite or a local cache fails instead of passing.
"""

import os
import uuid

import pytest
from django.core.cache import cache
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

        assert isinstance(cache, RedisCache.__mro__[0]) or type(cache).__name__ == "RedisCache"
    key = f"round-trip-{uuid.uuid4()}"
    cache.set(key, {"value": 1}, timeout=30)
    assert cache.get(key) == {"value": 1}
    assert cache.incr(key + "-n", 1) if cache.add(key + "-n", 0) else True
    cache.delete(key)
    assert cache.get(key) is None
