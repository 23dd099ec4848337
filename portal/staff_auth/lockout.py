"""Limits on guessing staff passwords and codes: per account and per client, in the shared cache.

Every failed password or code counts against both the account (so spreading guesses over many
addresses does not help) and the client (so trying many accounts from one place does not
either). Both counters expire on their own after the window in settings.STAFF_LOGIN_LIMIT.

While the shared cache is down, failures cannot be counted (docs/resilience.md):
- with a second factor required for everyone (REQUIRE_STAFF_2FA, on in production) sign-in stays
  open: a guessed password alone does not get in, and django-otp throttles wrong codes in the
  database, which does not depend on the cache. Staff can still sign in during an incident.
- without it, a password is the only barrier, so sign-in is paused until the cache is back.
"""

import hashlib
import hmac
import logging

from django.conf import settings
from django.core.cache import cache

from portal.cache import CacheUnavailable, shared_cache_down, warn_once_per_outage
from portal.ratelimit import client_fingerprint

logger = logging.getLogger(__name__)


def limit():
    return settings.STAFF_LOGIN_LIMIT


def _account_key(username):
    digest = hmac.new(settings.SECRET_KEY.encode(), (username or "").strip().lower().encode(), hashlib.sha256)
    return f"staff-login-failures:account:{digest.hexdigest()[:32]}"


def _client_key(request):
    return f"staff-login-failures:client:{client_fingerprint(request)}"


def _keys(request, username):
    return [_client_key(request), _account_key(username)]


def fails_open():
    """Whether sign-in stays open while failures cannot be counted (see the module docstring)."""
    return settings.REQUIRE_STAFF_2FA


def is_locked(request, username):
    allowed, _ = limit()
    counts = cache.get_many(_keys(request, username))
    if shared_cache_down():  # the read failed: the counts are unknown, not zero
        if fails_open():
            warn_once_per_outage(logger, "Staff sign-in failures not counted while the shared cache is down")
            return False
        warn_once_per_outage(logger, "Staff sign-in paused while the shared cache is down (no second factor)")
        return True
    return any(count >= allowed for count in counts.values())


def record_failure(request, username):
    _, period = limit()
    for key in _keys(request, username):
        cache.add(key, 0, timeout=period)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=period)
        except CacheUnavailable:
            return  # is_locked decides what an outage means; counting is impossible until it ends


def lockout_minutes():
    return max(1, round(limit()[1] / 60))


def lockout_message():
    if shared_cache_down() and not fails_open():
        return (
            "Signing in is paused because part of the system is not working. "
            "Try again in a few minutes, or ask an administrator for help."
        )
    minutes = lockout_minutes()
    return (
        f"Too many failed attempts to sign in. To keep this account safe, signing in is paused. "
        f"Wait {minutes} minutes and try again, or ask an administrator for help."
    )
