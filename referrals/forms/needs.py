"""What the child finds hard, who else helps and how the family communicates."""

from django import forms

from home.models import LifeArea
from portal.form_fields import ModelChoicesField
from referrals.forms.base import YES, YES_NO, StepForm, limit_messages, text_area
from referrals.models.referral import SHORT_TEXT_LIMIT, TEXT_LIMIT


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
