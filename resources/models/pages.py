"""Page types for schools: the hub, the resource pack listing and packs, and the training listing."""

from django import forms
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from home.models.pages import ContentPage
from resources.listing import pack_listing_context
from resources.panels import PackPdfPanel


class SchoolsHubPage(ContentPage):
    """/schools/: what the service does in schools, how to refer, and links to packs and training."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePackIndexPage", "resources.TrainingIndexPage", "home.InformationPage"]
    max_count = 1
    template = "resources/schools_hub_page.html"

    class Meta:
        verbose_name = "schools hub page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["pack_index"] = ResourcePackIndexPage.objects.child_of(self).live().first()
        context["training_index"] = TrainingIndexPage.objects.child_of(self).live().first()
        context["key_stages"] = self._key_stages_with_packs()
        return context

    def _key_stages_with_packs(self):
        from resources.models.taxonomy import KeyStage

        live_packs = ResourcePackPage.objects.descendant_of(self).live().public()
        return KeyStage.objects.filter(packs__in=live_packs).distinct()


class ResourcePackIndexPage(Page):
    intro = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["resources.SchoolsHubPage"]
    subpage_types = ["resources.ResourcePackPage"]
    template = "resources/resource_pack_index_page.html"
    # Search, filters (PackFilterForm) and the page number. A page sees no other query parameters:
    # see portal/page_cache.py.
    query_parameters = ("q", "audience", "key_stage", "topic", "page")

    class Meta:
        verbose_name = "resource pack listing"

    @property
    def meta_description(self):
        return self.search_description or self.intro

    def live_packs(self):
        return ResourcePackPage.objects.child_of(self).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(pack_listing_context(self, request))
        return context


class ResourcePackPage(ContentPage):
    """A pack: readable here as a web page, and as a PDF rendered from it at publish (resources/pdf.py)."""

    document = models.ForeignKey(
        "resources.PortalDocument",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="extra document",
        help_text=(
            "Optional: a worksheet or form to go with the pack. The pack's own PDF is made from this page "
            "each time it is published: do not upload it here."
        ),
    )
    audiences = ParentalManyToManyField("resources.Audience", blank=True, related_name="packs")
    key_stages = ParentalManyToManyField("resources.KeyStage", blank=True, related_name="packs")
    topics = ParentalManyToManyField("resources.PackTopic", blank=True, related_name="packs")

    content_panels = ContentPage.content_panels + [
        PackPdfPanel(),
        FieldPanel("document"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("key_stages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Who and what this pack is for",
            help_text="Schools filter the pack listing by these.",
        ),
    ]
    search_fields = ContentPage.search_fields + [
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("key_stages", [index.SearchField("name")]),
    ]
    parent_page_types = ["resources.ResourcePackIndexPage"]
    subpage_types = []
    template = "resources/resource_pack_page.html"

    class Meta:
        verbose_name = "resource pack"

    @property
    def current_pdf(self):
        """The stored PDF of the published pack, or None (never published, or not rendered yet)."""
        from resources.models.pdf import PackPdf

        return PackPdf.objects.filter(pack_id=self.pk).first() if self.pk else None


class TrainingIndexPage(Page):
    intro = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["resources.SchoolsHubPage"]
    subpage_types = []
    max_count = 1
    template = "resources/training_index_page.html"

    class Meta:
        verbose_name = "training listing"

    @property
    def meta_description(self):
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        from resources.models.training import TrainingEvent

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["events"] = TrainingEvent.objects.for_school_staff().upcoming(now).with_counts()
        context["now"] = now
        return context
