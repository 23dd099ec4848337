"""Deployment checks (`manage.py check --deploy`) for settings Django's own checks do not know."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "testserver", ""}


@checks.register(checks.Tags.security, deploy=True)
def base_url_is_public(app_configs, **kwargs):
    """Password-reset links and family emails are built from WAGTAILADMIN_BASE_URL: left at the
    development default, every link in them points at the reader's own computer."""
    url = urlsplit(settings.WAGTAILADMIN_BASE_URL or "")
    if url.scheme != "https" or url.hostname in LOCAL_HOSTS or url.hostname is None:
        return [
            checks.Error(
                f"WAGTAILADMIN_BASE_URL is {settings.WAGTAILADMIN_BASE_URL!r}: links in emails would not work.",
                hint="Set WAGTAILADMIN_BASE_URL to the site's public https:// address.",
                id="portal.E001",
            )
        ]
    return []


@checks.register(checks.Tags.security, deploy=True)
def proxy_hops_are_counted(app_configs, **kwargs):
    """Behind a TLS proxy with no trusted hops, every visitor has the proxy's address: one person
    could use up everyone's rate limits and lock every member of staff out."""
    if settings.SECURE_PROXY_SSL_HEADER and settings.TRUSTED_PROXY_COUNT < 1:
        return [
            checks.Warning(
                "SECURE_PROXY_SSL_HEADER says a proxy is in front, but TRUSTED_PROXY_COUNT is 0: every "
                "visitor counts as the proxy's address for rate limits and sign-in lockouts.",
                hint="Set TRUSTED_PROXY_COUNT to the number of proxies you run in front of gunicorn.",
                id="portal.W001",
            )
        ]
    return []
