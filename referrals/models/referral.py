"""A referral, its audit trail, and which staff belong to which team.

Everything the family typed is kept as typed fields (not a blob), so staff can filter on it
and retention can blank it field by field. `ReferralEvent` rows are never changed: status,
team and priority changes, and every time staff open a referral, each add one.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from home.models import LifeArea, ReferrerKind, Team
from referrals.references import display_nhs_number

TEXT_LIMIT = 1500
SHORT_TEXT_LIMIT = 500


class ReferralStatus(models.TextChoices):
    RECEIVED = "received", "Waiting for triage"
    ACCEPTED_TARGETED = "accepted-targeted", "Accepted: targeted help"
    ACCEPTED_SPECIALIST = "accepted-specialist", "Accepted: specialist help"
    APPOINTMENT_BOOKED = "appointment-booked", "First appointment booked"
    DECLINED = "declined", "Declined with advice"
    CLOSED = "closed", "Closed"


# What a family reads on "Where is my referral?" and in their emails: plain words, no clinical terms, in their
# language (lazy: looked up when shown).
STATUS_FOR_FAMILIES = {
    ReferralStatus.RECEIVED: _("We have your referral. A therapist will read it soon and decide what help fits best."),
    ReferralStatus.ACCEPTED_TARGETED: _(
        "We have accepted your referral for group or short-term help. We will contact you to offer a place."
    ),
    ReferralStatus.ACCEPTED_SPECIALIST: _(
        "We have accepted your referral. Your child is on the waiting list for an assessment with a therapist."
    ),
    ReferralStatus.APPOINTMENT_BOOKED: _("Your child has a first appointment. We have sent you the date and time."),
    ReferralStatus.DECLINED: _(
        "We have read your referral and think another kind of help fits better. We have written to you about it."
    ),
    ReferralStatus.CLOSED: _("This referral is closed. If you are still worried, you can refer again."),
}

OPEN_STATUSES = (
    ReferralStatus.RECEIVED,
    ReferralStatus.ACCEPTED_TARGETED,
    ReferralStatus.ACCEPTED_SPECIALIST,
    ReferralStatus.APPOINTMENT_BOOKED,
)
WAITING_STATUSES = (ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED_TARGETED, ReferralStatus.ACCEPTED_SPECIALIST)


class Outcome(models.TextChoices):
    """Why a referral was closed (discharged): counted in the managers' reports, never personal."""

    GOALS_MET = "goals-met", "Goals met"
    MOVED_AWAY = "moved-away", "Moved away"
    DID_NOT_ATTEND = "did-not-attend", "Did not attend"
    REFERRED_ON = "referred-on", "Referred on to another service"
    FAMILY_WITHDREW = "family-withdrew", "The family withdrew"
    NO_LONGER_NEEDED = "no-longer-needed", "Help no longer needed"
    OTHER = "other", "Another reason"


class DeclineReason(models.TextChoices):
    """Why triage declined a referral. The family is told this label and where else to go."""

    UNIVERSAL = "universal", "Advice and everyday help should meet the need"
    OTHER_SERVICE = "other-service", "Another service fits better"
    NOT_ENOUGH_INFORMATION = "more-information", "We need more information first"
    OUTSIDE_CRITERIA = "outside-criteria", "Outside what our service covers"
    OTHER = "other", "Another reason"


class Priority(models.TextChoices):
    ROUTINE = "routine", "Routine"
    URGENT = "urgent", "Urgent"


class UpdatePreference(models.TextChoices):
    EMAIL = "email", "By email"
    PHONE = "phone", "By phone"
    EITHER = "either", "Either is fine"


def new_confirmation_token():
    return secrets.token_urlsafe(18)


def site_language_choices():
    return [
        (code, "English" if code == settings.LANGUAGE_CODE else get_language_info(code)["name"])
        for code, _ in settings.LANGUAGES
    ]


class Referral(models.Model):
    reference = models.CharField(max_length=12, unique=True)
    # One per journey: a second POST of the same journey finds this referral instead of making another.
    idempotency_key = models.UUIDField(unique=True, editable=False)
    # The confirmation page's address: opaque, so no reference or name sits in browser history.
    confirmation_token = models.CharField(max_length=32, unique=True, default=new_confirmation_token, editable=False)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="referrals")
    status = models.CharField(max_length=20, choices=ReferralStatus.choices, default=ReferralStatus.RECEIVED)
    priority = models.CharField(max_length=10, choices=Priority.choices, default=Priority.ROUTINE)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    assessment = models.ForeignKey(
        "selfassess.Assessment", null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    # A copy of the assessment's areas, tiers and answers in words, as the family saw them.
    assessment_summary = models.JSONField(default=list, blank=True)

    referrer_kind = models.CharField(max_length=20, choices=ReferrerKind.choices)
    referrer_name = models.CharField(max_length=100)
    referrer_role = models.CharField(max_length=100, blank=True)
    referrer_organisation = models.CharField(max_length=150, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=30, blank=True)
    update_preference = models.CharField(max_length=10, choices=UpdatePreference.choices, blank=True)

    child_first_name = models.CharField(max_length=100)
    child_last_name = models.CharField(max_length=100)
    child_date_of_birth = models.DateField(null=True)
    nhs_number = models.CharField(max_length=10, blank=True)
    postcode = models.CharField(max_length=8)
    school = models.CharField(max_length=150, blank=True)

    life_areas = models.ManyToManyField(LifeArea, blank=True, related_name="+")
    help_wanted = models.TextField(max_length=TEXT_LIMIT)
    tried_already = models.TextField(max_length=TEXT_LIMIT, blank=True)
    other_services = models.TextField(max_length=TEXT_LIMIT, blank=True)

    needs_interpreter = models.BooleanField(default=False)
    language = models.CharField(max_length=60, blank=True)
    # The language of the site the family referred from (docs/languages.md), named in English for staff.
    site_language = models.CharField(
        "language used", max_length=10, choices=site_language_choices, default=settings.LANGUAGE_CODE
    )
    accessible_formats = models.CharField(max_length=SHORT_TEXT_LIMIT, blank=True)

    parent_consent = models.BooleanField(default=False)
    sharing_consent = models.BooleanField(default=False)
    parent_name = models.CharField(max_length=100, blank=True)
    parent_phone = models.CharField(max_length=30, blank=True)
    parent_email = models.EmailField(blank=True)

    first_appointment_date = models.DateField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    decline_reason = models.CharField(max_length=20, choices=DeclineReason.choices, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    # The day it was closed or discharged (staff may back-date it); the event says when it was recorded.
    closed_at = models.DateTimeField(null=True, blank=True)
    # The therapist who has it now (triage assigns it from the queue); who assigned it and when is an event.
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assigned_referrals"
    )
    # Set when retention removed the personal details; the row stays for anonymous counts.
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        indexes = [models.Index(fields=["team", "status", "-received_at"], name="referral_queue")]
        permissions = [("export_referral", "Can export referrals")]

    def __str__(self):
        return self.reference

    @property
    def child_name(self):
        return f"{self.child_first_name} {self.child_last_name}".strip()

    @property
    def display_nhs_number(self):
        return display_nhs_number(self.nhs_number)

    @property
    def status_for_families(self):
        return STATUS_FOR_FAMILIES[ReferralStatus(self.status)]

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def age_on(self, day=None):
        if self.child_date_of_birth is None:
            return None
        return age_in_years(self.child_date_of_birth, day or timezone.localdate())


def age_in_years(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class EventKind(models.TextChoices):
    SUBMITTED = "submitted", "Referral sent"
    VIEWED = "viewed", "Viewed"
    MARKED_READ = "marked-read", "Marked as read"
    ASSIGNED = "assigned", "Assigned"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    REDIRECTED = "redirected", "Sent to another team"
    APPOINTMENT = "appointment", "First appointment recorded"
    CLOSED = "closed", "Closed"
    EXPORTED = "exported", "Exported"
    PURGED = "purged", "Personal details removed"


class ReferralEvent(models.Model):
    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=EventKind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    from_status = models.CharField(max_length=20, choices=ReferralStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=ReferralStatus.choices, blank=True)
    from_team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    to_team = models.ForeignKey(Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    from_priority = models.CharField(max_length=10, choices=Priority.choices, blank=True)
    to_priority = models.CharField(max_length=10, choices=Priority.choices, blank=True)
    # The day the thing happened when that is not the day it was recorded (a first appointment, a discharge).
    effective_date = models.DateField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.referral}: {self.get_kind_display()} at {self.at:%d %b %Y %H:%M}"

    @property
    def actor_name(self):
        if self.actor is None:
            return "The family or referrer" if self.kind == EventKind.SUBMITTED else "The system"
        return self.actor.get_full_name() or self.actor.get_username()


class TeamMembership(models.Model):
    """Which team's referrals a member of staff may see. A person may work in more than one team."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="team_memberships")
    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="memberships")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "team"], name="one_membership_per_user_and_team")]

    def __str__(self):
        return f"{self.user} in {self.team}"
