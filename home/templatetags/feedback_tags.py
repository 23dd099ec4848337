from django import template
from wagtail.models import Page

from home.models.feedback import COMMENT_MAX_LENGTH

register = template.Library()

STATES = {"more", "thanks", "expired", "unanswered"}


@register.inclusion_tag("components/feedback.html", takes_context=True)
def page_feedback(context):
    """The "Is this page useful?" question for the Wagtail page being shown; nothing on other views."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return {"show": False}
    state = request.GET.get("feedback", "")
    return {
        "show": True,
        "page": page,
        "state": state if state in STATES else "",
        "ref": request.GET.get("ref", "")[:200],
        "max_length": COMMENT_MAX_LENGTH,
    }
