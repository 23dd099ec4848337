"""Production: HTTPS, a real secret, PostgreSQL and Redis via the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, SECRET_KEY, env_bool
from .services import frontend_cache_from_env

if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment (at least 50 random characters).")
# Password-reset links and family emails are built from it; the development default would send
# everyone to 127.0.0.1. `check --deploy` also refuses a value that is not public https (portal/checks.py).
if not os.environ.get("WAGTAILADMIN_BASE_URL"):
    raise ImproperlyConfigured(
        "Set WAGTAILADMIN_BASE_URL to the site's public address, e.g. https://portal.example.nhs.uk"
    )

DEBUG = False
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Behind a proxy that terminates TLS, trust its X-Forwarded-Proto header.
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
# __Host- cookies are only accepted over HTTPS, for this exact host, on path "/": a subdomain
# cannot plant or read them.
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
SESSION_COOKIE_HTTPONLY = True
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", True)

# A CDN in front of the site (FRONTEND_CACHE=http|cloudflare|cloudfront): Wagtail purges a page's
# URLs from it when the page is published or unpublished. Pages also carry s-maxage (PAGE_CACHE_SECONDS),
# so a change the CDN is not told about (a team's waiting time) shows within that time.
WAGTAILFRONTENDCACHE = frontend_cache_from_env(os.environ)
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]
