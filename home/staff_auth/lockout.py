"""Limits on guessing staff passwords and codes: per account and per client, in the shared cache.

Every failed password or code counts against both the account (so spreading guesses over many
addresses does not help) and the client (so trying many accounts from one place does not
either). Both counters expire on their own after the window in settings.STAFF_LOGIN_LIMIT.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache

from home.ratelimit import client_fingerprint

DEFAULT_LIMIT = (10, 15 * 60)


def limit():
    return getattr(settings, "STAFF_LOGIN_LIMIT", DEFAULT_LIMIT)


def _account_key(username):
    digest = hmac.new(settings.SECRET_KEY.encode(), (username or "").strip().lower().encode(), hashlib.sha256)
    return f"staff-login-failures:account:{digest.hexdigest()[:32]}"


def _client_key(request):
    return f"staff-login-failures:client:{client_fingerprint(request)}"


def _keys(request, username):
    return [_client_key(request), _account_key(username)]


def is_locked(request, username):
    allowed, _ = limit()
    return any((cache.get(key) or 0) >= allowed for key in _keys(request, username))


def record_failure(request, username):
    _, period = limit()
    for key in _keys(request, username):
        cache.add(key, 0, timeout=period)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=period)


def lockout_minutes():
    return max(1, round(limit()[1] / 60))


def lockout_message():
    minutes = lockout_minutes()
    return (
        f"Too many failed attempts to sign in. To keep this account safe, signing in is paused. "
        f"Wait {minutes} minutes and try again, or ask an administrator for help."
    )
