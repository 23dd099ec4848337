from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Schools and resources"

    def ready(self):
        from resources import pdf  # noqa: F401  (renders a pack's PDF when it is published)
