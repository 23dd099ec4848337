"""StreamField blocks for content pages, in NHS.UK components.

Each block renders a template under `templates/components/streamfield/`. Blocks that only
differ in wording or styling share an abstract base and differ in `Meta`.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext, gettext_noop
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
SHORT_RICH_TEXT_FEATURES = ["bold", "ol", "ul", "link"]


class LinkStructValue(blocks.StructValue):
    """Works out where a link points so templates do not have to."""

    def url(self):
        page = self.get("page")
        if page:
            return page.url
        return self.get("external_url") or ""


class LinkAddressBlock(blocks.CharBlock):
    """A web address, or a path on this site like /self-assessment/ (which a URL field would refuse)."""

    ALLOWED_STARTS = ("/", "https://", "http://", "mailto:", "tel:")

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 500)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value and not value.startswith(self.ALLOWED_STARTS):
            raise ValidationError("Enter an address starting with / (a page on this site) or https://")
        return value


class InsetTextBlock(blocks.StructBlock):
    body = blocks.RichTextBlock(features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = "Inset text"
        template = "components/streamfield/inset_text.html"


class WarningCalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Important")
    body = blocks.RichTextBlock(features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = "Warning callout"
        template = "components/streamfield/warning_callout.html"


class CareCardBlock(blocks.StructBlock):
    """NHS care card: how urgently to get help, with one call to action as its heading."""

    URGENCY_CHOICES = [
        ("non-urgent", "Non-urgent: speak to a GP or health visitor"),
        ("urgent", "Urgent: ask for an urgent appointment or call 111"),
        ("emergency", "Immediate: call 999 or go to A&E"),
    ]
    # Read out before the heading; in the family's language on translated pages.
    HIDDEN_PREFIX = {
        "non-urgent": gettext_noop("Non-urgent advice:"),
        "urgent": gettext_noop("Urgent advice:"),
        "emergency": gettext_noop("Immediate action required:"),
    }

    urgency = blocks.ChoiceBlock(choices=URGENCY_CHOICES, default="non-urgent")
    heading = blocks.CharBlock(help_text='One call to action, for example "Speak to your GP if:"')
    body = blocks.RichTextBlock(
        features=SHORT_RICH_TEXT_FEATURES, help_text="At most 5 bullet points, in specific words."
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        prefix = self.HIDDEN_PREFIX.get(value["urgency"])
        context["hidden_prefix"] = gettext(prefix) if prefix else ""
        return context

    class Meta:
        icon = "warning"
        label = "Care card"
        template = "components/streamfield/care_card.html"


class BaseDoDontListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, help_text="Leave blank to use the standard heading.")
    items = blocks.ListBlock(blocks.CharBlock(label="Item"))

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["list_kind"] = self.meta.list_kind
        # An editor's heading is the page's own words (translated with the page); the standard one is ours.
        context["heading"] = value["heading"] or gettext(self.meta.default_heading)
        return context

    class Meta:
        abstract = True
        template = "components/streamfield/do_dont_list.html"


class DoListBlock(BaseDoDontListBlock):
    class Meta:
        icon = "tick"
        label = "Do list"
        default_heading = gettext_noop("Do")
        list_kind = "do"


class DontListBlock(BaseDoDontListBlock):
    class Meta:
        icon = "cross"
        label = "Don't list"
        default_heading = gettext_noop("Don't")
        list_kind = "dont"


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(help_text="The words people click to open it.")
    body = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ul"
        label = "Details (expander)"
        template = "components/streamfield/details.html"


class ActionLinkBlock(blocks.StructBlock):
    text = blocks.CharBlock()
    page = blocks.PageChooserBlock(required=False)
    external_url = LinkAddressBlock(required=False, label="Or an address, like /self-assessment/ or https://…")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("external_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError("Choose a page or enter a web address.")])}
            )
        return value

    class Meta:
        icon = "link"
        label = "Action link"
        template = "components/streamfield/action_link.html"
        value_class = LinkStructValue


class VideoBlock(blocks.StructBlock):
    """A video must carry a transcript: some families cannot play sound or read captions."""

    title = blocks.CharBlock(help_text="Says what the video shows, for people who cannot see it.")
    video = EmbedBlock(help_text="A YouTube or Vimeo address. Use a video with captions.")
    transcript = blocks.RichTextBlock(
        features=SHORT_RICH_TEXT_FEATURES, help_text="Required: the words spoken and what is shown."
    )

    class Meta:
        icon = "media"
        label = "Video with transcript"
        template = "components/streamfield/video.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    text = blocks.CharBlock(required=False, help_text="Leave blank to use the document's title.")

    class Meta:
        icon = "doc-full-inverse"
        label = "Document link"
        template = "components/streamfield/document_link.html"


class ContentStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="components/streamfield/rich_text.html")
    inset_text = InsetTextBlock()
    warning_callout = WarningCalloutBlock()
    care_card = CareCardBlock()
    do_list = DoListBlock()
    dont_list = DontListBlock()
    details = DetailsBlock()
    action_link = ActionLinkBlock()
    video = VideoBlock()
    document_link = DocumentLinkBlock()


class RouteCardBlock(blocks.StructBlock):
    """One of the big routes on the home page: a clickable card."""

    heading = blocks.CharBlock()
    description = blocks.CharBlock()
    page = blocks.PageChooserBlock(required=False)
    external_url = LinkAddressBlock(required=False, label="Or an address, like /self-assessment/ or https://…")

    class Meta:
        icon = "link"
        label = "Route card"
        template = "components/streamfield/route_card.html"
        value_class = LinkStructValue
