"""Helpers that build StreamField block data for the demo's pages (information pages, advice topics,
stories, workshops), and the review dates every demo page carries.

They live apart from `pages` because the page modules use them and `pages` imports the page modules:
keeping them out of `pages` avoids a circular import.
"""

from django.utils import timezone

from home.models.pages import REVIEW_INTERVAL_MONTHS, add_months


def review_dates(months_ago, today=None):
    """Reviewed on the 1st of the month `months_ago` before this one, next due a review interval later.

    Relative to today, so the demo never shows a review date that has passed (or one in the future)
    by accident; the dates move on once a month, so within a month a second load changes nothing.
    """
    last = add_months((today or timezone.localdate()).replace(day=1), -months_ago)
    return {"last_reviewed": last, "next_review_due": add_months(last, REVIEW_INTERVAL_MONTHS)}


REVIEWED = review_dates(3)

SELF_ASSESSMENT_URL = "/self-assessment/"


def rich(html):
    return {"type": "rich_text", "value": html}


def inset(html):
    return {"type": "inset_text", "value": {"body": html}}


def warning(heading, html):
    return {"type": "warning_callout", "value": {"heading": heading, "body": html}}


def care_card(urgency, heading, *points):
    """An NHS care card: one call to action, then at most 5 specific points (urgent cards may add a 6th)."""
    limit = 5 if urgency == "non-urgent" else 6
    if len(points) > limit:
        raise ValueError(f"A {urgency} care card has at most {limit} points: {heading}")
    bullets = "".join(f"<li>{point}</li>" for point in points)
    return {"type": "care_card", "value": {"urgency": urgency, "heading": heading, "body": f"<ul>{bullets}</ul>"}}


def do_list(*items, heading=""):
    return {"type": "do_list", "value": {"heading": heading, "items": list(items)}}


def dont_list(*items, heading=""):
    return {"type": "dont_list", "value": {"heading": heading, "items": list(items)}}


def details(summary, html):
    return {"type": "details", "value": {"summary": summary, "body": html}}


def action_link(text, url):
    return {"type": "action_link", "value": {"text": text, "page": None, "external_url": url}}


CHECK_YOUR_CHILDS_NEEDS = action_link("Check your child's needs", SELF_ASSESSMENT_URL)
REFER_ONLINE = action_link("Refer online", "/refer/")
PHONE_LINK = '<a href="tel:03001234567">0300 123 4567</a>'
EMAIL_LINK = '<a href="mailto:childrens.therapy@example.nhs.uk">childrens.therapy@example.nhs.uk</a>'
