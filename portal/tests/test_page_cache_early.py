"""A cached page is answered before sessions, CSRF, sign-in and messages run (portal/page_cache.py).

A cache hit used to pass through a dozen middleware first; profiling a hit showed two thirds of its
time there (docs/performance.md). The hit must still carry every header the rendered page had.
"""

from collections import Counter
from unittest import mock

import pytest

from portal.sessions import SessionMiddleware
from portal.tests.test_page_cache import make_site, page_cache_on  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

SAME_ON_A_HIT = ("Content-Type", "Content-Language", "X-Frame-Options", "Vary", "Cache-Control")
SAME_ON_A_HIT += ("Permissions-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy")


def test_a_cached_page_is_answered_before_the_session_is_looked_at(client):
    home = make_site()
    rendered = client.get(home.url)
    reads = SessionMiddleware.process_request
    with mock.patch.object(SessionMiddleware, "process_request", autospec=True, side_effect=reads) as session_read:
        hit = client.get(home.url)
    assert rendered["X-Page-Cache"] == "miss" and hit["X-Page-Cache"] == "hit"
    assert hit.content == rendered.content
    assert session_read.call_count == 0


def test_a_cached_page_carries_the_headers_the_rendered_page_had(client):
    home = make_site()
    rendered, hit = client.get(home.url), client.get(home.url)
    assert hit["X-Page-Cache"] == "hit"
    for name in SAME_ON_A_HIT:
        assert hit.get(name) == rendered.get(name), name
    assert rendered["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in hit["Content-Security-Policy"]


class CountingCache:
    """The cache as page_cache sees it, counting each call it makes (one call is one Redis round trip)."""

    def __init__(self, real):
        self.real, self.calls = real, Counter()

    def __getattr__(self, name):
        def counted(*args, **kwargs):
            self.calls[name] += 1
            return getattr(self.real, name)(*args, **kwargs)

        return counted


def test_a_hit_asks_the_shared_cache_once(client, monkeypatch):
    # The generation is stored with the page, so one round trip to Redis finds both.
    from portal import page_cache

    home = make_site()
    client.get(home.url)
    counting = CountingCache(page_cache.cache)
    monkeypatch.setattr(page_cache, "cache", counting)
    hit = client.get(home.url)
    assert hit["X-Page-Cache"] == "hit"
    assert dict(counting.calls) == {"get_many": 1}
