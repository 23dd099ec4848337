from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index


def validate_link(value):
    """A path on our own site (the demo's offers link to /workshops-for-families/) or a web address.

    Was a URLField, which refused the demo's own paths: an offer could not be saved in the admin."""
    if value.startswith("/") and not value.startswith("//"):
        return
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        raise ValidationError(
            "Enter a page on this site, like /workshops-for-families/, or a full address starting https://",
            code="invalid",
        ) from None


class SupportOfferQuerySet(models.QuerySet):
    def live(self):
        """What families are shown: the approved version of each offer that is live."""
        return self.filter(live=True)


class SupportOffer(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """A workshop, group or programme the result page can point families to.

    Families read it as clinical advice, so it has drafts and revisions and goes through the same
    approval as advice pages (the demo puts it on "Clinical approval"): a change is live only once a
    clinician approves it. Its tags are parental, so they are kept in each revision with the rest.
    """

    class Kind(models.TextChoices):
        WORKSHOP = "workshop", "Workshop anyone can join (no referral needed)"
        TARGETED = "targeted", "Targeted offer (group, workshop or school programme)"

    title = models.CharField(max_length=150)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.WORKSHOP)
    description = models.TextField(max_length=600)
    how_to_join = models.CharField(max_length=255, help_text="For example: 'Book a place online or call us.'")
    link_url = models.CharField(
        max_length=255,
        blank=True,
        verbose_name="link",
        validators=[validate_link],
        help_text="A page on this site, like /workshops-for-families/, or a full address starting https://",
    )
    life_areas = ParentalManyToManyField(
        "home.LifeArea", blank=True, related_name="+", verbose_name="areas of daily life"
    )
    age_bands = ParentalManyToManyField("home.AgeBand", blank=True, related_name="+")

    objects = SupportOfferQuerySet.as_manager()

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
