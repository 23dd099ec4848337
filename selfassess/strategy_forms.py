"""The strategies record's form: what the family tried from the advice, for which area, how often, how long."""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from portal.form_fields import NHSFormMixin
from selfassess.models.strategies import StrategyNote

SOMETHING_ELSE = "other"
MOST_WEEKS = 52
# StrategyNote's choices, stored in English (staff read them in English): shown to families through gettext.
CHOICE_LABELS = (
    gettext_noop("Every day"),
    gettext_noop("Most days"),
    gettext_noop("Once or twice a week"),
    gettext_noop("Less than once a week"),
    gettext_noop("Yes, it has helped"),
    gettext_noop("It has helped a little"),
    gettext_noop("No, not yet"),
)


def advice_title(topic):
    """The advice page's title in the family's language: its translation's, or the English one said to be
    English (the stored note keeps the English title, for staff)."""
    if translation.get_language() == settings.LANGUAGE_CODE:
        return topic.title
    shown = topic.localized
    if shown.locale_id != topic.locale_id:
        return shown.title
    return f"{topic.title} {gettext('(in English)')}"


def translated_choices(choices):
    return [(value, gettext(label)) for value, label in choices]


class StrategyNoteForm(NHSFormMixin, forms.Form):
    """One small group of questions about one thing tried; the page's heading is its own <h1>."""

    def __init__(self, *args, advice, areas, **kwargs):
        """advice: the advice topics offered for this child (pages); areas: [(code, name)] from the record.
        Built in the family's language: the words are looked up when the form is made."""
        super().__init__(*args, **kwargs)
        self.submit_label = gettext("Save what you tried")
        self.advice = {str(topic.pk): topic for topic in advice}
        self.fields["advice"] = forms.ChoiceField(
            label=gettext("Which advice did you try?"),
            choices=[(pk, advice_title(topic)) for pk, topic in self.advice.items()]
            + [(SOMETHING_ELSE, gettext("Something else"))],
            widget=forms.RadioSelect,
            error_messages={
                "required": gettext("Select the advice you tried"),
                "invalid_choice": gettext("Select the advice you tried"),
            },
        )
        self.fields["something_else"] = forms.CharField(
            label=gettext("If you tried something else, what was it?"),
            help_text=gettext("For example, a visual timetable for getting dressed."),
            required=False,
            max_length=200,
            error_messages={"max_length": gettext("What you tried must be 200 characters or fewer")},
        )
        self.fields["area"] = forms.ChoiceField(
            label=gettext("Which area was it for?"),
            choices=areas,
            # One area checked: it is already the answer.
            initial=areas[0][0] if len(areas) == 1 else None,
            widget=forms.RadioSelect,
            error_messages={
                "required": gettext("Select the area it was for"),
                "invalid_choice": gettext("Select the area it was for"),
            },
        )
        self.fields["how_often"] = forms.ChoiceField(
            label=gettext("How often did you do it?"),
            choices=translated_choices(StrategyNote.HowOften.choices),
            widget=forms.RadioSelect,
            error_messages={
                "required": gettext("Select how often you did it"),
                "invalid_choice": gettext("Select how often you did it"),
            },
        )
        self.fields["weeks"] = forms.IntegerField(
            label=gettext("For how many weeks?"),
            help_text=gettext("Count the weeks so far. For example, 6."),
            min_value=1,
            max_value=MOST_WEEKS,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "width_class": "nhsuk-input--width-2"}),
            error_messages={
                "required": gettext("Enter how many weeks you did it for"),
                "invalid": gettext("Weeks must be a number, like 6"),
                "min_value": gettext("Weeks must be 1 or more"),
                "max_value": gettext("Weeks must be %(most)s or fewer") % {"most": MOST_WEEKS},
            },
        )
        self.fields["helped"] = forms.ChoiceField(
            label=gettext("Has it helped?"),
            choices=translated_choices(StrategyNote.Helped.choices),
            widget=forms.RadioSelect,
            error_messages={
                "required": gettext("Select whether it has helped"),
                "invalid_choice": gettext("Select whether it has helped"),
            },
        )
        for field in self.fields.values():
            field.is_page_heading = False
            field.show_optional = not field.required

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("advice") == SOMETHING_ELSE and not (cleaned.get("something_else") or "").strip():
            self.add_error("something_else", gettext("Enter what you tried"))
        return cleaned

    def save(self, code):
        data = self.cleaned_data
        topic = self.advice.get(data["advice"])
        return StrategyNote.objects.create(
            code=code,
            area=data["area"],
            advice=topic,
            what=topic.title if topic else data["something_else"].strip(),
            how_often=data["how_often"],
            weeks=data["weeks"],
            helped=data["helped"],
        )
