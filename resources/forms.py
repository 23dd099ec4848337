from django import forms
from django.utils.translation import gettext_lazy as _

from portal.form_fields import NHSFormMixin
from resources.models.taxonomy import Audience, KeyStage, PackTopic

SEARCH_MAX_LENGTH = 200


class PackFilterForm(NHSFormMixin, forms.Form):
    """Filters for the pack listing. Values not in the lists are removed before binding (see
    `listing.split_known_values`), so a stale shared link still shows packs instead of an error."""

    form_method = "get"
    submit_label = "Apply filters"
    mark_optional = False

    q = forms.CharField(
        label="Search packs",
        max_length=SEARCH_MAX_LENGTH,
        required=False,
        error_messages={"max_length": f"Search must be {SEARCH_MAX_LENGTH} characters or fewer"},
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    audience = forms.MultipleChoiceField(label="Who it is for", required=False, widget=forms.CheckboxSelectMultiple)
    key_stage = forms.MultipleChoiceField(label="Key stage", required=False, widget=forms.CheckboxSelectMultiple)
    topic = forms.MultipleChoiceField(label="Topic", required=False, widget=forms.CheckboxSelectMultiple)

    TAG_MODELS = {"audience": Audience, "key_stage": KeyStage, "topic": PackTopic}

    def __init__(self, *args, choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        choices = choices or self.tag_choices()
        for name in self.TAG_MODELS:
            self.fields[name].choices = choices[name]

    @classmethod
    def tag_choices(cls):
        return {name: list(model.objects.values_list("slug", "name")) for name, model in cls.TAG_MODELS.items()}


class BookingForm(NHSFormMixin, forms.Form):
    submit_label = "Book a place"
    prevent_double_click = True

    name = forms.CharField(
        label="Full name",
        max_length=100,
        error_messages={"required": "Enter your full name"},
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    role = forms.CharField(
        label="Your role",
        help_text="For example, class teacher, SENCo or teaching assistant",
        max_length=100,
        error_messages={"required": "Enter your role", "max_length": "Role must be 100 characters or fewer"},
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    school = forms.CharField(
        label="School or setting",
        max_length=150,
        error_messages={"required": "Enter the name of your school or setting"},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    email = forms.EmailField(
        label="Work email address",
        help_text="We will send your booking and a link to cancel it to this address",
        max_length=254,
        error_messages={
            "required": "Enter your work email address",
            "invalid": "Enter an email address in the correct format, like name@example.sch.uk",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "school", "email"):
            self.fields[name].error_messages.setdefault(
                "max_length", f"{self.fields[name].label} must be {self.fields[name].max_length} characters or fewer"
            )

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "role", "school"):
            if name in cleaned:
                cleaned[name] = cleaned[name].strip()
        return cleaned


class FamilyBookingForm(NHSFormMixin, forms.Form):
    """A parent or carer booking a workshop: only what we need to hold the place and tell them about it. Its
    words are in the family's language (the workshops page's); school staff's form above stays English."""

    submit_label = _("Book a place")
    prevent_double_click = True

    name = forms.CharField(
        label=_("Your full name"),
        max_length=100,
        error_messages={
            "required": _("Enter your full name"),
            "max_length": _("Your full name must be 100 characters or fewer"),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We will send your booking and a link to cancel it to this address"),
        max_length=254,
        error_messages={
            "required": _("Enter your email address"),
            "invalid": _("Enter an email address in the correct format, like name@example.com"),
            "max_length": _("Email address must be 254 characters or fewer"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false", "dir": "ltr"}),
    )

    def clean(self):
        cleaned = super().clean()
        if "name" in cleaned:
            cleaned["name"] = cleaned["name"].strip()
        return cleaned


class CancelBookingForm(NHSFormMixin, forms.Form):
    submit_label = _("Cancel my place")
    prevent_double_click = True
