from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Service information"

    def ready(self):
        # Connects the page cache's invalidation signals in every process, management commands included.
        from home import page_cache  # noqa: F401

        # Registers the portal's own deployment checks (portal is not an app, so has no ready()).
        from portal import checks  # noqa: F401
