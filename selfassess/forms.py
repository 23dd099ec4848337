"""One form per step of the self-assessment. Choices come from the questionnaire version in the session."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.form_fields import NHSFormMixin
from selfassess.models.assessment import CODE_ALPHABET, CODE_LENGTH, normalise_return_code

YES, NO = "yes", "no"
IDENTITY_FIELDS = ("journey", "questions")


class JourneyIdentityMixin:
    """Hidden fields naming the journey and the questions this page showed (see journey.identity).

    A post from another journey is not bound: the form is shown afresh, with the current journey's
    answers, and `refuse` puts the reason in the error summary.
    """

    def __init__(self, *args, identity, **kwargs):
        super().__init__(*args, **kwargs)
        self.submit_label = _("Continue")
        for name in IDENTITY_FIELDS:
            self.fields[name] = forms.CharField(widget=forms.HiddenInput, required=False, initial=identity[name])

    def refuse(self, message):
        # An unbound form, so nothing posted is shown or saved; the error summary reads form.errors.
        self._errors = ErrorDict({NON_FIELD_ERRORS: self.error_class([message], error_class="nonfield")})

    def answer_fields(self):
        return {name: value for name, value in self.cleaned_data.items() if name not in IDENTITY_FIELDS}


class AgeBandForm(JourneyIdentityMixin, NHSFormMixin, forms.Form):
    page_heading_field = "age_band"

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["age_band"] = forms.ChoiceField(
            label=_("How old is your child?"),
            choices=[(band.slug, band.name) for band in version.age_bands],
            widget=forms.RadioSelect,
            error_messages={
                "required": _("Select how old your child is"),
                "invalid_choice": _("Select how old your child is"),
            },
        )
        self.fields["age_band"].is_page_heading = True
        self.fields["age_band"].show_optional = False


class RedFlagsForm(JourneyIdentityMixin, NHSFormMixin, forms.Form):
    """Every red flag on one page: they are short yes or no questions that belong together."""

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        for flag in version.questionnaire.red_flags:
            text = flag.value
            message = _("Select yes or no: %(question)s") % {"question": text["question"]}
            field = forms.ChoiceField(
                label=text["question"],
                help_text=text["hint"],
                choices=[(YES, _("Yes")), (NO, _("No"))],
                widget=forms.RadioSelect,
                error_messages={"required": message, "invalid_choice": message},
            )
            field.inline = True
            field.is_page_heading = False
            field.show_optional = False
            self.fields[f"flag_{text['code']}"] = field

    def answers(self):
        return {name.removeprefix("flag_"): value == YES for name, value in self.answer_fields().items()}


class AreasForm(JourneyIdentityMixin, NHSFormMixin, forms.Form):
    page_heading_field = "areas"

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["areas"] = forms.MultipleChoiceField(
            label=_("Which areas of daily life are you worried about?"),
            help_text=_("Choose all that apply. You will answer a few questions about each one."),
            choices=[(d.code, d.name) for d in version.definition.domains],
            widget=forms.CheckboxSelectMultiple,
            error_messages={
                "required": _("Choose at least one area you are worried about"),
                "invalid_choice": _("Choose areas from the list"),
            },
        )
        self.fields["areas"].is_page_heading = True
        self.fields["areas"].show_optional = False


class DomainForm(JourneyIdentityMixin, NHSFormMixin, forms.Form):
    """One area's questions, its impact question and the 'tried the advice' question."""

    def __init__(self, *args, version, domain, age_band, **kwargs):
        super().__init__(*args, **kwargs)
        definition = version.definition
        self.question_count = len(domain.questions_for(age_band))
        scale = [(str(o.score), o.label) for o in definition.scale]
        for index, question in enumerate(domain.questions_for(age_band)):
            self.fields[f"q{index}"] = self._radios(
                question.text, scale, _("Select how your child manages: %(question)s") % {"question": question.text}
            )
        impact = [(str(o.score), o.label) for o in definition.impact_options]
        question = version.questionnaire.impact_question
        self.fields["impact"] = self._radios(question, impact, _("Select how much this stops your child joining in"))
        tried = version.questionnaire.tried_advice_question
        self.fields["tried_advice"] = self._radios(
            tried, list(version.tried_advice_labels.items()), _("Select whether you have used the advice")
        )

    @staticmethod
    def _radios(label, choices, message):
        field = forms.ChoiceField(
            label=label,
            choices=choices,
            widget=forms.RadioSelect,
            error_messages={"required": message, "invalid_choice": message},
        )
        field.is_page_heading = False
        field.show_optional = False
        return field

    def answers(self):
        data = self.cleaned_data
        return {
            "scores": [int(data[f"q{i}"]) for i in range(self.question_count)],
            "impact": int(data["impact"]),
            "tried_advice": data["tried_advice"],
        }

    @classmethod
    def initial_from(cls, stored):
        if not stored:
            return None
        initial = {f"q{i}": str(score) for i, score in enumerate(stored["scores"])}
        initial.update(impact=str(stored["impact"]), tried_advice=stored["tried_advice"])
        return initial


class ReturnCodeForm(NHSFormMixin, forms.Form):
    page_heading_field = "code"
    submit_label = gettext_lazy("Find my results")

    code = forms.CharField(
        label=gettext_lazy("Enter your return code"),
        help_text=gettext_lazy(
            "You can find it on your results page. It has 10 letters and numbers, like ABCDE 23456."
        ),
        max_length=40,
        error_messages={
            "required": gettext_lazy("Enter your return code"),
            "max_length": gettext_lazy("Return code must be 10 letters and numbers"),
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "spellcheck": "false", "width_class": "nhsuk-input--width-10"}
        ),
    )

    def clean_code(self):
        code = normalise_return_code(self.cleaned_data["code"])
        if len(code) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in code):
            raise forms.ValidationError(_("Return code must be 10 letters and numbers, like ABCDE 23456"))
        return code
