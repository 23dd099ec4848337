"""Words that mean the same to the site search, kept by the content team (Snippets, then Search synonyms).

Families search in their own words ("dyspraxia", "EHCP", "where is my referral"); our pages use others
("coordination", "education, health and care plan"). Each synonym lists words and phrases that mean
the same: a search for any of them finds pages that use any of them (home/search.py).
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel

# A word or phrase: letters, with apostrophes and spaces inside ("don't", "speech therapy"). Searches split
# words at hyphens ("self-care" is searched as "self care"), so an entry with a hyphen would never match.
ENTRY = re.compile(r"[a-z]+(?:'[a-z]+)?(?: [a-z]+(?:'[a-z]+)?)*")


def normalise(text):
    """Lower case, with commas, full stops and repeated spaces taken out, as queries are read."""
    return " ".join(re.sub(r"[,.;:!?()]", " ", text.lower().replace("’", "'")).split())


class SearchSynonym(models.Model):
    words = models.CharField(
        max_length=500,
        unique=True,
        help_text=(
            "Words or phrases that mean the same, separated by commas, like: dyspraxia, DCD, coordination, "
            "developmental coordination disorder. Include at least one single word."
        ),
    )

    panels = [FieldPanel("words")]

    class Meta:
        ordering = ["words"]
        verbose_name = "search synonym"

    def __str__(self):
        return self.words

    def entries(self):
        """The words and phrases, normalised, in the order written, without repeats."""
        found = []
        for part in self.words.split(","):
            entry = normalise(part)
            if entry and entry not in found:
                found.append(entry)
        return found

    def clean(self):
        entries = self.entries()
        wrong = [entry for entry in entries if not ENTRY.fullmatch(entry)]
        if wrong:
            raise ValidationError({"words": f"Use only letters, spaces and apostrophes: check “{wrong[0]}”"})
        if len(entries) < 2:
            raise ValidationError({"words": "Enter at least 2 words or phrases, separated by commas"})
        if not any(" " not in entry for entry in entries):
            raise ValidationError({"words": "Include at least one single word, like “ehcp”"})
        self.words = ", ".join(entries)
