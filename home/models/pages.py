"""Page types for published service information."""

import datetime

from django import forms
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ContentStreamBlock, RouteCardBlock
from home.panels import ReadabilityPanel

REVIEW_INTERVAL_MONTHS = 12


def add_months(day, months):
    """Same day of the month `months` later, clamped to the month's last day (31 Jan + 1 = 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    next_month_start = datetime.date(year + month // 12, month % 12 + 1, 1)
    last_day = (next_month_start - datetime.timedelta(days=1)).day
    return datetime.date(year, month, min(day.day, last_day))


class ReviewDatesMixin(models.Model):
    """NHS content carries the date it was last checked and when it will be checked again."""

    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(
        null=True, blank=True, help_text=f"Leave blank for {REVIEW_INTERVAL_MONTHS} months after the last review."
    )

    review_panels = [
        MultiFieldPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")], heading="Content review"),
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.last_reviewed and not self.next_review_due:
            self.next_review_due = add_months(self.last_reviewed, REVIEW_INTERVAL_MONTHS)
        super().save(*args, **kwargs)

    @property
    def upcoming_review(self):
        """The next review date families are shown: None once it has passed.

        A date in the past tells a parent the page may be out of date, without saying whether it is;
        an overdue page shows only when it was last reviewed, and the review report flags it to its owner.
        """
        if self.next_review_due and self.next_review_due >= timezone.localdate():
            return self.next_review_due
        return None


class ContentPage(ReviewDatesMixin, Page):
    """A page with a short summary and a body of NHS.UK content blocks."""

    summary = models.TextField(
        blank=True, max_length=300, help_text="One or two sentences shown under the heading and in listings."
    )
    body = StreamField(ContentStreamBlock(), blank=True)

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body"), ReadabilityPanel()]
    # The owner is who the review report and the review digest name for this page.
    settings_panels = Page.settings_panels + ReviewDatesMixin.review_panels + [FieldPanel("owner")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.summary


class HomePage(Page):
    hero_heading = models.CharField(max_length=120, default="Help for your child's everyday skills")
    hero_text = models.CharField(max_length=255, blank=True)
    routes = StreamField([("route", RouteCardBlock())], blank=True, help_text="The big routes into the service.")
    body = StreamField(ContentStreamBlock(), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
        FieldPanel("routes"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "pages/home_page.html"

    @property
    def meta_description(self):
        return self.search_description or self.hero_text


class InformationPage(ContentPage):
    parent_page_types = ["home.HomePage", "home.InformationPage"]
    template = "pages/information_page.html"


class AdviceIndexPage(Page):
    intro = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.AdviceTopicPage"]
    template = "pages/advice_index_page.html"
    # The filters (AdviceFilterForm). A page sees no other query parameters: see portal/page_cache.py.
    query_parameters = ("area", "age_band")

    @property
    def meta_description(self):
        return self.search_description or self.intro

    def topics(self, life_area_slug="", age_band_slug=""):
        topics = (
            AdviceTopicPage.objects.child_of(self)
            .live()
            .public()
            .specific()
            .prefetch_related("life_areas", "age_bands")
            .order_by("title")
        )
        if life_area_slug or age_band_slug:
            tagged = AdviceTopicPage.objects.all()
            if life_area_slug:
                tagged = tagged.filter(life_areas__slug=life_area_slug)
            if age_band_slug:
                tagged = tagged.filter(age_bands__slug=age_band_slug)
            # Translated topics carry no tags of their own (so the self-assessment offers each topic once,
            # docs/languages.md): a translation is filtered by its English page's tags, also when newly made.
            topics = topics.filter(translation_key__in=tagged.values("translation_key"))
        return topics.distinct()

    def get_context(self, request, *args, **kwargs):
        from home.forms import AdviceFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = AdviceFilterForm(request.GET or None)
        area = age_band = ""
        if form.is_valid():
            area = form.cleaned_data["area"].slug if form.cleaned_data["area"] else ""
            age_band = form.cleaned_data["age_band"].slug if form.cleaned_data["age_band"] else ""
        context["form"] = form
        context["topics"] = self.topics(area, age_band)
        context["is_filtered"] = bool(area or age_band)
        return context


class AdviceTopicPage(ContentPage):
    life_areas = ParentalManyToManyField(
        "home.LifeArea", blank=True, related_name="advice_topics", verbose_name="areas of daily life"
    )
    age_bands = ParentalManyToManyField("home.AgeBand", blank=True, related_name="advice_topics")
    # Shown on the page: fetched once with the page while its address is kept per content generation
    # (portal/languages.py serve), not on every render.
    prefetch_when_served = ("life_areas", "age_bands")

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("life_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("age_bands", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Who this advice is for",
            help_text="The self-assessment links families to advice by these tags.",
        )
    ]
    # Families search with the words of their day ("getting dressed", "secondary school"), which the
    # topic's own text may not use: its tags are searched with it.
    search_fields = ContentPage.search_fields + [
        index.RelatedFields("life_areas", [index.SearchField("name"), index.SearchField("description")]),
        index.RelatedFields("age_bands", [index.SearchField("name")]),
    ]
    parent_page_types = ["home.AdviceIndexPage"]
    subpage_types = []
    template = "pages/advice_topic_page.html"
