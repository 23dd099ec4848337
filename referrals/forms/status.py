"""A family finds their referral with its reference and the child's date of birth."""

from django import forms

from portal.form_fields import DayMonthYearField, NHSFormMixin
from referrals.forms.base import limit_messages


class StatusForm(NHSFormMixin, forms.Form):
    submit_label = "Find my referral"
    mark_optional = False

    reference = forms.CharField(
        label="Reference number",
        max_length=20,
        help_text="It is on your confirmation page and email. For example, RF-7KQ-M4D.",
        error_messages={"required": "Enter your reference number", **limit_messages("Reference number", 20)},
        widget=forms.TextInput(
            attrs={"spellcheck": "false", "autocomplete": "off", "width_class": "nhsuk-input--width-10"}
        ),
    )
    date_of_birth = DayMonthYearField(
        label="Child's date of birth", subject="Date of birth", must_be_past=True, help_text="For example, 15 3 2017"
    )
