"""A completed self-assessment: what was answered, on which version, and the outcome. Nothing identifying."""

import secrets

from django.db import models
from django.utils import timezone

from portal.codes import UNAMBIGUOUS_ALPHABET

# 32 symbols give 5 bits each.
CODE_ALPHABET = UNAMBIGUOUS_ALPHABET
CODE_LENGTH = 10  # 50 bits


def new_return_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_return_code(text):
    """Accept any case, spaces and dashes."""
    return "".join(ch for ch in str(text).upper() if ch.isalnum())


def display_return_code(code):
    return f"{code[:5]} {code[5:]}"


class Assessment(models.Model):
    # Shared by every check in one child's progress record (journey.complete keeps it on a repeat).
    code = models.CharField(max_length=CODE_LENGTH, db_index=True, default=new_return_code, editable=False)
    questionnaire = models.ForeignKey("selfassess.Questionnaire", on_delete=models.PROTECT, related_name="+")
    # PROTECT: an assessment must always be re-scored by the version it was answered on.
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    age_band = models.ForeignKey("home.AgeBand", on_delete=models.PROTECT, related_name="+")
    areas = models.JSONField(default=list, help_text="Slugs of the areas chosen, in questionnaire order.")
    answers = models.JSONField()
    overall_outcome = models.CharField(max_length=30, db_index=True)
    previous = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="retakes",
        help_text="The earlier assessment this one was compared with.",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Assessment {self.display_code} ({self.created_at:%d %b %Y})"

    @property
    def display_code(self):
        return display_return_code(self.code)
