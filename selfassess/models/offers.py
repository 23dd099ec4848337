from django import forms
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class SupportOffer(index.Indexed, models.Model):
    """A workshop, group or programme the result page can point families to."""

    class Kind(models.TextChoices):
        WORKSHOP = "workshop", "Workshop anyone can join (no referral needed)"
        TARGETED = "targeted", "Targeted offer (group, workshop or school programme)"

    title = models.CharField(max_length=150)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.WORKSHOP)
    description = models.TextField(max_length=600)
    how_to_join = models.CharField(max_length=255, help_text="For example: 'Book a place online or call us.'")
    link_url = models.URLField(blank=True, verbose_name="link")
    life_areas = models.ManyToManyField(
        "home.LifeArea", blank=True, related_name="+", verbose_name="areas of daily life"
    )
    age_bands = models.ManyToManyField("home.AgeBand", blank=True, related_name="+")

    panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("how_to_join"),
        FieldPanel("link_url"),
        FieldPanel("life_areas", widget=forms.CheckboxSelectMultiple),
        FieldPanel("age_bands", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        ordering = ["title"]
        verbose_name = "support offer"

    def __str__(self):
        return self.title

    @property
    def needs_referral(self):
        return False
