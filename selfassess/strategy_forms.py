"""The strategies record's form: what the family tried from the advice, for which area, how often, how long."""

from django import forms

from portal.form_fields import NHSFormMixin
from selfassess.models.strategies import StrategyNote

SOMETHING_ELSE = "other"
MOST_WEEKS = 52


class StrategyNoteForm(NHSFormMixin, forms.Form):
    """One small group of questions about one thing tried; the page's heading is its own <h1>."""

    submit_label = "Save what you tried"

    def __init__(self, *args, advice, areas, **kwargs):
        """advice: the advice topics offered for this child (pages); areas: [(code, name)] from the record."""
        super().__init__(*args, **kwargs)
        self.advice = {str(topic.pk): topic for topic in advice}
        self.fields["advice"] = forms.ChoiceField(
            label="Which advice did you try?",
            choices=[(pk, topic.title) for pk, topic in self.advice.items()] + [(SOMETHING_ELSE, "Something else")],
            widget=forms.RadioSelect,
            error_messages={"required": "Select the advice you tried", "invalid_choice": "Select the advice you tried"},
        )
        self.fields["something_else"] = forms.CharField(
            label="If you tried something else, what was it?",
            help_text="For example, a visual timetable for getting dressed.",
            required=False,
            max_length=200,
            error_messages={"max_length": "What you tried must be 200 characters or fewer"},
        )
        self.fields["area"] = forms.ChoiceField(
            label="Which area was it for?",
            choices=areas,
            # One area checked: it is already the answer.
            initial=areas[0][0] if len(areas) == 1 else None,
            widget=forms.RadioSelect,
            error_messages={"required": "Select the area it was for", "invalid_choice": "Select the area it was for"},
        )
        self.fields["how_often"] = forms.ChoiceField(
            label="How often did you do it?",
            choices=StrategyNote.HowOften.choices,
            widget=forms.RadioSelect,
            error_messages={"required": "Select how often you did it", "invalid_choice": "Select how often you did it"},
        )
        self.fields["weeks"] = forms.IntegerField(
            label="For how many weeks?",
            help_text="Count the weeks so far. For example, 6.",
            min_value=1,
            max_value=MOST_WEEKS,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "width_class": "nhsuk-input--width-2"}),
            error_messages={
                "required": "Enter how many weeks you did it for",
                "invalid": "Weeks must be a number, like 6",
                "min_value": "Weeks must be 1 or more",
                "max_value": f"Weeks must be {MOST_WEEKS} or fewer",
            },
        )
        self.fields["helped"] = forms.ChoiceField(
            label="Has it helped?",
            choices=StrategyNote.Helped.choices,
            widget=forms.RadioSelect,
            error_messages={
                "required": "Select whether it has helped",
                "invalid_choice": "Select whether it has helped",
            },
        )
        for field in self.fields.values():
            field.is_page_heading = False
            field.show_optional = not field.required

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("advice") == SOMETHING_ELSE and not (cleaned.get("something_else") or "").strip():
            self.add_error("something_else", "Enter what you tried")
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
