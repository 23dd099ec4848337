"""The referral pages' words that come from elsewhere, in the family's language: dates and the waits' pathways."""

import re

from django import template
from django.urls import translate_url
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from referrals import dates, notifications

register = template.Library()


@register.filter
def family_date(value):
    return dates.family_date(value)


@register.filter
def family_day(value):
    """The date with its weekday: "Monday 16 March 2026"."""
    return dates.family_date(value, weekday=True)


@register.filter
def pathway_words(wait):
    """What the children wait for, for the middle of a sentence: "routine assessment"."""
    return notifications.pathway_words(wait)


@register.filter
def in_family_language(path):
    """A site address ("/advice/") at the page's language's prefix ("/pl/advice/"), so a link keeps the family
    in their language; an untranslated page there says so, in that language, and offers the English page."""
    return translate_url(path, translation.get_language())


@register.filter
def breakable(address):
    """An email address that may wrap after its "@" and dots (<wbr>), so a long one fits a 320 px wide phone."""
    return mark_safe(re.sub(r"([@.])", r"\1<wbr>", escape(address)))  # noqa: S308 - escaped first
