"""What the child finds hard, who else helps and how the family communicates."""

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.models import LifeArea
from portal.form_fields import ModelChoicesField
from referrals import from_assessment
from referrals.forms.base import YES, YES_NO, StepForm, limit_messages, number, text_area
from referrals.models.referral import SHORT_TEXT_LIMIT, TEXT_LIMIT


class LifeAreaChoices(ModelChoicesField):
    """The areas of daily life, named in the family's language (the self-assessment's words for them)."""

    def label_from_instance(self, obj):
        if not hasattr(self, "_found"):
            self._found = from_assessment.family_catalogue()  # one query for every area's name
        return from_assessment.in_family_language(obj.name, self._found)


class NeedsForm(StepForm):
    life_areas = LifeAreaChoices(
        label=_("Which areas of daily life does the child find hard?"),
        queryset=LifeArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Select all that apply."),
        error_messages={
            "required": _("Select at least one area the child finds hard"),
            "invalid_choice": _("Select areas from the list"),
            "invalid_pk_value": _("Select areas from the list"),
        },
    )
    help_wanted = forms.CharField(
        label=_("What would you like help with?"),
        max_length=TEXT_LIMIT,
        help_text=format_lazy(
            _("Tell us what is hard for the child day to day. You can write up to {limit} characters."),
            limit=number(TEXT_LIMIT),
        ),
        widget=text_area(),
        error_messages={
            "required": _("Enter what you would like help with"),
            **limit_messages(_("What you would like help with"), TEXT_LIMIT),
        },
    )
    tried_already = forms.CharField(
        label=_("What have you tried already?"),
        required=False,
        max_length=TEXT_LIMIT,
        help_text=format_lazy(
            _("For example, advice from this website or from school. You can write up to {limit} characters."),
            limit=number(TEXT_LIMIT),
        ),
        widget=text_area(),
        error_messages=limit_messages(_("What you have tried"), TEXT_LIMIT),
    )

    def customise(self):
        # The self-assessment already told us the areas: asking again would be asking twice (WCAG 3.3.7).
        if self.context.get("has_assessment"):
            del self.fields["life_areas"]


class ServicesForm(StepForm):
    page_heading_field = "other_services"

    other_services = forms.CharField(
        label=_("Which other services are helping the child?"),
        required=False,
        max_length=TEXT_LIMIT,
        help_text=format_lazy(
            _(
                "For example, a speech and language therapist, a paediatrician or social care. "
                "Leave this empty if there are none. You can write up to {limit} characters."
            ),
            limit=number(TEXT_LIMIT),
        ),
        widget=text_area(4),
        error_messages=limit_messages(_("Other services"), TEXT_LIMIT),
    )


class CommunicationForm(StepForm):
    needs_interpreter = forms.ChoiceField(
        label=_("Does the family need an interpreter?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes if the family needs an interpreter")},
    )
    language = forms.CharField(
        label=_("Which language, including British Sign Language?"),
        required=False,
        max_length=60,
        help_text=_("Only if the family needs an interpreter."),
        error_messages=limit_messages(_("Language"), 60),
    )
    accessible_formats = forms.CharField(
        label=_("Does the family need letters in another format?"),
        required=False,
        max_length=SHORT_TEXT_LIMIT,
        help_text=_("For example, large print, easy read or braille."),
        error_messages=limit_messages(_("Other formats"), SHORT_TEXT_LIMIT),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("needs_interpreter") == YES and not cleaned.get("language", "").strip():
            self.add_error("language", gettext("Enter the language the family needs an interpreter for"))
        return cleaned
