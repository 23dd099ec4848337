"""A Redis cache that keeps the site up when Redis is not.

Django's RedisCache raises on every call while Redis is down, and Wagtail itself reads the cache
on every page (the site root paths), so an outage would turn every page into a 500. This backend
treats the cache as optional:

- reads (get, get_many, has_key, touch) answer "not cached";
- writes (set, add, set_many, delete, delete_many, clear) do nothing and report failure;
- incr and decr raise CacheUnavailable, because a counter that silently reads zero would switch
  off every limit built on it. Each caller decides whether to fail open or closed
  (docs/resilience.md). A missing key still raises ValueError, as before.

A small circuit breaker stops an outage costing a connection attempt per call: after a failure,
Redis is skipped for CACHE_RETRY_AFTER_SECONDS, then tried again. Each process logs one warning
when an outage starts and one line when it ends, never a key or a value.
"""

import logging
import threading
import time

from django.conf import settings
from django.core.cache import cache as default_cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# OSError covers a refused or reset socket that redis-py does not wrap.
OUTAGE_ERRORS = (RedisError, OSError)


class CacheUnavailable(Exception):
    """The shared cache could not be reached, so a counter could not be read or changed."""


class Breaker:
    """Whether to try Redis at all: shared by every thread in a process, per Redis location."""

    def __init__(self):
        self._lock = threading.Lock()
        self.open_until = 0.0
        self.down_since = None
        self._notes = set()

    def allows_call(self):
        return time.monotonic() >= self.open_until

    @property
    def is_down(self):
        return self.down_since is not None

    def record_failure(self, error, retry_after):
        now = time.monotonic()
        with self._lock:
            starting = self.down_since is None
            if starting:
                self.down_since = now
            self.open_until = now + retry_after
        if starting:
            # The error's class only: its message can name hosts, and a key could hold an identifier.
            logger.warning(
                "Shared cache unavailable (%s): serving pages without it, trying again every %s seconds",
                type(error).__name__,
                retry_after,
            )

    def record_success(self):
        if self.down_since is None:  # the usual case: no lock needed
            return
        with self._lock:
            if self.down_since is None:
                return
            seconds = time.monotonic() - self.down_since
            self.down_since = None
            self.open_until = 0.0
            self._notes.clear()
        logger.warning("Shared cache is back after %.0f seconds", seconds)

    def first_time_this_outage(self, note):
        """True once per outage for each note, so callers can log a consequence without flooding."""
        with self._lock:
            if note in self._notes:
                return False
            self._notes.add(note)
            return True


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(servers):
    with _breakers_lock:
        return _breakers.setdefault(tuple(servers), Breaker())


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.breaker = breaker_for(self._servers)

    @property
    def is_down(self):
        """True while the last call to Redis failed and it has not answered since."""
        return self.breaker.is_down

    def _retry_after(self):
        return settings.CACHE_RETRY_AFTER_SECONDS

    def _attempt(self, operation, *args, fallback=None, **kwargs):
        if not self.breaker.allows_call():
            return fallback
        try:
            result = operation(*args, **kwargs)
        except OUTAGE_ERRORS as error:
            self.breaker.record_failure(error, self._retry_after())
            return fallback
        self.breaker.record_success()
        return result

    # Reads: a miss.
    def get(self, key, default=None, version=None):
        return self._attempt(super().get, key, default, version, fallback=default)

    def get_many(self, keys, version=None):
        return self._attempt(super().get_many, keys, version, fallback={})

    def has_key(self, key, version=None):
        return self._attempt(super().has_key, key, version, fallback=False)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().touch, key, timeout, version, fallback=False)

    # Writes: nothing happens, and the return value says so.
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().set, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().add, key, value, timeout, version, fallback=False)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # Django's contract: the keys that could not be stored.
        return self._attempt(super().set_many, data, timeout, version, fallback=list(data))

    def delete(self, key, version=None):
        return self._attempt(super().delete, key, version, fallback=False)

    def delete_many(self, keys, version=None):
        return self._attempt(super().delete_many, keys, version)

    def clear(self):
        return self._attempt(super().clear, fallback=False)

    # Counters: the caller must choose (decr goes through incr).
    def incr(self, key, delta=1, version=None):
        if not self.breaker.allows_call():
            raise CacheUnavailable("the shared cache is unavailable")
        try:
            value = super().incr(key, delta, version)
        except OUTAGE_ERRORS as error:
            self.breaker.record_failure(error, self._retry_after())
            raise CacheUnavailable("the shared cache is unavailable") from error
        self.breaker.record_success()
        return value


def shared_cache_down(cache=None):
    """True while the shared cache is known to be unreachable; always False for other backends."""
    return getattr(cache or default_cache, "is_down", False)


def warn_once_per_outage(log, message, *args, cache=None):
    """Log a consequence of an outage (a limit not counted) once per outage, not once per request."""
    breaker = getattr(cache or default_cache, "breaker", None)
    if breaker is None or breaker.first_time_this_outage((message, *args)):
        log.warning(message, *args, stacklevel=2)
