"""`/healthz` for load balancers: 200 when the database and cache answer, 503 when either does not.
It says which part failed in a word, and nothing else (no versions, hosts or errors)."""

import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0] == 1
    except Exception:  # noqa: BLE001 - any failure means "not healthy"
        return False


def cache_ok():
    # The Redis backend swallows outages (portal/cache.py), so only a value written and read back
    # proves the cache works; while its breaker is open the write is skipped and the read misses.
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=10)
        ok = cache.get(key) == "1"
        cache.delete(key)
        return ok
    except Exception:  # noqa: BLE001
        return False


@never_cache
def healthz(request):
    checks = {"database": database_ok(), "cache": cache_ok()}
    status = 200 if all(checks.values()) else 503
    return JsonResponse({name: "ok" if passed else "failing" for name, passed in checks.items()}, status=status)
