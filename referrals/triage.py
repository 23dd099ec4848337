"""Triage decisions: each changes the referral, writes a `ReferralEvent` and queues any news, together."""

import datetime

from django.db import transaction
from django.utils import timezone

from referrals import notifications
from referrals.models import DeclineReason, EventKind, Outcome, Referral, ReferralEvent, ReferralStatus
from referrals.models.referral import OPEN_STATUSES

ACCEPTED = (ReferralStatus.ACCEPTED_TARGETED, ReferralStatus.ACCEPTED_SPECIALIST)


class NotAllowedNow(Exception):
    """The referral's status does not allow this action (for example, accepting a closed referral)."""


# Which statuses each action may start from.
ALLOWED_FROM = {
    "accept": (ReferralStatus.RECEIVED,),
    "decline": (ReferralStatus.RECEIVED,),
    "redirect": (ReferralStatus.RECEIVED, *ACCEPTED),
    "appointment": (*ACCEPTED, ReferralStatus.APPOINTMENT_BOOKED),
    "close": OPEN_STATUSES,
}


def allowed_actions(referral):
    return [action for action, statuses in ALLOWED_FROM.items() if referral.status in statuses]


def start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def record_view(referral, user):
    """Log that `user` opened the referral: once per person per (local) day, not once per reload.

    The referral's row is locked while we look, so two tabs opening at once still log one view.
    """
    today = timezone.localdate()
    day = (start_of_day(today), start_of_day(today + datetime.timedelta(days=1)))
    with transaction.atomic():
        Referral.objects.select_for_update().filter(pk=referral.pk).values_list("pk", flat=True).first()
        seen_today = ReferralEvent.objects.filter(
            referral=referral, kind=EventKind.VIEWED, actor=user, at__gte=day[0], at__lt=day[1]
        ).exists()
        if not seen_today:
            ReferralEvent.objects.create(referral=referral, kind=EventKind.VIEWED, actor=user)


def _event(referral, kind, user, before, note="", **extra):
    return ReferralEvent.objects.create(
        **extra,
        referral=referral,
        kind=kind,
        actor=user,
        from_status=before["status"],
        to_status=referral.status,
        from_team_id=before["team_id"],
        to_team_id=referral.team_id,
        from_priority=before["priority"],
        to_priority=referral.priority,
        note=note,
    )


def apply(referral, action, user, data):
    """Carry out `action` with the cleaned form `data`; raise NotAllowedNow if the status forbids it."""
    if referral.status not in ALLOWED_FROM[action]:
        raise NotAllowedNow(action)
    before = {"status": referral.status, "team_id": referral.team_id, "priority": referral.priority}
    note = data.get("note", "")
    news = None
    extra = {}
    with transaction.atomic():
        if action == "accept":
            referral.status = data["tier"]
            referral.priority = data["priority"]
            kind = EventKind.ACCEPTED
            news = referral.status_for_families
        elif action == "decline":
            referral.status = ReferralStatus.DECLINED
            referral.decline_reason = data["reason"]
            reason = DeclineReason(data["reason"]).label
            referral.decision_note = f"{reason}.\n\n{note}"
            kind = EventKind.DECLINED
            # Lazy, so the family reads it in the language they referred in (referrals/notifications.py).
            news = notifications.declined_news(referral, data["reason"], note)
            note = referral.decision_note
        elif action == "redirect":
            referral.team = data["team"]
            referral.status = ReferralStatus.RECEIVED
            kind = EventKind.REDIRECTED
            news = notifications.redirected_news(referral)
        elif action == "appointment":
            referral.first_appointment_date = data["date"]
            referral.status = ReferralStatus.APPOINTMENT_BOOKED
            kind = EventKind.APPOINTMENT
            extra["effective_date"] = data["date"]
            note = note or f"First appointment on {data['date']:%-d %B %Y}"
        else:
            referral.status = ReferralStatus.CLOSED
            referral.closed_at = moment_on(data["date"])
            referral.outcome = data["outcome"]
            kind = EventKind.CLOSED
            extra = {"effective_date": data["date"], "outcome": data["outcome"]}
            ended = f"Discharged on {data['date']:%-d %B %Y}: {Outcome(data['outcome']).label}."
            note = f"{ended}\n\n{note}" if note else ended
        referral.save()
        event = _event(referral, kind, user, before, note, **extra)
        if news:
            notifications.queue_status_update(referral, news)
    return event


def moment_on(day):
    """Now if `day` is today; otherwise midday on that (earlier) day, so the date is right in any time zone."""
    if day == timezone.localdate():
        return timezone.now()
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def mark_read(referrals, user):
    """A "marked as read" event (who and when) for each of `referrals` the user has not opened or marked before.
    Returns how many were marked."""
    already = set(
        ReferralEvent.objects.filter(
            referral__in=referrals, actor=user, kind__in=(EventKind.VIEWED, EventKind.MARKED_READ)
        ).values_list("referral_id", flat=True)
    )
    unread = [referral for referral in referrals if referral.pk not in already]
    ReferralEvent.objects.bulk_create(
        ReferralEvent(referral=referral, kind=EventKind.MARKED_READ, actor=user) for referral in unread
    )
    return len(unread)


def assign(referrals, therapist, user):
    """Give `referrals` to `therapist`, each with an "assigned" event saying who did it and when.

    A referral of a team the therapist is not in is left as it is: returns (assigned, left as they were).
    """
    teams = set(therapist.team_memberships.values_list("team_id", flat=True))
    fits = [referral for referral in referrals if referral.team_id in teams and referral.assigned_to_id != therapist.pk]
    name = therapist.get_full_name() or therapist.get_username()
    with transaction.atomic():
        Referral.objects.filter(pk__in=[referral.pk for referral in fits]).update(assigned_to=therapist)
        ReferralEvent.objects.bulk_create(
            ReferralEvent(
                referral=referral,
                kind=EventKind.ASSIGNED,
                actor=user,
                from_status=referral.status,
                to_status=referral.status,
                note=f"Assigned to {name}",
            )
            for referral in fits
        )
    skipped = [referral for referral in referrals if referral.team_id not in teams]
    return fits, skipped
