"""Fixtures shared by every app's tests: an empty cache for each test, a test database migrated once per run
(portal/tests/migrated_once.py), the demo site (portal/tests/demo_fixtures.py) and a real Chromium with axe-core
(portal/tests/browser_fixtures.py)."""

import os

import pytest

pytest_plugins = ["portal.tests.migrated_once", "portal.tests.demo_fixtures", "portal.tests.browser_fixtures"]


# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run
# there unless told this is deliberate. Only tests set this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The demo loader otherwise generates a password and keeps it in var/.
os.environ.setdefault("DEMO_PASSWORD", "demo-password-for-tests")


@pytest.fixture(scope="session")
def live_server(live_server):
    """pytest-django's live server, which closes the worker's browser before it stops (see
    portal/tests/browser_fixtures.close_the_browsers)."""
    yield live_server
    from portal.tests.browser_fixtures import close_the_browsers

    close_the_browsers()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: counters left by another test (a fuzz test makes a
    thousand return-code lookups) must not rate-limit the next one on the same worker."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def english_to_begin_with():
    """Each test starts in English, whatever language an earlier test on the same worker left switched on (a
    Polish or Urdu page's view, or a test that activated one): the waiting-times summary came out in Urdu."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
