"""The scale-out settings: a CDN told to purge on publish, uploads in an S3-compatible bucket."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from storages.backends.s3 import S3Storage

from portal.settings.services import frontend_cache_from_env, media_storage_from_env
from portal.tests.support import STRONG_KEY, run_manage


def test_no_cdn_unless_asked_for():
    assert frontend_cache_from_env({}) == {}


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        (
            {"FRONTEND_CACHE": "http", "FRONTEND_CACHE_LOCATION": "http://10.0.0.5:6081"},
            {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://10.0.0.5:6081"},
        ),
        (
            {"FRONTEND_CACHE": "Cloudflare", "CLOUDFLARE_BEARER_TOKEN": "t0ken", "CLOUDFLARE_ZONEID": "zone1"},
            {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                "BEARER_TOKEN": "t0ken",
                "ZONEID": "zone1",
            },
        ),
        (
            {"FRONTEND_CACHE": "cloudfront", "CLOUDFRONT_DISTRIBUTION_ID": "E123"},
            {"BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend", "DISTRIBUTION_ID": "E123"},
        ),
    ],
)
def test_each_cdn_gets_what_it_needs(environ, expected):
    assert frontend_cache_from_env(environ) == {"default": expected}


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"FRONTEND_CACHE": "akamai"}, "FRONTEND_CACHE must be one of"),
        ({"FRONTEND_CACHE": "http"}, "FRONTEND_CACHE_LOCATION"),
        ({"FRONTEND_CACHE": "cloudflare", "CLOUDFLARE_ZONEID": "zone1"}, "CLOUDFLARE_BEARER_TOKEN"),
        ({"FRONTEND_CACHE": "cloudfront"}, "CLOUDFRONT_DISTRIBUTION_ID"),
    ],
)
def test_a_half_configured_cdn_stops_the_deployment(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        frontend_cache_from_env(environ)


def test_uploads_stay_on_local_disk_by_default():
    assert media_storage_from_env({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_s3_needs_a_bucket_and_a_known_kind():
    with pytest.raises(ImproperlyConfigured, match="S3_BUCKET_NAME"):
        media_storage_from_env({"MEDIA_STORAGE": "s3"})
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE must be"):
        media_storage_from_env({"MEDIA_STORAGE": "ftp"})


def test_s3_uploads_are_private_with_links_that_expire(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEEXAMPLE00")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "example-secret-example-secret-example-00")
    settings_entry = media_storage_from_env(
        {
            "MEDIA_STORAGE": "s3",
            "S3_BUCKET_NAME": "portal-media",
            "S3_ENDPOINT_URL": "https://objects.example.nhs.uk",
            "S3_REGION_NAME": "eu-west-2",
            "S3_SIGNED_URL_SECONDS": "120",
        }
    )
    assert settings_entry["BACKEND"] == "storages.backends.s3.S3Storage"
    storage = S3Storage(**settings_entry["OPTIONS"])
    # Signing happens locally: no bucket is contacted.
    url = storage.url("documents/sensory-diet-plan.pdf")
    assert url.startswith("https://objects.example.nhs.uk/portal-media/documents/sensory-diet-plan.pdf?")
    assert "X-Amz-Signature=" in url and "X-Amz-Expires=120" in url
    assert storage.default_acl is None
    assert storage.file_overwrite is False


def test_production_with_a_cdn_installs_wagtails_purge_and_passes_deploy_checks():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; "
        "print('frontend_cache' if 'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS else 'none')",
        env_overrides={
            "SECRET_KEY": STRONG_KEY,
            "ALLOWED_HOSTS": "portal.example.nhs.uk",
            "FRONTEND_CACHE": "http",
            "FRONTEND_CACHE_LOCATION": "http://127.0.0.1:6081",
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("frontend_cache")
    checked = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "SECRET_KEY": STRONG_KEY,
            "ALLOWED_HOSTS": "portal.example.nhs.uk",
            "FRONTEND_CACHE": "http",
            "FRONTEND_CACHE_LOCATION": "http://127.0.0.1:6081",
        },
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
