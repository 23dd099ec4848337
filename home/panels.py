"""Admin panels that help editors write content families can read."""

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.admin.panels import HelpPanel

from home.readability import TARGET_READING_AGE, measure


def body_text(page):
    """The words of a page's body, as search indexing sees them (tags stripped, one block a line)."""
    field = page._meta.get_field("body")
    return "\n".join(str(text) for text in field.get_searchable_content(page.body))


def readability_html(page):
    figures = measure(body_text(page))
    if figures is None:
        return mark_safe("<p>Reading age will show here once the body has some text and the page is saved.</p>")  # noqa: S308 (our own fixed words)
    summary = format_html(
        "<p><strong>Reading age: {}</strong> (Flesch reading ease {}, {} words in {} sentences). "
        "Aim for a reading age of {} or under. Figures are for the last saved version.</p>",
        figures.reading_age,
        figures.flesch_reading_ease,
        figures.words,
        figures.sentences,
        TARGET_READING_AGE,
    )
    if not figures.above_target:
        return summary
    return summary + format_html(
        '<p class="help-block help-warning">This is harder to read than our target. Try shorter sentences '
        "(about {} words on average now; aim for 15 or fewer) and everyday words with fewer syllables.</p>",
        round(figures.words_per_sentence),
    )


class ReadabilityPanel(HelpPanel):
    """Reading age of the body as last saved, so editors can check plain English before submitting."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", "How easy is this to read?")
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.content = readability_html(self.instance)
