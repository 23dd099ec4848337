from django.apps import AppConfig


class SelfassessConfig(AppConfig):
    name = "selfassess"
    verbose_name = "Self-assessment"
    # Served in Polish and Urdu at /pl/ and /ur/ (portal/languages.py), the progress record too.
    translated_url_namespaces = {"selfassess"}
    not_yet_translated_views = set()
