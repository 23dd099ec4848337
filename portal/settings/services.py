"""Settings for outside services that only a scaled-out deployment uses: a CDN and S3-compatible storage.

Each builder reads a plain mapping (the environment), so tests can check every combination
without reloading settings. Both are off unless their variables are set: `make run` and a
one-machine deployment need neither.
"""

from django.core.exceptions import ImproperlyConfigured

CDN_BACKENDS = {
    # A caching proxy (Varnish, nginx with a purge module) that accepts PURGE requests.
    "http": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
    "cloudflare": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
    "cloudfront": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
}


def _required(environ, name, why):
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set {name}: {why}")
    return value


def frontend_cache_from_env(environ):
    """WAGTAILFRONTENDCACHE for Wagtail's CDN purge on publish, or {} when FRONTEND_CACHE is unset."""
    kind = environ.get("FRONTEND_CACHE", "").strip().lower()
    if not kind:
        return {}
    if kind not in CDN_BACKENDS:
        raise ImproperlyConfigured(f"FRONTEND_CACHE must be one of {sorted(CDN_BACKENDS)}, not {kind!r}")
    backend = {"BACKEND": CDN_BACKENDS[kind]}
    if kind == "http":
        backend["LOCATION"] = _required(environ, "FRONTEND_CACHE_LOCATION", "the proxy's address for PURGE requests")
    elif kind == "cloudflare":
        backend["BEARER_TOKEN"] = _required(environ, "CLOUDFLARE_BEARER_TOKEN", "an API token that may purge")
        backend["ZONEID"] = _required(environ, "CLOUDFLARE_ZONEID", "the zone the site is in")
    else:
        backend["DISTRIBUTION_ID"] = _required(environ, "CLOUDFRONT_DISTRIBUTION_ID", "the distribution to purge")
    return {"default": backend}


def media_storage_from_env(environ):
    """The STORAGES["default"] entry: the local folder, or an S3-compatible bucket when MEDIA_STORAGE=s3.

    Uploaded files stay private in the bucket (no public ACL, signed links that expire), because
    documents are served through Wagtail's view, which checks who may see them.
    """
    kind = environ.get("MEDIA_STORAGE", "local").strip().lower() or "local"
    if kind == "local":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}  # in MEDIA_ROOT
    if kind != "s3":
        raise ImproperlyConfigured(f"MEDIA_STORAGE must be 'local' or 's3', not {kind!r}")
    options = {
        "bucket_name": _required(environ, "S3_BUCKET_NAME", "the bucket for uploaded images and documents"),
        "default_acl": None,  # the bucket's own policy decides; never public-read
        "querystring_auth": True,
        "querystring_expire": int(environ.get("S3_SIGNED_URL_SECONDS", "300")),
        "file_overwrite": False,
    }
    # Optional: a non-AWS endpoint (MinIO, Ceph, a cloud's S3-compatible service) and its region.
    for env_name, option in (("S3_ENDPOINT_URL", "endpoint_url"), ("S3_REGION_NAME", "region_name")):
        if environ.get(env_name, "").strip():
            options[option] = environ[env_name].strip()
    # Credentials come from the usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables or the
    # machine's role, read by boto3 itself, so they never sit in settings.
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
