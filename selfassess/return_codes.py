"""Looking up a completed self-assessment by its return code, on any route, against one limit.

A return code opens a child's answers, so codes are worth guessing. Every lookup of a code a
person typed or followed a link with counts against the same per-client allowance
(SELFASSESS_CODE_LOOKUP_LIMIT per SELFASSESS_CODE_LOOKUP_WINDOW_SECONDS), whether it came
through the progress check (/self-assessment/progress/) or a referral (/refer/?assessment=).
Clients are told apart by portal.ratelimit.client_fingerprint, as every other limit is.

Unlike the form limits in portal.ratelimit, this one fails closed: while the shared cache is down
nothing can be counted, so lookups pause (docs/resilience.md).
"""

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

from portal.cache import CacheUnavailable
from portal.ratelimit import client_fingerprint
from selfassess.models import Assessment
from selfassess.models.assessment import normalise_return_code

LOOKUPS_PAUSED = "We cannot check return codes at the moment. Please try again in a few minutes."
PAUSED_RETRY_SECONDS = 300


class TooManyLookups(Exception):
    """This client has used every lookup in the window."""


class LookupsPaused(Exception):
    """The shared cache is down, so lookups cannot be counted: none are made."""


def lookup_key(request):
    return f"selfassess:code-lookups:{client_fingerprint(request)}"


def count_lookup(request):
    """Count one lookup by this client. Raises TooManyLookups over the limit, LookupsPaused when it cannot count."""
    key = lookup_key(request)
    window = settings.SELFASSESS_CODE_LOOKUP_WINDOW_SECONDS
    try:
        if cache.add(key, 1, timeout=window):
            return
        try:
            attempts = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            attempts = 1
    except CacheUnavailable as error:
        raise LookupsPaused from error
    if attempts > settings.SELFASSESS_CODE_LOOKUP_LIMIT:
        raise TooManyLookups


def look_up(request, code):
    """The assessment with this return code, or None; counts the lookup first (see count_lookup for what it raises)."""
    count_lookup(request)
    return Assessment.objects.filter(code=normalise_return_code(code)).select_related("age_band").first()


def too_many_lookups(request):
    """The friendly 429 page, for either route."""
    response = render(request, "selfassess/too_many_attempts.html", status=429)
    response["Retry-After"] = str(settings.SELFASSESS_CODE_LOOKUP_WINDOW_SECONDS)
    return response


def lookups_paused(request):
    response = render(request, "selfassess/too_many_attempts.html", {"paused": LOOKUPS_PAUSED}, status=429)
    response["Retry-After"] = str(PAUSED_RETRY_SECONDS)
    return response
