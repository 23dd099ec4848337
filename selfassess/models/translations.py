"""The questionnaire's own words (and the support offers') in the other languages families read.

Keyed by the English text: a translation is found for the words the family would otherwise read, wherever
they appear. The engine never sees these: it routes on the English version's codes and scores, so a family
reading Polish gets exactly the routing an English reader gets (docs/languages.md). When an English text
changes, its translation is missing until someone adds it, and the self-assessment falls back to English
for that language as a whole, with a message, rather than mixing languages on a page.
"""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


def other_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class TranslatedText(index.Indexed, models.Model):
    language = models.CharField(max_length=10, choices=other_languages)
    english = models.TextField(help_text="Exactly as the questionnaire or support offer says it in English.")
    translation = models.TextField()
    reviewed_by = models.CharField(
        max_length=150,
        blank=True,
        help_text="The qualified translator who checked this translation. Empty means awaiting review.",
    )

    search_fields = [index.SearchField("english"), index.SearchField("translation")]
    panels = [FieldPanel("language"), FieldPanel("english"), FieldPanel("translation"), FieldPanel("reviewed_by")]

    class Meta:
        verbose_name = "self-assessment translation"
        constraints = [
            models.UniqueConstraint(fields=["language", "english"], name="one_translation_per_language_and_text")
        ]

    def __str__(self):
        return f"{self.get_language_display()}: {self.english[:60]}"

    @property
    def awaiting_review(self):
        return not self.reviewed_by
