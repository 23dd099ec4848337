"""Turn a finished journey into a saved referral: all of it in one transaction, or none of it."""

import logging
import uuid

from django.db import IntegrityError, transaction
from django.utils import translation

from home.models import ReferrerKind
from referrals import attachments, from_assessment, journey, notifications
from referrals.forms import YES
from referrals.models import EventKind, Priority, Referral, ReferralEvent, ReferralStatus
from referrals.references import new_reference

logger = logging.getLogger(__name__)
REFERENCE_ATTEMPTS = 10


class CannotSubmit(Exception):
    """The answers no longer make a referral (a step became invalid, or the postcode has no team)."""


def existing_referral(state):
    return Referral.objects.filter(idempotency_key=uuid.UUID(state["key"])).first()


def unused_reference():
    for _ in range(REFERENCE_ATTEMPTS):
        reference = new_reference()
        if not Referral.objects.filter(reference=reference).exists():
            return reference
    raise IntegrityError("Could not find an unused reference")


def save_with_unused_reference(referral):
    """Insert `referral` under a reference no other referral has, even when another request races for it.

    The check in `unused_reference` cannot see a referral another request has not committed yet, so
    two submissions can draw the same reference; the database's unique index then refuses the
    second. The insert runs in a savepoint so that refusal undoes only the insert, and we draw
    again. A clash on the idempotency key (the same journey sent twice at once) is re-raised for
    `submit` to answer with the referral that won.
    """
    for _ in range(REFERENCE_ATTEMPTS):
        referral.reference = unused_reference()
        try:
            with transaction.atomic():
                referral.save()
            return
        except IntegrityError:
            # Each statement sees what other transactions have committed by then, and the insert
            # only fails once the row it clashed with is committed, so these checks find it.
            if Referral.objects.filter(idempotency_key=referral.idempotency_key).exists():
                raise
            if not Referral.objects.filter(reference=referral.reference).exists():
                raise  # not a reference clash: something else is wrong
            logger.info("Another referral took the same reference first; drawing a new one")
    raise IntegrityError("Every reference drawn was taken by another referral")


def build_referral(state, answers):
    """An unsaved Referral and its life areas, from every step's cleaned answers."""
    who, child, contact = answers["who"], answers["child"], answers["contact"]
    consent, communication = answers["consent"], answers["communication"]
    postcode = answers["postcode"]["postcode"]
    team = journey.team(state, postcode)
    kind = who["referrer_kind"]
    if team is None or not team.accepts_referrals_from(kind):
        raise CannotSubmit("No team takes this referral")
    assessment = from_assessment.find_assessment(state.get("assessment"))
    if state.get("assessment") and assessment is None:
        # Deleted at the end of its retention period mid-journey: the needs step did not ask for the areas.
        raise CannotSubmit("The self-assessment this journey carries was deleted")
    referral = Referral(
        idempotency_key=uuid.UUID(state["key"]),
        team=team,
        status=ReferralStatus.RECEIVED,
        priority=Priority.URGENT if assessment and from_assessment.is_urgent(assessment) else Priority.ROUTINE,
        assessment=assessment,
        assessment_summary=journey.carried(state, assessment)["summary"] if assessment else [],
        referrer_kind=kind,
        referrer_name=contact["name"],
        referrer_role=contact.get("role", ""),
        referrer_organisation=contact.get("organisation")
        or (answers["school"]["school"] if kind == ReferrerKind.SCHOOL else ""),
        contact_email=contact["email"],
        contact_phone=contact["phone"],
        update_preference=contact["update_preference"],
        child_first_name=child["first_name"],
        child_last_name=child["last_name"],
        child_date_of_birth=child["date_of_birth"],
        nhs_number=child["nhs_number"],
        postcode=postcode,
        school=answers["school"]["school"],
        help_wanted=answers["needs"]["help_wanted"],
        tried_already=answers["needs"]["tried_already"],
        other_services=answers["services"]["other_services"],
        needs_interpreter=communication["needs_interpreter"] == YES,
        language=communication["language"] if communication["needs_interpreter"] == YES else "",
        accessible_formats=communication["accessible_formats"],
        site_language=translation.get_language(),
        parent_consent=consent["parent_consent"],
        sharing_consent=consent["sharing_consent"],
        parent_name=consent.get("parent_name", contact["name"] if kind == ReferrerKind.PARENT else ""),
        parent_phone=consent.get("parent_phone", ""),
        parent_email=consent.get("parent_email", ""),
    )
    areas = from_assessment.life_areas(assessment) if assessment else list(answers["needs"]["life_areas"])
    return referral, areas


def keep_attachments(referral):
    """Join the files added in this journey to its referral; a journey no longer a school's sends none."""
    added = attachments.for_journey(referral.idempotency_key)
    if referral.referrer_kind == ReferrerKind.SCHOOL:
        added.update(referral=referral)
    else:
        added.delete()


def submit(state, answers):
    """Save the referral, its first event and its messages together; the same journey twice gives one referral.

    Raises CannotSubmit, or DatabaseError with nothing written.
    """
    found = existing_referral(state)
    if found:
        return found
    referral, areas = build_referral(state, answers)
    try:
        with transaction.atomic():
            save_with_unused_reference(referral)
            referral.life_areas.set(areas)
            keep_attachments(referral)
            ReferralEvent.objects.create(
                referral=referral,
                kind=EventKind.SUBMITTED,
                at=referral.received_at,
                to_status=referral.status,
                to_team=referral.team,
                to_priority=referral.priority,
            )
            notifications.queue_new_referral(referral)
    except IntegrityError:
        # A double click that raced the first request past the check above: that one won. Any other
        # clash has already been retried, so the family sees "not sent" with nothing saved.
        found = existing_referral(state)
        if found:
            return found
        raise
    return referral
