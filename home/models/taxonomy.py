"""The shared vocabulary: areas of daily life and age bands.

Advice topics are tagged with them; the self-assessment's domains and the referral's
"what does your child find hard" use the same records, so advice can be matched to answers.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Discipline(models.TextChoices):
    OCCUPATIONAL_THERAPY = "OT", "Occupational therapy"
    SPEECH_AND_LANGUAGE_THERAPY = "SLT", "Speech and language therapy"


class LifeArea(index.Indexed, models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    discipline = models.CharField(max_length=3, choices=Discipline.choices, default=Discipline.OCCUPATIONAL_THERAPY)
    description = models.CharField(max_length=255, blank=True, help_text="Examples of what this area covers.")
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("discipline"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "area of daily life"
        verbose_name_plural = "areas of daily life"

    def __str__(self):
        return self.name


class AgeBand(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)
    min_age = models.PositiveSmallIntegerField(help_text="Youngest age in years, inclusive.")
    max_age = models.PositiveSmallIntegerField(help_text="Oldest age in years, inclusive.")
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("min_age"),
        FieldPanel("max_age"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "min_age"]
        constraints = [
            models.CheckConstraint(condition=models.Q(max_age__gte=models.F("min_age")), name="age_band_range_valid"),
        ]

    def __str__(self):
        return self.name
