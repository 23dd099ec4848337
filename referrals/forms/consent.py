"""Who agreed to the referral and how to reach the person making it."""

from django import forms

from home.models import ReferrerKind
from referrals.forms.base import NAME_LIMIT, StepForm, clean_phone, limit_messages
from referrals.models import UpdatePreference


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
