"""The emails a referral sends, written to the outbox in the caller's transaction.

No message names the child or says anything clinical: email passes through servers we do not
control, and no subject holds personal data. The team's notice only links to the admin, where staff
sign in to read the referral, and is always in English. The family's and the referrer's emails are in
the language the referral was sent in (`Referral.site_language`, docs/languages.md), even when staff
send the news later from the English admin, and their links go to the status page in that language.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.models import ReferrerKind
from home.models.teams import Pathway
from home.waiting_times import current_wait
from referrals.dates import family_date
from referrals.models import DeclineReason, OutboxMessage
from referrals.pathways import pathway_for_referral
from referrals.timing import triage_days
from referrals.working_days import working_days_after

FAMILY_CONFIRMATION = "family-confirmation"
REFERRER_CONFIRMATION = "referrer-confirmation"
TEAM_NOTICE = "team-notice"
STATUS_UPDATE = "status-update"

# What the children wait for, in the middle of a family's sentence (home.models.teams.Pathway's labels are staff's).
PATHWAY_WORDS = {
    Pathway.URGENT: _("urgent referrals"),
    Pathway.ROUTINE_ASSESSMENT: _("routine assessment"),
    Pathway.TARGETED_GROUP: _("targeted groups and workshops"),
}
# Why triage declined, as the family is told it (the same words as the staff's DeclineReason labels).
DECLINE_REASON_WORDS = {
    DeclineReason.UNIVERSAL: _("Advice and everyday help should meet the need"),
    DeclineReason.OTHER_SERVICE: _("Another service fits better"),
    DeclineReason.NOT_ENOUGH_INFORMATION: _("We need more information first"),
    DeclineReason.OUTSIDE_CRITERIA: _("Outside what our service covers"),
    DeclineReason.OTHER: _("Another reason"),
}


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


def pathway_words(wait):
    return PATHWAY_WORDS.get(wait.pathway, wait.pathway_label.lower())


def wait_in_words(referral):
    """The team's current published wait, as the confirmation page says it, in the active language."""
    team = referral.team
    wait = current_wait(team, pathway_for_referral(referral), timezone.localdate(referral.received_at))
    if wait is None:
        return gettext("We do not have a published wait for %(team)s at the moment. Call the team to ask.") % {
            "team": team.name
        }
    # Two messages rather than ngettext: Polish says "tyg." (weeks, for any number), and the catalogue check
    # (manage.py check_translations) reads singular messages only.
    if wait.weeks == 1:
        words = gettext("At the moment, children referred to %(team)s wait about %(weeks)s week for %(pathway)s.")
    else:
        words = gettext("At the moment, children referred to %(team)s wait about %(weeks)s weeks for %(pathway)s.")
    words %= {"team": team.name, "weeks": wait.weeks, "pathway": pathway_words(wait)}
    words += " " + gettext("This figure is from %(date)s.") % {"date": family_date(wait.as_of)}
    if wait.is_stale:
        words += " " + gettext("It may be out of date: call the team to check.")
    return words


def status_page_sentence():
    # The link is never followed by a full stop: some mail programs would make it part of the link.
    return gettext(
        "To see where the referral is, go to %(url)s and enter the reference number and the child's date of birth."
    ) % {"url": site_url(reverse("referrals:status"))}


def _queue(referral, kind, to, subject, body):
    if to:
        OutboxMessage.objects.create(referral=referral, kind=kind, to=to, subject=str(subject), body=str(body))


def queue_new_referral(referral):
    team = referral.team
    by_date = working_days_after(timezone.localdate(referral.received_at), triage_days(referral.priority))
    with translation.override(referral.site_language):
        common = "\n\n".join(
            [
                gettext("Your reference number is %(reference)s.") % {"reference": referral.reference},
                gettext(
                    "The referral went to %(team)s. A therapist will read it by %(date)s and decide what help fits "
                    "best. We will then tell you what happens next."
                )
                % {"team": team.name, "date": family_date(by_date, weekday=True)},
                wait_in_words(referral),
                status_page_sentence(),
                gettext("If you have questions, call %(team)s on %(phone)s.")
                % {"team": team.name, "phone": team.phone},
                gettext(
                    "If you are worried that things are getting worse, speak to your GP. In an emergency, call 999."
                ),
            ]
        )
        subject = gettext("We have your referral: %(reference)s") % {"reference": referral.reference}
        _queue(
            referral,
            FAMILY_CONFIRMATION,
            family_email(referral),
            subject,
            gettext("Thank you. We have received a referral for your child.") + "\n\n" + common,
        )
        _queue(
            referral,
            REFERRER_CONFIRMATION,
            referrer_email(referral),
            subject,
            gettext("Thank you for your referral.") + "\n\n" + common,
        )
    with translation.override(settings.LANGUAGE_CODE):
        _queue(
            referral,
            TEAM_NOTICE,
            team.email,
            f"New referral {referral.reference}",
            f"A new {referral.get_priority_display().lower()} referral has arrived for {team.name}.\n\n"
            f"Sign in to read it: {site_url(reverse('referrals_triage:detail', args=[referral.pk]))}",
        )


def declined_news(referral, reason, note):
    """What the family is told when triage declines: the status, why, and what staff suggest (in their words)."""
    return format_lazy(
        "{}\n\n{}\n\n{}",
        referral.status_for_families,
        format_lazy(_("Why: {reason}."), reason=DECLINE_REASON_WORDS.get(reason, reason)),
        format_lazy(_("What we suggest: {note}"), note=note),
    )


def redirected_news(referral):
    return format_lazy(
        _("We have passed your referral to {team}, who cover the child's needs better."), team=referral.team.name
    )


def queue_status_update(referral, news):
    """Tell the family, and the referrer when different, that something changed; `news` says what. It may be
    lazy (referrals.triage passes it so): it is put into words here, in the referral's language."""
    with translation.override(referral.site_language):
        body = "\n\n".join(
            [
                gettext("There is news about referral %(reference)s.") % {"reference": referral.reference},
                str(news),
                status_page_sentence(),
                gettext("If you have questions, call %(team)s on %(phone)s.")
                % {"team": referral.team.name, "phone": referral.team.phone},
            ]
        )
        subject = gettext("Update on referral %(reference)s") % {"reference": referral.reference}
        _queue(referral, STATUS_UPDATE, family_email(referral), subject, body)
        _queue(referral, STATUS_UPDATE, referrer_email(referral), subject, body)
