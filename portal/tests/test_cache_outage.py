"""The site keeps working when Redis does not: real connections, no mocks.

The unit tests point the cache at a port where nothing listens. The journey test starts a
throwaway redis-server, warms the caches, kills it mid-test, walks the public site, then starts
it again and checks caching comes back.
"""

import logging
import os
import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, override_settings
from django.utils.html import escape

from home.models import AdviceTopicPage, HomePage, LifeArea
from portal.cache import Breaker, CacheUnavailable, ResilientRedisCache
from referrals.models import Referral
from referrals.tests.journeys import parent_answers, walk_to_check

NOTHING_LISTENS = "redis://127.0.0.1:1/0"
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "")
SHARED_CACHE_LOG = "portal.cache"


class CountingConnection(redis.connection.Connection):
    """A real connection that counts how often it tries to reach the server."""

    attempts = 0

    def _connect(self):
        type(self).attempts += 1
        return super()._connect()


def unreachable_cache(**options):
    backend = ResilientRedisCache(NOTHING_LISTENS, {"OPTIONS": {"socket_connect_timeout": 0.5, **options}})
    backend.breaker = Breaker()  # breakers are shared per location; each test starts with a closed one
    return backend


# --- The backend on its own, with nothing listening ---------------------------------------


def test_reads_miss_and_writes_do_nothing_when_redis_is_unreachable():
    backend = unreachable_cache()
    assert backend.get("page", "fallback") == "fallback"
    assert backend.get_many(["a", "b"]) == {}
    assert backend.has_key("page") is False
    assert backend.touch("page") is False
    assert backend.set("page", "<html>") is None
    assert backend.add("page", "<html>") is False
    assert backend.set_many({"a": 1, "b": 2}) == ["a", "b"]  # Django's contract: the keys not stored
    assert backend.delete("page") is False
    assert backend.delete_many(["a", "b"]) is None
    assert backend.clear() is False
    assert backend.get_or_set("page", "rendered") == "rendered"
    assert backend.is_down


def test_counters_raise_cache_unavailable_so_callers_choose():
    backend = unreachable_cache()
    with pytest.raises(CacheUnavailable):
        backend.incr("ratelimit:feedback:abc")
    with pytest.raises(CacheUnavailable):
        backend.decr("ratelimit:feedback:abc")


@override_settings(CACHE_RETRY_AFTER_SECONDS=0.3)
def test_the_breaker_skips_redis_for_a_while_after_a_failure_then_tries_again():
    backend = unreachable_cache(connection_class=CountingConnection)
    CountingConnection.attempts = 0
    backend.get("a")
    tried_once = CountingConnection.attempts
    assert tried_once >= 1
    for _ in range(20):
        backend.get("a")
        backend.set("a", 1)
        with pytest.raises(CacheUnavailable):
            backend.incr("a")
    assert CountingConnection.attempts == tried_once  # no connection attempts while the breaker is open
    time.sleep(0.35)
    backend.get("a")
    assert CountingConnection.attempts > tried_once


@override_settings(CACHE_RETRY_AFTER_SECONDS=0.05)
def test_one_warning_per_outage_without_keys(caplog):
    backend = unreachable_cache()
    with caplog.at_level(logging.WARNING, logger=SHARED_CACHE_LOG):
        for _ in range(5):
            backend.get("selfassess:code-lookups:secret-fingerprint")
            time.sleep(0.06)  # past the breaker window: each call really tries, and fails
    warnings = [record for record in caplog.records if record.name == SHARED_CACHE_LOG]
    assert len(warnings) == 1
    assert "unavailable" in warnings[0].getMessage()
    assert "secret-fingerprint" not in warnings[0].getMessage() and "127.0.0.1" not in warnings[0].getMessage()


# --- A real Redis that goes away and comes back -------------------------------------------


def redis_server_required():
    return os.environ.get("REQUIRE_BROWSER", "") in {"1", "true", "yes"} or os.environ.get("CI", "") == "true"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ThrowawayRedis:
    def __init__(self, executable):
        self.executable = executable
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = [self.executable, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 5
        while True:
            try:
                client.ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise
                time.sleep(0.02)
            finally:
                client.close()

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=5)


@pytest.fixture
def throwaway_redis():
    executable = shutil.which("redis-server")
    if executable is None:
        reason = "redis-server is not installed (Debian's redis-server package): the Redis outage test cannot run"
        if redis_server_required():
            pytest.fail(f"REQUIRE_BROWSER or CI is set but {reason}", pytrace=False)
        pytest.skip(reason)
    server = ThrowawayRedis(executable)
    server.start()
    yield server
    server.kill()


def cache_settings(url):
    options = {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}
    return {"default": {"BACKEND": "portal.cache.ResilientRedisCache", "LOCATION": url, "OPTIONS": options}}


def staff_sign_in(client, password, username="editor"):
    return client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})


def feedback(client, page):
    return client.post("/feedback/", {"page": page.pk, "useful": "yes"})


def return_code_lookup(client):
    return client.post("/self-assessment/progress/", {"code": "ABCDE23456"})


@pytest.fixture
def redis_outage_settings(throwaway_redis, settings):
    limits = {**settings.RATE_LIMITS, "feedback": (1, 3600)}
    with override_settings(
        CACHES=cache_settings(throwaway_redis.url),  # Django resets its cache connections on this change
        CACHE_RETRY_AFTER_SECONDS=0.2,
        PAGE_CACHE_ENABLED=True,
        PAGE_CACHE_DEBUG_HEADER=True,  # the test reads hit or miss from it
        RATELIMIT_ENABLED=True,
        RATE_LIMITS=limits,
        STAFF_LOGIN_LIMIT=(2, 900),
        REQUIRE_STAFF_2FA=True,
    ):
        yield throwaway_redis


@pytest.mark.django_db
def test_the_public_site_keeps_working_while_redis_is_down(redis_outage_settings, demo_site, caplog):
    server = redis_outage_settings
    home = HomePage.objects.get(locale__language_code="en-gb")  # the demo's home page has Polish and Urdu translations
    topic = AdviceTopicPage.objects.live().public().filter(locale__language_code="en-gb").first()
    public_pages = ["/", topic.url, "/waiting-times/", "/schools/"]

    # Redis up: pages are cached, limits count, the health check passes.
    visitor = Client()
    assert visitor.get("/")["X-Page-Cache"] == "miss"
    assert visitor.get("/")["X-Page-Cache"] == "hit"
    assert feedback(visitor, home).status_code == 302
    assert feedback(visitor, home).status_code == 429
    assert visitor.get("/healthz").status_code == 200

    server.kill()
    with caplog.at_level(logging.WARNING):
        # Every public page still answers, from the database (the page cache misses).
        for path in public_pages:
            response = visitor.get(path)
            assert response.status_code == 200, path
            assert response.get("X-Page-Cache") != "hit", path
        assert escape(home.hero_heading) in visitor.get("/").content.decode()
        assert escape(topic.title) in visitor.get(topic.url).content.decode()

        # An editor's change still publishes (the page cache cannot be told, and does not need to be).
        topic.save_revision().publish()

        # Public form limits fail open: feedback over its limit is still taken.
        assert feedback(visitor, home).status_code == 302

        # A self-assessment step, read and answered.
        family = Client()
        assert family.post("/self-assessment/start/").status_code == 302
        assert family.get("/self-assessment/age/").status_code == 200
        assert family.post("/self-assessment/age/", {"age_band": "5-to-11"}).url == "/self-assessment/safety-questions/"

        # Return-code lookups fail closed, with a friendly page, not a 500.
        response = return_code_lookup(family)
        assert response.status_code == 429
        text = response.content.decode()
        assert "There is a problem" in text and "Please try again in a few minutes" in text

        # A whole referral, sent exactly once even when the family presses the button twice.
        referrals_before = Referral.objects.count()
        area = LifeArea.objects.get(slug="getting-dressed")
        walk_to_check(family, parent_answers(area.pk))
        first = family.post("/refer/check-your-answers/")
        second = family.post("/refer/check-your-answers/")
        assert first.status_code == 302 and first.url.startswith("/refer/sent/")
        assert second.url == first.url
        assert Referral.objects.count() == referrals_before + 1
        assert family.get(first.url).status_code == 200

        # Staff sign-in with a second factor required: open, failures are not counted.
        staff = Client()
        for _ in range(3):
            assert staff_sign_in(staff, "wrong-password").status_code == 200
        assert staff_sign_in(staff, DEMO_PASSWORD).status_code == 302
        # Without a second factor, a password alone would be unlimited guessing: sign-in pauses.
        with override_settings(REQUIRE_STAFF_2FA=False):
            response = staff_sign_in(Client(), DEMO_PASSWORD)
            assert response.status_code == 429
            assert "Signing in is paused" in response.content.decode()

        health = visitor.get("/healthz")
        assert health.status_code == 503
        assert health.json() == {"database": "ok", "cache": "failing"}

    outage_logs = [record.getMessage() for record in caplog.records if record.name == SHARED_CACHE_LOG]
    assert len(outage_logs) == 1, outage_logs
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert not any(word in logged for word in ("ratelimit:", "pagecache:", "staff-login", "editor", str(server.port)))

    # Redis back on the same port: after the breaker window, everything resumes.
    server.start()
    time.sleep(0.25)
    assert visitor.get("/healthz").status_code == 200
    assert visitor.get("/")["X-Page-Cache"] == "miss"
    assert visitor.get("/")["X-Page-Cache"] == "hit"
    assert feedback(visitor, home).status_code == 302
    assert feedback(visitor, home).status_code == 429
    assert "We could not find results with that code" in return_code_lookup(Client()).content.decode()
    staff = Client()
    for _ in range(2):
        staff_sign_in(staff, "wrong-password")
    assert staff_sign_in(staff, DEMO_PASSWORD).status_code == 429  # lockout counts again
    assert get_user_model().objects.filter(username="editor").exists()


@pytest.mark.django_db
def test_counters_keep_their_meaning_while_redis_is_up(redis_outage_settings):
    with pytest.raises(ValueError):
        cache.incr("never-set")
    assert cache.add("counter", 0) is True
    assert cache.incr("counter") == 1
    assert cache.decr("counter") == 0
    cache.set("page", "<html>")
    assert cache.get("page") == "<html>"
