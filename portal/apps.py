from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The bottom layer: shared infrastructure every app uses. It is an app only so that its
    signal handlers, Wagtail hooks and deployment checks are registered in every process."""

    name = "portal"
    verbose_name = "Portal infrastructure"

    def ready(self):
        # The page cache's invalidation signals and Wagtail hook; the deployment checks.
        from portal import checks, page_cache  # noqa: F401
