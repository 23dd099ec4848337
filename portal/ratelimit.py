"""Per-client rate limits for public forms, kept in the shared cache.

Clients are identified by a keyed hash of their address, so no IP address is stored. Limits
live in settings.RATE_LIMITS as {group: (requests, seconds)}; production must use a cache
shared by every app server (Redis) or each process would count on its own.
"""

import functools
import hashlib
import hmac
import logging

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from portal.cache import CacheUnavailable, warn_once_per_outage
from portal.client_address import client_address

logger = logging.getLogger(__name__)
DEFAULT_LIMIT = (30, 600)


def client_fingerprint(request):
    address = client_address(request)
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[:32]


def limit_for(group):
    return settings.RATE_LIMITS.get(group, DEFAULT_LIMIT)


def hit(request, group):
    """Count one request from this client in `group`; True when it is over the limit.

    Fails open: while the shared cache is down nothing can be counted, and a family must still be
    able to send a referral or feedback. Duplicates are stopped by the database (each referral's
    idempotency key), not by these limits; docs/resilience.md explains the trade-off.
    """
    if not settings.RATELIMIT_ENABLED:
        return False
    allowed, period = limit_for(group)
    key = f"ratelimit:{group}:{client_fingerprint(request)}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    except CacheUnavailable:
        warn_once_per_outage(logger, "Rate limit %s not counted while the shared cache is down: allowing", group)
        return False
    return count > allowed


def too_many_requests(request, group):
    _, period = limit_for(group)
    minutes = max(1, round(period / 60))
    response = render(request, "429.html", {"retry_minutes": minutes}, status=429)
    response["Retry-After"] = str(period)
    return response


def rate_limited(group, methods=("POST",)):
    """View decorator: over the limit, answer with the friendly 429 page instead of the view."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method in methods and hit(request, group):
                return too_many_requests(request, group)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
