from django import template

register = template.Library()


@register.filter
def updated_ago(age_days):
    """How old a figure is, in the words families use: "updated today", "updated 3 days ago"."""
    if age_days is None:
        return ""
    if age_days <= 0:
        return "updated today"
    if age_days == 1:
        return "updated yesterday"
    return f"updated {age_days} days ago"


@register.filter
def weeks(value):
    return "1 week" if value == 1 else f"{value} weeks"
