"""One form per step of the referral journey, in NHS.UK patterns.

Limits are stated in each field's hint, so nobody learns about them only from an error.
Text is kept exactly as typed and always rendered escaped.
"""

import re

from django import forms

from home.models import LifeArea, ReferrerKind
from home.postcodes import MAX_INPUT_LENGTH, InvalidPostcode, parse_postcode
from portal.form_fields import DayMonthYearField, ModelChoicesField, NHSFormMixin
from referrals.models import UpdatePreference
from referrals.models.referral import SHORT_TEXT_LIMIT, TEXT_LIMIT
from referrals.references import nhs_number_digits, nhs_number_is_valid

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


class ReferrerForm(StepForm):
    page_heading_field = "referrer_kind"

    referrer_kind = forms.ChoiceField(
        label="Who is making this referral?",
        choices=REFERRER_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select who is making this referral"},
    )


class ChildForm(StepForm):
    first_name = forms.CharField(
        label="First name",
        max_length=NAME_LIMIT,
        error_messages={"required": "Enter the child's first name", **limit_messages("First name", NAME_LIMIT)},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    last_name = forms.CharField(
        label="Last name",
        max_length=NAME_LIMIT,
        error_messages={"required": "Enter the child's last name", **limit_messages("Last name", NAME_LIMIT)},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    date_of_birth = DayMonthYearField(
        label="Date of birth",
        subject="Date of birth",
        must_be_past=True,
        help_text="For example, 15 3 2017",
    )
    nhs_number = forms.CharField(
        label="NHS number",
        required=False,
        help_text="It helps us find the child's records, but you can leave it out. It is 10 digits, like 943 476 5919.",
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "spellcheck": "false", "width_class": "nhsuk-input--width-10"}
        ),
    )

    def clean_nhs_number(self):
        text = self.cleaned_data["nhs_number"].strip()
        if not text:
            return ""
        digits = nhs_number_digits(text)
        if digits is None:
            raise forms.ValidationError("NHS number must be 10 digits, like 943 476 5919", code="invalid")
        if not nhs_number_is_valid(digits):
            raise forms.ValidationError("Check the NHS number: it is not a real NHS number", code="check_digit")
        return digits


class PostcodeForm(StepForm):
    page_heading_field = "postcode"

    postcode = forms.CharField(
        label="What is the child's home postcode?",
        help_text="We use it to find the team that covers where the child lives. For example, SG1 2AB.",
        error_messages={"required": "Enter the child's home postcode"},
        widget=forms.TextInput(
            attrs={"autocomplete": "postal-code", "spellcheck": "false", "width_class": "nhsuk-input--width-10"}
        ),
    )

    def clean_postcode(self):
        text = self.cleaned_data["postcode"]
        try:
            if len(text) > MAX_INPUT_LENGTH:
                raise InvalidPostcode(text)
            return str(parse_postcode(text))
        except InvalidPostcode:
            raise forms.ValidationError("Enter a full UK postcode, like SG1 2AB", code="invalid") from None


class SchoolForm(StepForm):
    page_heading_field = "school"

    school = forms.CharField(
        label="Which school or nursery does the child go to?",
        required=False,
        max_length=150,
        help_text="Leave this empty if the child does not go to one.",
        error_messages=limit_messages("School or nursery", 150),
    )

    def customise(self):
        if self.context.get("referrer_kind") == ReferrerKind.SCHOOL:
            # Asked once: a school referrer works here unless they tell us otherwise with their contact details.
            field = self.fields["school"]
            field.required = True
            field.help_text = "We will take this as where you work too. You can tell us if you work somewhere else."
            field.error_messages["required"] = "Enter the name of the child's school or nursery"


class EvidenceForm(StepForm):
    """One file at a time (works without JavaScript); referrals/views/evidence.py keeps each one added."""

    file = forms.FileField(
        label="Add a file",
        required=False,
        max_length=None,  # a long name is shortened when kept, never an error
        error_messages={
            "invalid": "The selected file could not be read: choose it again",
            "missing": "The selected file could not be read: choose it again",
            "empty": "The selected file is empty",
        },
        widget=forms.FileInput,
    )

    def customise(self):
        from referrals import attachments

        self.fields["file"].help_text = (
            f"A PDF, Word document (.docx), JPG or PNG, each smaller than {attachments.megabytes(attachments.max_bytes())}. "
            f"You can add up to {attachments.max_files()} files."
        )

    def clean_file(self):
        from referrals import attachments

        uploaded = self.cleaned_data.get("file")
        if not uploaded:
            return None
        if self.context.get("attachment_count", 0) >= attachments.max_files():
            raise forms.ValidationError(attachments.too_many_message(), code="too_many")
        return attachments.read_upload(uploaded)


class NeedsForm(StepForm):
    life_areas = ModelChoicesField(
        label="Which areas of daily life does the child find hard?",
        queryset=LifeArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply.",
        error_messages={
            "required": "Select at least one area the child finds hard",
            "invalid_choice": "Select areas from the list",
            "invalid_pk_value": "Select areas from the list",
        },
    )
    help_wanted = forms.CharField(
        label="What would you like help with?",
        max_length=TEXT_LIMIT,
        help_text=f"Tell us what is hard for the child day to day. You can write up to {TEXT_LIMIT:,} characters.",
        widget=text_area(),
        error_messages={
            "required": "Enter what you would like help with",
            **limit_messages("What you would like help with", TEXT_LIMIT),
        },
    )
    tried_already = forms.CharField(
        label="What have you tried already?",
        required=False,
        max_length=TEXT_LIMIT,
        help_text=f"For example, advice from this website or from school. You can write up to {TEXT_LIMIT:,} characters.",
        widget=text_area(),
        error_messages=limit_messages("What you have tried", TEXT_LIMIT),
    )

    def customise(self):
        # The self-assessment already told us the areas: asking again would be asking twice (WCAG 3.3.7).
        if self.context.get("has_assessment"):
            del self.fields["life_areas"]


class ServicesForm(StepForm):
    page_heading_field = "other_services"

    other_services = forms.CharField(
        label="Which other services are helping the child?",
        required=False,
        max_length=TEXT_LIMIT,
        help_text=(
            "For example, a speech and language therapist, a paediatrician or social care. "
            f"Leave this empty if there are none. You can write up to {TEXT_LIMIT:,} characters."
        ),
        widget=text_area(4),
        error_messages=limit_messages("Other services", TEXT_LIMIT),
    )


class CommunicationForm(StepForm):
    needs_interpreter = forms.ChoiceField(
        label="Does the family need an interpreter?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": "Select yes if the family needs an interpreter"},
    )
    language = forms.CharField(
        label="Which language, including British Sign Language?",
        required=False,
        max_length=60,
        help_text="Only if the family needs an interpreter.",
        error_messages=limit_messages("Language", 60),
    )
    accessible_formats = forms.CharField(
        label="Does the family need letters in another format?",
        required=False,
        max_length=SHORT_TEXT_LIMIT,
        help_text="For example, large print, easy read or braille.",
        error_messages=limit_messages("Other formats", SHORT_TEXT_LIMIT),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("needs_interpreter") == YES and not cleaned.get("language", "").strip():
            self.add_error("language", "Enter the language the family needs an interpreter for")
        return cleaned


class ConsentForm(StepForm):
    # The boxes whose words depend on who is referring ("I agree" or "a parent or carer agreed").
    statements = ("parent_consent", "sharing_consent")

    parent_consent = forms.BooleanField(
        label="I agree to this referral",
        error_messages={"required": "Confirm that you agree to this referral"},
    )
    sharing_consent = forms.BooleanField(
        label="I agree that the team can share information with people who help the child, like their GP or school",
        error_messages={"required": "Confirm that the team can share information with people who help the child"},
    )
    parent_name = forms.CharField(
        label="Parent or carer's full name",
        max_length=NAME_LIMIT,
        error_messages={"required": "Enter the parent or carer's full name", **limit_messages("Name", NAME_LIMIT)},
    )
    parent_phone = forms.CharField(
        label="Parent or carer's phone number",
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "width_class": "nhsuk-input--width-20"}),
    )
    parent_email = forms.EmailField(
        label="Parent or carer's email address",
        required=False,
        max_length=254,
        error_messages={
            "invalid": "Enter the parent or carer's email address in the right format, like name@example.com"
        },
        widget=forms.EmailInput(attrs={"spellcheck": "false"}),
    )

    def customise(self):
        if self.is_professional:
            self.fields["parent_consent"].label = "A parent or carer has agreed to this referral"
            self.fields["parent_consent"].error_messages["required"] = (
                "Confirm that a parent or carer has agreed to this referral"
            )
            self.fields[
                "sharing_consent"
            ].label = "They agreed that the team can share information with people who help the child"
            self.fields["sharing_consent"].error_messages["required"] = (
                "Confirm that the parent or carer agreed to sharing information"
            )
            self.fields["parent_phone"].help_text = "Give a phone number or an email address, or both."
        else:
            for name in ("parent_name", "parent_phone", "parent_email"):
                del self.fields[name]

    def clean_parent_phone(self):
        return clean_phone(self.cleaned_data.get("parent_phone", ""))

    def clean(self):
        cleaned = super().clean()
        has_contact = cleaned.get("parent_phone") or cleaned.get("parent_email")
        if self.is_professional and not self.errors and not has_contact:
            self.add_error("parent_phone", "Enter the parent or carer's phone number or email address")
        return cleaned


class ContactForm(StepForm):
    name = forms.CharField(
        label="Your full name",
        max_length=NAME_LIMIT,
        error_messages={"required": "Enter your full name", **limit_messages("Your name", NAME_LIMIT)},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    role = forms.CharField(
        label="Your job title",
        max_length=100,
        error_messages={"required": "Enter your job title", **limit_messages("Job title", 100)},
    )
    organisation = forms.CharField(
        label="Where you work",
        max_length=150,
        help_text="The name of the school, nursery, practice or service.",
        error_messages={"required": "Enter where you work", **limit_messages("Where you work", 150)},
    )
    email = forms.EmailField(
        label="Email address",
        required=False,
        max_length=254,
        error_messages={"invalid": "Enter an email address in the right format, like name@example.com"},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label="Phone number",
        required=False,
        max_length=30,
        help_text="Give an email address or a phone number, or both.",
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "width_class": "nhsuk-input--width-20"}),
    )
    update_preference = forms.ChoiceField(
        label="How should we tell you about the referral?",
        choices=UpdatePreference.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select how we should tell you about the referral"},
    )

    def customise(self):
        if not self.is_professional:
            del self.fields["role"]
            del self.fields["organisation"]
        elif self.context.get("referrer_kind") == ReferrerKind.SCHOOL and self.context.get("school"):
            # The school was asked for once, on its own page: this only asks if they work somewhere else.
            field = self.fields["organisation"]
            field.required = False
            field.help_text = f"Leave this empty if you work at {self.context['school']}, the child's school."

    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone", ""))

    def clean(self):
        cleaned = super().clean()
        if "email" in cleaned and "phone" in cleaned and not cleaned["email"] and not cleaned["phone"]:
            self.add_error("email", "Enter an email address or a phone number")
        preference = cleaned.get("update_preference")
        if preference == UpdatePreference.EMAIL and cleaned.get("phone") and not cleaned.get("email"):
            self.add_error("update_preference", "Enter an email address, or choose to hear by phone")
        if preference == UpdatePreference.PHONE and cleaned.get("email") and not cleaned.get("phone"):
            self.add_error("update_preference", "Enter a phone number, or choose to hear by email")
        return cleaned


def clean_phone(text):
    text = (text or "").strip()
    if text and not PHONE_PATTERN.match(text):
        raise forms.ValidationError("Enter a phone number, like 01632 960 001 or 07700 900 982", code="invalid")
    return text


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
