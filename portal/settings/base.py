"""Settings shared by every environment.

Safe for production by default: DEBUG is off and the secret key only comes from the
environment. The environment is read here, once; `dev`, `test` and `production` override.
Every variable read here is listed in `.env.example`.
"""

import os
from pathlib import Path

import dj_database_url

from .services import media_storage_from_env

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# --- Database: SQLite in var/ unless DATABASE_URL says otherwise -------------------------
DATABASE_URL = os.environ.get("DATABASE_URL", "")
SQLITE_OPTIONS = {
    # Wait up to 20 seconds for another writer rather than failing with "database is locked".
    "timeout": 20,
    # Take the write lock when a transaction starts. A transaction that reads and then writes (every
    # referral submission) would otherwise fail at once, without waiting, when another process wrote
    # in between: SQLite cannot upgrade its read lock then. portal/tests/test_sqlite_writers.py
    "transaction_mode": "IMMEDIATE",
    # Readers carry on while one process writes (the mode is kept in the database file).
    "init_command": "PRAGMA journal_mode=WAL;",
}
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    VAR_DIR.mkdir(exist_ok=True)  # SQLite creates the file, not its folder
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "db.sqlite3",
            "OPTIONS": SQLITE_OPTIONS,
        }
    }
USING_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: shared between processes (rate limits need that) ----------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # A Redis outage degrades to cache misses instead of errors (portal/cache.py, docs/resilience.md).
    # Short timeouts so an unreachable Redis cannot hold a worker; after a failure it is left alone
    # for CACHE_RETRY_AFTER_SECONDS.
    CACHES = {
        "default": {
            "BACKEND": "portal.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {
                "socket_connect_timeout": float(os.environ.get("CACHE_CONNECT_TIMEOUT_SECONDS", "0.5")),
                "socket_timeout": float(os.environ.get("CACHE_SOCKET_TIMEOUT_SECONDS", "0.5")),
            },
        }
    }
else:
    # A file cache is shared by every process on one machine, unlike local memory.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache",
        }
    }
CACHE_RETRY_AFTER_SECONDS = float(os.environ.get("CACHE_RETRY_AFTER_SECONDS", "5"))

INSTALLED_APPS = [
    # The bottom layer (shared infrastructure), then the apps from the content up (docs/architecture.md).
    "portal",
    "home",
    "resources",
    "selfassess",
    "referrals",
    "wagtailnhsukfrontend",
    # Translations of pages and snippets (docs/languages.md); its locales app replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "crispy_forms",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
]
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")

MIDDLEWARE = [
    "portal.middleware.ScriptNameGuardMiddleware",
    "portal.middleware.RequestBodyLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "portal.middleware.MaintenanceModeMiddleware",
    "portal.middleware.NoStoreMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A cached public page is answered here, before sessions, CSRF, sign-in and messages: it needs none
    # of them (only visitors without a session cookie get one), and they were most of a hit's time.
    "portal.page_cache.PageCacheMiddleware",
    "portal.sessions.SessionMiddleware",
    # The language comes from the address only (/pl/, /ur/; English at the root), never from the browser.
    "portal.languages.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.middleware.StaffSessionExpiryMiddleware",
    "portal.middleware.StaffTwoFactorMiddleware",
    "portal.middleware.PublicPostRateLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "selfassess.middleware.ScenarioCheckFailedMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
# The languages families can read the portal in (docs/languages.md), each named in itself. English is
# at the root (/refer/), the others under their code (/pl/refer/, /ur/refer/). Staff screens stay English.
LANGUAGES = [("en-gb", "English"), ("pl", "Polski"), ("ur", "اردو")]
LANGUAGE_PREFIXES = [f"/{code}" for code, _ in LANGUAGES if code != LANGUAGE_CODE]
LOCALE_PATHS = [BASE_DIR / "locale"]


def in_every_language(paths):
    """The paths as English has them and under every other language's prefix (/refer/ and /pl/refer/)."""
    return [*paths, *(prefix + path for prefix in LANGUAGE_PREFIXES for path in paths if path.startswith("/"))]


# --- Static and media ---------------------------------------------------------------
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    # MEDIA_STORAGE=s3 puts uploads in an S3-compatible bucket, for several app servers.
    "default": media_storage_from_env(os.environ),
    "staticfiles": {"BACKEND": "portal.storage.StaticFilesStorage"},
}

# --- Email ----------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Children's Therapy Service <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Forms ----------------------------------------------------------------------------
# Widget templates are looked up like page templates, so templates/nhsuk/widgets/ is found.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
CRISPY_ALLOWED_TEMPLATE_PACKS = ["nhsuk"]
CRISPY_TEMPLATE_PACK = "nhsuk"

# --- Wagtail --------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Children's Therapy Service"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_DOCUMENT_MODEL = "resources.PortalDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents always download (Content-Disposition: attachment) rather than open in the browser, so
# an uploaded HTML or PDF file cannot run script on our origin.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# No SVG: an SVG can carry script. HEIC/AVIF are converted by Wagtail's renditions.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Always serve documents through Wagtail's view: it sets the content type and Content-Disposition and
# enforces collection privacy, which a redirect to the storage's own address would skip.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Wagtail's responsive wrapper sets its aspect ratio in an inline style, which the public pages'
# Content-Security-Policy blocks; portal.css gives every embedded video a 16:9 box instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# No avatars from gravatar.com: the admin would send a hash of each staff email to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Whole request bodies, files included (portal/middleware.py): public forms are a few KB of text;
# the admin uploads documents up to WAGTAILDOCS_MAX_UPLOAD_SIZE.
PUBLIC_MAX_BODY_BYTES = 256 * 1024
# Pages that take a file have their own limit: PUBLIC_UPLOAD_MAX_BODY_BYTES, under Referrals.
ADMIN_MAX_BODY_BYTES = WAGTAILDOCS_MAX_UPLOAD_SIZE + 1024 * 1024

# A styled 503 page for the public during maintenance; the admin and /healthz stay open.
MAINTENANCE_MODE = env_bool("MAINTENANCE_MODE", False)
MAINTENANCE_MESSAGE = os.environ.get(
    "MAINTENANCE_MESSAGE", "We are making improvements to this website. Please try again in an hour."
)

# Page cache for anonymous visitors (portal/page_cache.py): any save in these apps drops every
# cached page, except the models listed as ignored, which the public writes and pages do not show.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# `X-Page-Cache: hit|miss|bypass` on public pages; unset follows DEBUG. Off in production: it tells anyone what is cached.
PAGE_CACHE_DEBUG_HEADER = env_bool("PAGE_CACHE_DEBUG_HEADER", None)
PAGE_CACHE_EXCLUDED_PATH_PREFIXES = in_every_language(
    ["/admin/", "/refer/", "/self-assessment/", "/schools/training/", "/search/"]
)
PAGE_CACHE_INVALIDATING_APPS = [
    "home",
    "resources",
    "selfassess",
    "wagtailcore",
    "wagtaildocs",
    "wagtailimages",
    "wagtailembeds",
    "wagtailredirects",
    "wagtailsettings",
]
PAGE_CACHE_IGNORED_MODELS = [
    "home.pagefeedback",
    "resources.packdownloadday",
    "resources.trainingbooking",
    "selfassess.assessment",
]

# The service's own rules (waits, retention, referral limits): portal/settings/service_rules.py.
from .service_rules import *  # noqa: E402, F403
from .service_rules import REFERRAL_ATTACHMENT_MAX_BYTES  # noqa: E402

# Public pages that take a file (one per request): room for a file up to twice the limit, so a
# file a little too big gets the page's own "must be smaller than" message; bigger ones get 413.html.
PUBLIC_UPLOAD_PATHS = in_every_language(["/refer/evidence/"])
PUBLIC_UPLOAD_MAX_BODY_BYTES = 2 * REFERRAL_ATTACHMENT_MAX_BYTES + 256 * 1024
# How referral emails leave: "email" (EMAIL_BACKEND) or "notify" (GOV.UK Notify; its template has
# just ((subject)) and ((body))).
REFERRAL_EMAIL_SENDER = os.environ.get("REFERRAL_EMAIL_SENDER", "email")
NOTIFY_API_KEY = os.environ.get("NOTIFY_API_KEY", "")
NOTIFY_EMAIL_TEMPLATE_ID = os.environ.get("NOTIFY_EMAIL_TEMPLATE_ID", "")

# Public form limits per client: {group: (requests, seconds)}. See portal/ratelimit.py.
RATELIMIT_ENABLED = env_bool("RATELIMIT_ENABLED", True)
# How many proxies we run in front of the app servers (nginx: 1; a CDN and nginx: 2). Every limit and
# lockout finds the client this many hops from the right of X-Forwarded-For (portal/client_address.py).
# 0 trusts no header: right only when clients connect to the app server directly.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
RATE_LIMITS = {
    "search": (60, 60),
    "referral-submit": (10, 3600),
    "referral-step": (120, 600),
    "referral-upload": (30, 3600),
    "referral-status": (10, 900),
    "selfassess-step": (200, 600),
    "selfassess-progress": (10, 900),
    "training-booking": (10, 3600),
    "feedback": (20, 3600),
    "password-reset": (5, 3600),
    # A ceiling on any public POST, over and above each form's own limit (portal/middleware.py).
    "public-post": (300, 600),
}

# --- Staff sign-in (portal/staff_auth, docs/security.md) --------------------------------------
# A second factor for every admin user; production turns it on unless told otherwise.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Every form that checks a password goes through this backend, which applies STAFF_LOGIN_LIMIT.
AUTHENTICATION_BACKENDS = ["portal.staff_auth.backends.LockoutModelBackend"]
# Login-restricted pages and documents send people to the admin's sign-in, second factor included.
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"
# Failed passwords or codes allowed per account and per client in each window: (failures, seconds).
STAFF_LOGIN_LIMIT = (10, 15 * 60)
# "Forgotten password" answers take at least this long either way, so the time does not say
# whether an address belongs to a member of staff (portal/staff_auth/views.py).
PASSWORD_RESET_MIN_SECONDS = 1.0
# The admin dashboard would ask wagtail.org for new releases from staff browsers: nothing leaves
# the site (and the admin's Content Security Policy blocks it anyway). Upgrades are planned, not prompted.
WAGTAIL_ENABLE_UPDATE_CHECK = False

STAFF_SESSION_IDLE_SECONDS = 30 * 60
# How long before the idle sign-out staff are warned, with a button to stay signed in (WCAG 2.2.1).
STAFF_SESSION_WARNING_SECONDS = 5 * 60
STAFF_SESSION_MAX_SECONDS = 12 * 60 * 60

# Pages showing personal or health details: never stored by browsers or proxies.
NO_STORE_PATH_PREFIXES = in_every_language(["/refer/", "/self-assessment/", "/schools/training/", "/admin/"])

# Database sessions that answer a lost connection with one retry, then a 503 page, not a 400 (portal/sessions.py).
SESSION_ENGINE = "portal.sessions"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Families' journeys (referral, self-assessment) live in the session, often on a shared computer:
# the cookie ends when the browser closes, and the server forgets a session after this long without
# a step being saved (each saved step restarts the clock). `purge_referrals` deletes expired
# sessions. Staff also have their own idle and maximum times (STAFF_SESSION_*_SECONDS).
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 60 * 60
# Completed self-assessments (answers and return code) are deleted by `purge_referrals` this many
# days after they were made; the privacy notice says so (portal/tests/test_privacy_notice.py).
SELFASSESS_RETENTION_DAYS = int(os.environ.get("SELFASSESS_RETENTION_DAYS", "365"))

# Error reports (emails to ADMINS, the debug page) leave out form data and local variables, which
# could hold a child's details.
DEFAULT_EXCEPTION_REPORTER_FILTER = "portal.logging.PersonalDataExceptionReporterFilter"

# Every handler scrubs emails, phone numbers, NHS numbers and postcodes (portal/logging.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"personal_data": {"()": "portal.logging.PersonalDataFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["personal_data"]},
        "mail_admins": {
            "class": "portal.logging.PersonalDataAdminEmailHandler",
            "level": "ERROR",
            "filters": ["personal_data"],
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console", "mail_admins"], "level": "WARNING", "propagate": False},
        # Replaces Django's own "django" logger setup, whose handlers would not scrub.
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        # Wagtail runs search indexing as background tasks and logs each one at INFO.
        "django_tasks": {"level": "WARNING"},
        "django.tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
