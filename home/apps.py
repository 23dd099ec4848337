from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Service information"
    # The search page's words are in the catalogues: at /pl/search/ it is a Polish page (portal/languages.py).
    translated_views = {"search"}

    def ready(self):
        from home import (
            approval,  # noqa: F401 (connects what happens on approval)
            stories_admin,  # noqa: F401 (stories' admin views, which say why consent stops an approval)
            translations_review,  # noqa: F401 (translations' workflows as they are made; the Translations report)
        )
