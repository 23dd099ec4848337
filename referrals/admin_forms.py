"""Forms for the triage screens in the Wagtail admin."""

from django import forms
from django.utils import timezone

from home.models import AgeBand, LifeArea, Team
from referrals.models import DeclineReason, Outcome, Priority, ReferralStatus

NOTE_LIMIT = 2000


def date_input():
    """A browser date picker: its value must be ISO (2026-03-17), whatever the site's display format."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


# The queue's status filter: open referrals unless asked otherwise; closed ones are one choice away.
OPEN, CLOSED_OR_DECLINED, ANY_STATUS = "open", "closed", "all"
ASSIGNED_TO_ME, ASSIGNED_TO_NOBODY = "me", "nobody"
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
    assigned = forms.ChoiceField(
        label="Assigned to",
        choices=[("", "Anyone or nobody"), (ASSIGNED_TO_ME, "Me"), (ASSIGNED_TO_NOBODY, "Nobody yet")],
        required=False,
    )
    received_from = forms.DateField(required=False, widget=date_input())
    received_to = forms.DateField(required=False, widget=date_input())
    # Set by the column headings; kept when the filters change.
    ordering = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, teams, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams


def record_note(label="Note for the record"):
    return forms.CharField(label=label, required=False, max_length=NOTE_LIMIT, widget=forms.Textarea(attrs={"rows": 3}))


class DecisionForm(forms.Form):
    """A triage decision about one referral: the form knows it, for checks such as "not before it was sent"."""

    def __init__(self, *args, referral, **kwargs):
        super().__init__(*args, **kwargs)
        self.referral = referral

    def check_day(self, day, *, what, future_allowed):
        received = timezone.localdate(self.referral.received_at)
        if day < received:
            raise forms.ValidationError(f"{what} cannot be before the referral arrived ({received:%-d %B %Y}).")
        if not future_allowed and day > timezone.localdate():
            raise forms.ValidationError(f"{what} cannot be in the future.")
        return day


class AcceptForm(DecisionForm):
    tier = forms.ChoiceField(
        label="Accept for",
        choices=[
            (ReferralStatus.ACCEPTED_TARGETED, "Targeted help (groups, short courses)"),
            (ReferralStatus.ACCEPTED_SPECIALIST, "Specialist help (assessment with a therapist)"),
        ],
        widget=forms.RadioSelect,
    )
    priority = forms.ChoiceField(choices=Priority.choices, widget=forms.RadioSelect, initial=Priority.ROUTINE)
    note = record_note()


class DeclineForm(DecisionForm):
    reason = forms.ChoiceField(label="Why", choices=DeclineReason.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label="Where the family could get help instead",
        help_text="The family and referrer are sent the reason and this text. Write it for them.",
        max_length=NOTE_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class RedirectForm(DecisionForm):
    team = forms.ModelChoiceField(label="Send to team", queryset=Team.objects.none())
    note = record_note()

    def __init__(self, *args, referral, **kwargs):
        super().__init__(*args, referral=referral, **kwargs)
        self.fields["team"].queryset = Team.objects.exclude(pk=referral.team_id)


class AppointmentForm(DecisionForm):
    date = forms.DateField(
        label="First appointment date",
        help_text="It may be in the past: record an appointment that has already happened on its own day.",
        widget=date_input(),
    )
    note = record_note()

    def clean_date(self):
        return self.check_day(self.cleaned_data["date"], what="The first appointment", future_allowed=True)


class CloseForm(DecisionForm):
    outcome = forms.ChoiceField(label="Outcome", choices=Outcome.choices, widget=forms.RadioSelect)
    date = forms.DateField(
        label="Date of discharge",
        help_text="Today, or the day it really ended if that was earlier.",
        widget=date_input(),
    )
    note = record_note()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["date"].initial = timezone.localdate()

    def clean_date(self):
        return self.check_day(self.cleaned_data["date"], what="The discharge date", future_allowed=False)


ACTION_FORMS = {
    "accept": (AcceptForm, "Accept"),
    "decline": (DeclineForm, "Decline with advice"),
    "redirect": (RedirectForm, "Send to another team"),
    "appointment": (AppointmentForm, "Record first appointment"),
    "close": (CloseForm, "Discharge or close"),
}


def action_form(action, referral, data=None):
    form_class, _ = ACTION_FORMS[action]
    return form_class(data, referral=referral, prefix=action)


class BulkActionForm(forms.Form):
    """What to do with the referrals ticked in the queue. Only the user's own teams' referrals are choices, and
    only people in those teams can be assigned, so a forged post about anything else is refused whole."""

    READ, ASSIGN = "read", "assign"

    referrals = forms.ModelMultipleChoiceField(
        queryset=None, error_messages={"required": "Select at least one referral"}
    )
    action = forms.ChoiceField(choices=[(READ, "Mark as read"), (ASSIGN, "Assign")])
    therapist = forms.ModelChoiceField(label="Assign to", queryset=None, required=False)
    # The queue's filters and order, to go back to.
    query = forms.CharField(required=False, max_length=2000)

    def __init__(self, *args, referrals, therapists, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["referrals"].queryset = referrals
        self.fields["therapist"].queryset = therapists
        self.fields["therapist"].label_from_instance = person_name

    def clean(self):
        data = super().clean()
        if data.get("action") == self.ASSIGN and not data.get("therapist"):
            self.add_error("therapist", "Choose who to assign the referrals to")
        return data


def person_name(user):
    return user.get_full_name() or user.get_username()
