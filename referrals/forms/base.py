"""What every referral form shares: the step base class, the limits and how they are worded."""

import re

from django import forms

from home.models import ReferrerKind
from portal.form_fields import NHSFormMixin

NAME_LIMIT = 100
YES, NO = "yes", "no"
YES_NO = [(YES, "Yes"), (NO, "No")]
# Digits, spaces, brackets, dashes and a leading +: enough for UK and international numbers.
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-]{10,20}$")

REFERRER_CHOICES = [
    (ReferrerKind.PARENT.value, "I am the child's parent or carer"),
    (ReferrerKind.SCHOOL.value, "I work at the child's school or nursery"),
    (ReferrerKind.PROFESSIONAL.value, "I am a health or care professional"),
]


def limit_messages(subject, limit):
    return {"max_length": f"{subject} must be {limit:,} characters or fewer"}


def text_area(rows=5):
    return forms.Textarea(attrs={"rows": rows})


def clean_phone(text):
    text = (text or "").strip()
    if text and not PHONE_PATTERN.match(text):
        raise forms.ValidationError("Enter a phone number, like 01632 960 001 or 07700 900 982", code="invalid")
    return text


class StepForm(NHSFormMixin, forms.Form):
    """A journey step. `context` is what earlier steps decided (who is referring, a linked assessment)."""

    def __init__(self, *args, context=None, **kwargs):
        self.context = context or {}
        super().__init__(*args, **kwargs)
        self.customise()
        # The mixin marks headings and "(optional)" as fields are built, so do it again after changes.
        for name, field in self.fields.items():
            field.is_page_heading = name == self.page_heading_field
            field.show_optional = self.mark_optional and not field.required

    def customise(self):
        """Adjust fields to the journey so far."""

    @property
    def is_professional(self):
        return self.context.get("referrer_kind") in (ReferrerKind.SCHOOL, ReferrerKind.PROFESSIONAL)
