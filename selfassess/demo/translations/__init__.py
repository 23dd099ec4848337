"""Demo translations of the questionnaire and the support offers, and the locales pages can be translated into.

Loaded as drafts awaiting review: `reviewed_by` stays empty until a qualified translator checks each one in
the admin (Self-assessment → Translations). A second run changes nothing.
"""

from django.conf import settings
from wagtail.models import Locale

from portal.demo import ensure_record
from selfassess.demo.translations.offers import OFFERS
from selfassess.demo.translations.questionnaire import AREAS, QUESTIONNAIRE
from selfassess.models import TranslatedText

LANGUAGES = ("pl", "ur")
TEXTS = QUESTIONNAIRE + AREAS + OFFERS


def ensure_locales(log):
    """A Wagtail locale for every language, so editors can translate pages into it."""
    for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES:
        if not Locale.objects.filter(language_code=code).exists():
            Locale.objects.create(language_code=code)
            log.created.append(f"locale: {code}")


def load(log):
    ensure_locales(log)
    for english, *translations in TEXTS:
        for language, translation in zip(LANGUAGES, translations, strict=True):
            ensure_record(log, TranslatedText, {"language": language, "english": english}, translation=translation)
