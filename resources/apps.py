from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = "Schools and resources"

    def ready(self):
        from resources import pdf, views  # noqa: F401  (pdf renders a pack's PDF when it is published)
        from resources.models import FamilyWorkshopsPage

        # The families' workshops page books places with the same views as school training; the
        # models sit below the views, so the page is handed them here rather than importing them.
        FamilyWorkshopsPage.booking_views = views
