"""Families' stories: told with their consent, and taken down when that consent runs out."""

import datetime
import uuid
from pathlib import Path
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.http import Http404
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, Revision
from wagtail.search import index

from home.models.pages import ContentPage
from home.panels import ReadabilityPanel
from home.widgets import PrivateFileInput
from portal.private_files import private_storage

# A story is not sent for approval or published with less consent left than this.
CONSENT_NOTICE_DAYS = 30

# The public Content Security Policy only lets these hosts into frames (portal/middleware.py).
VIDEO_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "vimeo.com", "www.vimeo.com"}


def video_url_problem(url):
    """Why a video address cannot be used, or "" when an embed provider we allow knows it."""
    from wagtail.embeds.finders import get_finders

    host = (urlsplit(url).hostname or "").lower()
    if host not in VIDEO_HOSTS:
        return "Use a YouTube or Vimeo address, for example https://www.youtube.com/watch?v=…"
    if not any(finder.accept(url) for finder in get_finders()):
        return "YouTube or Vimeo does not recognise this address. Copy it from the video's Share button."
    return ""


def consent_problem(expires, today=None):
    """Why a story whose consent ends on `expires` cannot be sent for approval or published, or ""."""
    today = today or timezone.localdate()
    if expires is None:
        return ""
    if expires < today:
        return (
            f"Consent for this story ran out on {expires:%-d %B %Y}. It cannot be sent for approval or published "
            "until you record new consent dates."
        )
    if expires <= today + datetime.timedelta(days=CONSENT_NOTICE_DAYS):
        return (
            f"Consent for this story runs out on {expires:%-d %B %Y}, within {CONSENT_NOTICE_DAYS} days. It cannot "
            "be sent for approval or published until you record new consent dates that run for longer."
        )
    return ""


# A signed form, scanned or photographed: known by its first bytes, never by its name.
CONSENT_RECORD_SIGNATURES = {b"%PDF-": ".pdf", b"\xff\xd8\xff": ".jpg", b"\x89PNG\r\n\x1a\n": ".png"}
CONSENT_RECORD_MAX_BYTES = 10 * 1024 * 1024


def consent_record_extension(upload):
    """The extension its content has (".pdf", ".jpg", ".png"), or "" for anything else."""
    upload.seek(0)
    start = upload.read(8)
    upload.seek(0)
    return next(
        (extension for signature, extension in CONSENT_RECORD_SIGNATURES.items() if start.startswith(signature)), ""
    )


def validate_consent_record(upload):
    if upload.size > CONSENT_RECORD_MAX_BYTES:
        raise ValidationError("The consent record must be smaller than 10 MB.")
    if not consent_record_extension(upload):
        raise ValidationError("The consent record must be a PDF, JPG or PNG. Scan or photograph the signed form.")


def consent_record_path(page, filename):
    """A random name (the family's name may be in the file's), with the extension its content has."""
    extension = consent_record_extension(page.consent_record.file) or Path(filename).suffix.lower()
    return f"story-consent/{uuid.uuid4().hex}{extension}"


class ConsentRefused(PermissionDenied):
    """An approval refused because the story's consent has run out or soon will (see home/approval.py)."""


def goes_for_approval_or_live(data):
    """Whether a page edit form was sent to submit, publish or approve the page, not to save a draft."""
    if any(data.get(name) for name in ("action-submit", "action-publish", "action-restart-workflow")):
        return True
    return bool(data.get("action-workflow-action")) and data.get("workflow-action-name") == "approve"


class StoryPageForm(WagtailAdminPageForm):
    """A draft can be saved while new consent is sought; submitting, publishing or approving cannot."""

    def clean(self):
        cleaned_data = super().clean()
        if goes_for_approval_or_live(self.data) and "consent_expires" not in self.errors:
            problem = consent_problem(cleaned_data.get("consent_expires"))
            if problem:
                self.add_error("consent_expires", problem)
        return cleaned_data


class StoryIndexPage(Page):
    intro = models.TextField(blank=True, max_length=500)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StoryPage"]
    max_count = 1
    template = "pages/story_index_page.html"
    # The filter (StoryFilterForm). A page sees no other query parameters: see portal/page_cache.py.
    query_parameters = ("area",)

    @property
    def meta_description(self):
        return self.search_description or self.intro

    def stories(self, life_area_slug=""):
        stories = (
            StoryPage.objects.child_of(self)
            .live()
            .public()
            .exclude(consent_expires__lt=timezone.localdate())
            .prefetch_related("life_areas")
            .order_by("-first_published_at", "title")
        )
        if life_area_slug:
            stories = stories.filter(life_areas__slug=life_area_slug)
        return stories.distinct()

    def get_context(self, request, *args, **kwargs):
        from home.forms import StoryFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = StoryFilterForm(request.GET or None)
        area = ""
        if form.is_valid() and form.cleaned_data["area"]:
            area = form.cleaned_data["area"].slug
        context.update(form=form, stories=self.stories(area), is_filtered=bool(area))
        return context


class StoryPage(ContentPage):
    """The body is the story in the family's words; the quote is what the listing shows."""

    quote = models.CharField(max_length=250, help_text="A short line from the story, in the family's own words.")
    video_url = models.URLField(
        "video", blank=True, help_text="Optional. A YouTube or Vimeo address. You must add a transcript too."
    )
    transcript = models.TextField(blank=True, help_text="Everything said in the video, for people who cannot hear it.")
    life_areas = ParentalManyToManyField(
        "home.LifeArea", blank=True, related_name="stories", verbose_name="areas of daily life"
    )
    consent_given_by = models.CharField(
        max_length=120, help_text='Who agreed to share this story, for example "Parent of the child". No full names.'
    )
    consent_date = models.DateField(help_text="When they agreed.")
    consent_expires = models.DateField(
        help_text="The story is taken down automatically after this date, and the page owner is emailed."
    )
    # Kept privately (portal/private_files.py) and sent only to staff who may edit the story.
    consent_record = models.FileField(
        "consent record",
        upload_to=consent_record_path,
        storage=private_storage,
        blank=True,
        max_length=200,
        validators=[validate_consent_record],
        help_text="The signed consent form: a PDF, or a photo or scan (JPG or PNG). Only staff who can edit "
        "stories can open it.",
    )

    content_panels = ContentPage.content_panels[:1] + [
        FieldPanel("quote"),
        FieldPanel("summary"),
        FieldPanel("body", heading="Story"),
        ReadabilityPanel(),
        MultiFieldPanel([FieldPanel("video_url"), FieldPanel("transcript")], heading="Video (optional)"),
        FieldPanel("life_areas", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("consent_given_by"),
                FieldPanel("consent_date"),
                FieldPanel("consent_expires"),
                FieldPanel("consent_record", widget=PrivateFileInput("story_consent_record")),
            ],
            heading="Consent",
        ),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("quote"), index.SearchField("transcript")]
    parent_page_types = ["home.StoryIndexPage"]
    subpage_types = []
    template = "pages/story_page.html"
    base_form_class = StoryPageForm
    # Consent is for one story: a copy needs its own form (and deleting the copy would delete this one's).
    exclude_fields_in_copy = ["consent_record"]

    def clean(self):
        super().clean()
        errors = {}
        if self.video_url:
            problem = video_url_problem(self.video_url)
            if problem:
                errors["video_url"] = problem
            elif not self.transcript.strip():
                errors["transcript"] = "Add a transcript of the video. A story with a video needs one."
        if self.consent_date and self.consent_expires and self.consent_expires < self.consent_date:
            errors["consent_expires"] = "Consent cannot run out before the date it was given."
        if errors:
            raise ValidationError(errors)

    @property
    def consent_expired(self):
        return self.consent_expires < timezone.localdate()

    @property
    def status_string(self):
        """The admin's status tag (page listings, the edit screen): a story hidden for consent says so,
        instead of "live" for a page families cannot open."""
        if self.consent_expires and self.consent_expired:
            return "hidden: consent ran out" if self.live else "draft: consent ran out"
        return super().status_string

    def serve(self, request, *args, **kwargs):
        # Until the nightly command unpublishes it, an expired story is still hidden from families.
        if self.consent_expired:
            raise Http404("Consent for this story has run out")
        return super().serve(request, *args, **kwargs)


@receiver(pre_delete, sender=StoryPage)
def delete_consent_records(sender, instance, **kwargs):
    """A signed consent form names a family: it goes when its story does, with any a draft carried.

    A replaced form is kept while the story is, since an earlier revision can be restored."""
    names = {instance.consent_record.name}
    for content in Revision.objects.for_instance(instance).values_list("content", flat=True):
        names.add((content or {}).get("consent_record"))
    storage = instance.consent_record.storage
    names = {name for name in names if name}
    if names:
        transaction.on_commit(lambda: [storage.delete(name) for name in names])
