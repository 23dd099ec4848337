"""Who is referring, and who the child is, where they live and which school they go to."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.models import ReferrerKind
from home.postcodes import MAX_INPUT_LENGTH, InvalidPostcode, parse_postcode
from referrals.forms.base import LEFT_TO_RIGHT, NAME_LIMIT, REFERRER_CHOICES, StepForm, limit_messages
from referrals.forms.dates import DateOfBirthField
from referrals.references import nhs_number_digits, nhs_number_is_valid


class ReferrerForm(StepForm):
    page_heading_field = "referrer_kind"

    referrer_kind = forms.ChoiceField(
        label=_("Who is making this referral?"),
        choices=REFERRER_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select who is making this referral")},
    )


class ChildForm(StepForm):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=NAME_LIMIT,
        error_messages={"required": _("Enter the child's first name"), **limit_messages(_("First name"), NAME_LIMIT)},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=NAME_LIMIT,
        error_messages={"required": _("Enter the child's last name"), **limit_messages(_("Last name"), NAME_LIMIT)},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    date_of_birth = DateOfBirthField(label=_("Date of birth"), help_text=_("For example, 15 3 2017"))
    nhs_number = forms.CharField(
        label=_("NHS number"),
        required=False,
        help_text=_(
            "It helps us find the child's records, but you can leave it out. It is 10 digits, like 943 476 5919."
        ),
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "spellcheck": "false",
                "width_class": "nhsuk-input--width-10",
                **LEFT_TO_RIGHT,
            }
        ),
    )

    def clean_nhs_number(self):
        text = self.cleaned_data["nhs_number"].strip()
        if not text:
            return ""
        digits = nhs_number_digits(text)
        if digits is None:
            raise forms.ValidationError(_("NHS number must be 10 digits, like 943 476 5919"), code="invalid")
        if not nhs_number_is_valid(digits):
            raise forms.ValidationError(_("Check the NHS number: it is not a real NHS number"), code="check_digit")
        return digits


class PostcodeForm(StepForm):
    page_heading_field = "postcode"

    postcode = forms.CharField(
        label=_("What is the child's home postcode?"),
        help_text=_("We use it to find the team that covers where the child lives. For example, SG1 2AB."),
        error_messages={"required": _("Enter the child's home postcode")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "postal-code",
                "spellcheck": "false",
                "width_class": "nhsuk-input--width-10",
                **LEFT_TO_RIGHT,
            }
        ),
    )

    def clean_postcode(self):
        text = self.cleaned_data["postcode"]
        try:
            if len(text) > MAX_INPUT_LENGTH:
                raise InvalidPostcode(text)
            return str(parse_postcode(text))
        except InvalidPostcode:
            raise forms.ValidationError(_("Enter a full UK postcode, like SG1 2AB"), code="invalid") from None


class SchoolForm(StepForm):
    page_heading_field = "school"

    school = forms.CharField(
        label=_("Which school or nursery does the child go to?"),
        required=False,
        max_length=150,
        help_text=_("Leave this empty if the child does not go to one."),
        error_messages=limit_messages(_("School or nursery"), 150),
    )

    def customise(self):
        if self.context.get("referrer_kind") == ReferrerKind.SCHOOL:
            # Asked once: a school referrer works here unless they tell us otherwise with their contact details.
            field = self.fields["school"]
            field.required = True
            field.help_text = gettext(
                "We will take this as where you work too. You can tell us if you work somewhere else."
            )
            field.error_messages["required"] = gettext("Enter the name of the child's school or nursery")
