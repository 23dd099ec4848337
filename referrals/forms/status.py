"""A family finds their referral with its reference and the child's date of birth."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.form_fields import NHSFormMixin
from referrals.forms.base import LEFT_TO_RIGHT, limit_messages
from referrals.forms.dates import DateOfBirthField


class StatusForm(NHSFormMixin, forms.Form):
    submit_label = _("Find my referral")
    mark_optional = False

    reference = forms.CharField(
        label=_("Reference number"),
        max_length=20,
        help_text=_("It is on your confirmation page and email. For example, RF-7KQ-M4D."),
        error_messages={"required": _("Enter your reference number"), **limit_messages(_("Reference number"), 20)},
        widget=forms.TextInput(
            attrs={
                "spellcheck": "false",
                "autocomplete": "off",
                "width_class": "nhsuk-input--width-10",
                **LEFT_TO_RIGHT,
            }
        ),
    )
    date_of_birth = DateOfBirthField(label=_("Child's date of birth"), help_text=_("For example, 15 3 2017"))
