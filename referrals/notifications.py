"""The emails a referral sends, written to the outbox in the caller's transaction.

No message names the child or says anything clinical: email passes through servers we do not
control. The team's notice only links to the admin, where staff sign in to read the referral.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from home.models import ReferrerKind
from home.waiting_times import current_wait
from referrals.models import OutboxMessage
from referrals.pathways import pathway_for_referral
from referrals.timing import triage_days
from referrals.working_days import working_days_after

FAMILY_CONFIRMATION = "family-confirmation"
REFERRER_CONFIRMATION = "referrer-confirmation"
TEAM_NOTICE = "team-notice"
STATUS_UPDATE = "status-update"


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def family_email(referral):
    if referral.referrer_kind == ReferrerKind.PARENT:
        return referral.contact_email
    return referral.parent_email


def referrer_email(referral):
    """The school's or professional's email, when they are not the family."""
    if referral.referrer_kind == ReferrerKind.PARENT:
        return ""
    return referral.contact_email


def wait_in_words(referral):
    """The team's current published wait, as the confirmation page says it."""
    team = referral.team
    wait = current_wait(team, pathway_for_referral(referral), timezone.localdate(referral.received_at))
    if wait is None:
        return f"We do not have a published wait for {team.name} at the moment. Call the team to ask."
    plural = "" if wait.weeks == 1 else "s"
    return (
        f"At the moment, children referred to {team.name} wait about {wait.weeks} week{plural} for "
        f"{wait.pathway_label.lower()}. This figure is from {wait.as_of:%-d %B %Y}."
        + (" It may be out of date: call the team to check." if wait.is_stale else "")
    )


def _queue(referral, kind, to, subject, body):
    if to:
        OutboxMessage.objects.create(referral=referral, kind=kind, to=to, subject=subject, body=body)


def queue_new_referral(referral):
    team = referral.team
    by_date = working_days_after(timezone.localdate(referral.received_at), triage_days(referral.priority))
    common = (
        f"Your reference number is {referral.reference}.\n\n"
        f"The referral went to {team.name}. A therapist will read it by {by_date:%A %-d %B %Y}"
        " and decide what help fits best. We will then tell you what happens next.\n\n"
        f"{wait_in_words(referral)}\n\n"
        f"To see where the referral is, go to {site_url(reverse('referrals:status'))} and enter the reference "
        "number and the child's date of birth.\n\n"
        f"If you have questions, call {team.name} on {team.phone}.\n\n"
        "If you are worried that things are getting worse, speak to your GP. In an emergency, call 999."
    )
    _queue(
        referral,
        FAMILY_CONFIRMATION,
        family_email(referral),
        f"We have your referral: {referral.reference}",
        "Thank you. We have received a referral for your child.\n\n" + common,
    )
    _queue(
        referral,
        REFERRER_CONFIRMATION,
        referrer_email(referral),
        f"We have your referral: {referral.reference}",
        "Thank you for your referral.\n\n" + common,
    )
    _queue(
        referral,
        TEAM_NOTICE,
        team.email,
        f"New referral {referral.reference}",
        f"A new {referral.get_priority_display().lower()} referral has arrived for {team.name}.\n\n"
        f"Sign in to read it: {site_url(reverse('referrals_triage:detail', args=[referral.pk]))}",
    )


def queue_status_update(referral, news):
    """Tell the family, and the referrer when different, that something changed; `news` says what."""
    body = (
        f"There is news about referral {referral.reference}.\n\n"
        f"{news}\n\n"
        # The link is never followed by a full stop: some mail programs would make it part of the link.
        f"To see where the referral is, go to {site_url(reverse('referrals:status'))} and enter the reference "
        "number and the child's date of birth.\n\n"
        f"If you have questions, call {referral.team.name} on {referral.team.phone}."
    )
    subject = f"Update on referral {referral.reference}"
    _queue(referral, STATUS_UPDATE, family_email(referral), subject, body)
    _queue(referral, STATUS_UPDATE, referrer_email(referral), subject, body)
