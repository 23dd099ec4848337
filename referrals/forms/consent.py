"""Who agreed to the referral and how to reach the person making it."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.models import ReferrerKind
from referrals.forms.base import LEFT_TO_RIGHT, NAME_LIMIT, StepForm, clean_phone, limit_messages
from referrals.models import UpdatePreference

# How we tell the person referring about it, in the family's language (the model's labels are the staff's).
UPDATE_PREFERENCE_CHOICES = [
    (UpdatePreference.EMAIL.value, _("By email")),
    (UpdatePreference.PHONE.value, _("By phone")),
    (UpdatePreference.EITHER.value, _("Either is fine")),
]


class ConsentForm(StepForm):
    # The boxes whose words depend on who is referring ("I agree" or "a parent or carer agreed").
    statements = ("parent_consent", "sharing_consent")

    parent_consent = forms.BooleanField(
        label=_("I agree to this referral"),
        error_messages={"required": _("Confirm that you agree to this referral")},
    )
    sharing_consent = forms.BooleanField(
        label=_("I agree that the team can share information with people who help the child, like their GP or school"),
        error_messages={"required": _("Confirm that the team can share information with people who help the child")},
    )
    parent_name = forms.CharField(
        label=_("Parent or carer's full name"),
        max_length=NAME_LIMIT,
        error_messages={
            "required": _("Enter the parent or carer's full name"),
            **limit_messages(_("Name"), NAME_LIMIT),
        },
    )
    parent_phone = forms.CharField(
        label=_("Parent or carer's phone number"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"type": "tel", "width_class": "nhsuk-input--width-20", **LEFT_TO_RIGHT}),
    )
    parent_email = forms.EmailField(
        label=_("Parent or carer's email address"),
        required=False,
        max_length=254,
        error_messages={
            "invalid": _("Enter the parent or carer's email address in the right format, like name@example.com")
        },
        widget=forms.EmailInput(attrs={"spellcheck": "false", **LEFT_TO_RIGHT}),
    )

    def customise(self):
        if self.is_professional:
            self.fields["parent_consent"].label = gettext("A parent or carer has agreed to this referral")
            self.fields["parent_consent"].error_messages["required"] = gettext(
                "Confirm that a parent or carer has agreed to this referral"
            )
            self.fields["sharing_consent"].label = gettext(
                "They agreed that the team can share information with people who help the child"
            )
            self.fields["sharing_consent"].error_messages["required"] = gettext(
                "Confirm that the parent or carer agreed to sharing information"
            )
            self.fields["parent_phone"].help_text = gettext("Give a phone number or an email address, or both.")
        else:
            for name in ("parent_name", "parent_phone", "parent_email"):
                del self.fields[name]

    def clean_parent_phone(self):
        return clean_phone(self.cleaned_data.get("parent_phone", ""))

    def clean(self):
        cleaned = super().clean()
        has_contact = cleaned.get("parent_phone") or cleaned.get("parent_email")
        if self.is_professional and not self.errors and not has_contact:
            self.add_error("parent_phone", gettext("Enter the parent or carer's phone number or email address"))
        return cleaned


class ContactForm(StepForm):
    name = forms.CharField(
        label=_("Your full name"),
        max_length=NAME_LIMIT,
        error_messages={"required": _("Enter your full name"), **limit_messages(_("Your name"), NAME_LIMIT)},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    role = forms.CharField(
        label=_("Your job title"),
        max_length=100,
        error_messages={"required": _("Enter your job title"), **limit_messages(_("Job title"), 100)},
    )
    organisation = forms.CharField(
        label=_("Where you work"),
        max_length=150,
        help_text=_("The name of the school, nursery, practice or service."),
        error_messages={"required": _("Enter where you work"), **limit_messages(_("Where you work"), 150)},
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        max_length=254,
        error_messages={"invalid": _("Enter an email address in the right format, like name@example.com")},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false", **LEFT_TO_RIGHT}),
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=30,
        help_text=_("Give an email address or a phone number, or both."),
        widget=forms.TextInput(
            attrs={"type": "tel", "autocomplete": "tel", "width_class": "nhsuk-input--width-20", **LEFT_TO_RIGHT}
        ),
    )
    update_preference = forms.ChoiceField(
        label=_("How should we tell you about the referral?"),
        choices=UPDATE_PREFERENCE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select how we should tell you about the referral")},
    )

    def customise(self):
        if not self.is_professional:
            del self.fields["role"]
            del self.fields["organisation"]
        elif self.context.get("referrer_kind") == ReferrerKind.SCHOOL and self.context.get("school"):
            # The school was asked for once, on its own page: this only asks if they work somewhere else.
            field = self.fields["organisation"]
            field.required = False
            field.help_text = gettext("Leave this empty if you work at %(school)s, the child's school.") % {
                "school": self.context["school"]
            }

    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone", ""))

    def clean(self):
        cleaned = super().clean()
        if "email" in cleaned and "phone" in cleaned and not cleaned["email"] and not cleaned["phone"]:
            self.add_error("email", gettext("Enter an email address or a phone number"))
        preference = cleaned.get("update_preference")
        if preference == UpdatePreference.EMAIL and cleaned.get("phone") and not cleaned.get("email"):
            self.add_error("update_preference", gettext("Enter an email address, or choose to hear by phone"))
        if preference == UpdatePreference.PHONE and cleaned.get("email") and not cleaned.get("phone"):
            self.add_error("update_preference", gettext("Enter a phone number, or choose to hear by email"))
        return cleaned
