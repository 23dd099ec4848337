from django.apps import AppConfig


class ReferralsConfig(AppConfig):
    name = "referrals"
    verbose_name = "Referrals"
    # The family's referral journey and "Where is my referral?" are served in Polish and Urdu at /pl/refer/ and
    # /ur/refer/ (portal/languages.py, docs/languages.md); the staff screens (in the admin) stay in English.
    translated_url_namespaces = {"referrals"}
