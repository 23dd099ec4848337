"""What every referral form shares: the step base class, the limits and how they are worded.

Every word a family reads is marked for translation (docs/languages.md): the journey is served in Polish and
Urdu at /pl/refer/ and /ur/refer/, and the words are looked up when a page is drawn, in its language.
"""

import re

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from home.models import ReferrerKind
from portal.form_fields import NHSFormMixin

NAME_LIMIT = 100
YES, NO = "yes", "no"
YES_NO = [(YES, _("Yes")), (NO, _("No"))]
# Digits, spaces, brackets, dashes and a leading +: enough for UK and international numbers.
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-]{10,20}$")
# Typed left to right on a right-to-left (Urdu) page too: numbers, postcodes, codes and email addresses.
LEFT_TO_RIGHT = {"dir": "ltr"}

REFERRER_CHOICES = [
    (ReferrerKind.PARENT.value, _("I am the child's parent or carer")),
    (ReferrerKind.SCHOOL.value, _("I work at the child's school or nursery")),
    (ReferrerKind.PROFESSIONAL.value, _("I am a health or care professional")),
]


def number(value):
    """`value` with the thousands grouped as the page's language writes them (1,500 in English, 1 500 in Polish)."""
    return lazy(lambda: number_format(value, force_grouping=True), str)()


def limit_messages(subject, limit):
    return {
        "max_length": format_lazy(
            _("{subject} must be {limit} characters or fewer"), subject=subject, limit=number(limit)
        )
    }


def text_area(rows=5):
    return forms.Textarea(attrs={"rows": rows})


def clean_phone(text):
    text = (text or "").strip()
    if text and not PHONE_PATTERN.match(text):
        raise forms.ValidationError(_("Enter a phone number, like 01632 960 001 or 07700 900 982"), code="invalid")
    return text


class StepForm(NHSFormMixin, forms.Form):
    """A journey step. `context` is what earlier steps decided (who is referring, a linked assessment)."""

    submit_label = _("Continue")

    def __init__(self, *args, context=None, **kwargs):
        self.context = context or {}
        super().__init__(*args, **kwargs)
        self.customise()
        # The mixin marks headings and "(optional)" as fields are built, so do it again after changes.
        english = translation.get_language() == settings.LANGUAGE_CODE
        for name, field in self.fields.items():
            field.is_page_heading = name == self.page_heading_field
            field.show_optional = self.mark_optional and not field.required
            if field.show_optional and not english:
                # templates/nhsuk/field.html says " (optional)" in English: in another language the label says it.
                field.label = format_lazy("{} {}", field.label, _("(optional)"))
                field.show_optional = False

    def customise(self):
        """Adjust fields to the journey so far."""

    @property
    def is_professional(self):
        return self.context.get("referrer_kind") in (ReferrerKind.SCHOOL, ReferrerKind.PROFESSIONAL)
