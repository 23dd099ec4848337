"""Forms for the triage screens in the Wagtail admin."""

from django import forms

from home.models import AgeBand, LifeArea, Team
from referrals.models import Priority, ReferralStatus

NOTE_LIMIT = 2000


# The queue's status filter: open referrals unless asked otherwise; closed ones are one choice away.
OPEN, CLOSED_OR_DECLINED, ANY_STATUS = "open", "closed", "all"
WAITED_OVER_WEEKS = [12, 18, 52]


class QueueFilterForm(forms.Form):
    team = forms.ModelChoiceField(queryset=Team.objects.none(), required=False, empty_label="All my teams")
    status = forms.ChoiceField(
        choices=[
            ("", "Open"),
            (CLOSED_OR_DECLINED, "Closed or declined"),
            (ANY_STATUS, "Any status"),
            *ReferralStatus.choices,
        ],
        required=False,
    )
    priority = forms.ChoiceField(choices=[("", "Any priority"), *Priority.choices], required=False)
    waited_over = forms.TypedChoiceField(
        label="Waiting (not yet seen)",
        choices=[("", "Any time"), *((weeks, f"Over {weeks} weeks") for weeks in WAITED_OVER_WEEKS)],
        coerce=int,
        empty_value=None,
        required=False,
    )
    age_band = forms.ModelChoiceField(queryset=AgeBand.objects.all(), required=False, empty_label="Any age")
    area = forms.ModelChoiceField(queryset=LifeArea.objects.all(), required=False, empty_label="Any area")
    received_from = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    received_to = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    # Set by the column headings; kept when the filters change.
    ordering = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, teams, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams


class AcceptForm(forms.Form):
    tier = forms.ChoiceField(
        label="Accept for",
        choices=[
            (ReferralStatus.ACCEPTED_TARGETED, "Targeted help (groups, short courses)"),
            (ReferralStatus.ACCEPTED_SPECIALIST, "Specialist help (assessment with a therapist)"),
        ],
        widget=forms.RadioSelect,
    )
    priority = forms.ChoiceField(choices=Priority.choices, widget=forms.RadioSelect, initial=Priority.ROUTINE)
    note = forms.CharField(
        label="Note for the record", required=False, max_length=NOTE_LIMIT, widget=forms.Textarea(attrs={"rows": 3})
    )


class DeclineForm(forms.Form):
    note = forms.CharField(
        label="Why, and where the family could get help instead",
        help_text="The family and referrer are sent this text. Write it for them.",
        max_length=NOTE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class RedirectForm(forms.Form):
    team = forms.ModelChoiceField(label="Send to team", queryset=Team.objects.none())
    note = forms.CharField(
        label="Note for the record", required=False, max_length=NOTE_LIMIT, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, referral, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = Team.objects.exclude(pk=referral.team_id)


class AppointmentForm(forms.Form):
    date = forms.DateField(label="First appointment date", widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(
        label="Note for the record", required=False, max_length=NOTE_LIMIT, widget=forms.Textarea(attrs={"rows": 3})
    )


class CloseForm(forms.Form):
    note = forms.CharField(
        label="Why it is closed", required=False, max_length=NOTE_LIMIT, widget=forms.Textarea(attrs={"rows": 3})
    )


ACTION_FORMS = {
    "accept": (AcceptForm, "Accept"),
    "decline": (DeclineForm, "Decline with advice"),
    "redirect": (RedirectForm, "Send to another team"),
    "appointment": (AppointmentForm, "Record first appointment"),
    "close": (CloseForm, "Close"),
}


def action_form(action, referral, data=None):
    form_class, _ = ACTION_FORMS[action]
    if form_class is RedirectForm:
        return form_class(data, referral=referral, prefix=action)
    return form_class(data, prefix=action)
