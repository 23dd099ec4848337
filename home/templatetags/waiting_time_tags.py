from django import template
from django.utils.translation import gettext, ngettext

register = template.Library()


@register.filter
def updated_ago(age_days):
    """How old a figure is, in the words families use: "updated today", "updated 3 days ago"."""
    if age_days is None:
        return ""
    if age_days <= 0:
        return gettext("updated today")
    if age_days == 1:
        return gettext("updated yesterday")
    return ngettext("updated %(count)s day ago", "updated %(count)s days ago", age_days) % {"count": age_days}


@register.filter
def weeks(value):
    """ "1 week", "6 weeks"; in Polish the number chooses the form: "1 tydzień", "2 tygodnie", "5 tygodni"."""
    return ngettext("%(count)s week", "%(count)s weeks", value) % {"count": value}
