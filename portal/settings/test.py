"""Fast, deterministic settings for the test suite.

The database and cache still follow DATABASE_URL and REDIS_URL, so CI runs the same suite
over real PostgreSQL and Redis connections.
"""

import os
import re

from .base import *  # noqa: F403
from .base import REDIS_URL

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    CACHES["default"]["KEY_PREFIX"] = "portal-test"  # noqa: F405
    # Parallel test workers each get their own Redis database: tests call cache.clear(), which
    # empties the whole database, and must not wipe another worker's keys mid-test.
    _worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if _worker.startswith("gw"):
        CACHES["default"]["LOCATION"] = re.sub(r"/\d*$", "", REDIS_URL) + f"/{int(_worker[2:]) % 15 + 1}"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
# Serve static files straight from the app and project folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests that exercise limits turn them on with override_settings; the rest should not trip them.
RATELIMIT_ENABLED = False
# Most tests change content and read it back straight away; the page cache has its own tests.
PAGE_CACHE_ENABLED = False
PASSWORD_RESET_MIN_SECONDS = 0  # its own test turns it on
