"""Demo referrals: spread over the 18 months before the 1st of this month, so a second run on the same day (or in the
same month) changes nothing. Older referrals are further along: triaged, booked, discharged with an outcome.

They are written in bulk (a few queries for all of them, not a few for each), so the demo loads quickly
with enough referrals for every team's waiting-time figures and the service reports.
"""

import datetime
import uuid
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from home.models import LifeArea, ReferrerKind, Team
from referrals import from_assessment
from referrals.demo.assessments import assessment_setup, ensure_assessments, referral_assessment
from referrals.demo.calendar import at_ten
from referrals.models import (
    DeclineReason,
    EventKind,
    Outcome,
    Priority,
    Referral,
    ReferralEvent,
    ReferralStatus,
)
from referrals.references import REFERENCE_ALPHABET

# About 10 a month for each team: enough that each team's routine pathway has 5 or more children first seen in
# any 12 weeks, so the computed waits are figures, not "too few to show" (with 200 some teams had 3).
REFERRAL_COUNT = 480
HISTORY_DAYS = 547  # 18 months
DEMO_NAMESPACE = uuid.UUID("5f0c2a8e-1d7b-4e55-9a36-0d3c6a1f2b90")
FIRST_NAMES = ["Pip", "Bramble", "Kit", "Juniper", "Moss", "Wren", "Sorrel", "Fennel", "Rowan", "Clover"]
LAST_NAMES = ["Example", "Sampleton", "Testington", "Mockford", "Demoson", "Placeholder"]
POSTCODES = {
    "stevenage-north-herts": ["SG1 1AA", "SG2 8UT", "SG4 9AB", "SG6 3QQ"],
    "st-albans-watford-welwyn": ["AL1 3AW", "WD18 9QD", "AL8 6HG"],
    "east-herts-broxbourne": ["SG14 1LP", "CM23 2ES", "EN8 9AB"],
    "dacorum-three-rivers": ["HP1 1HQ", "WD3 1AB", "HP4 2DN"],
}
# What triage decided, in turn; urgent referrals are never declined.
DECISIONS = [
    ReferralStatus.ACCEPTED_SPECIALIST,
    ReferralStatus.ACCEPTED_SPECIALIST,
    ReferralStatus.ACCEPTED_TARGETED,
    ReferralStatus.DECLINED,
    ReferralStatus.ACCEPTED_SPECIALIST,
]
# Referrals younger than this are still in the triage queue (a few are overdue, as in real life).
TRIAGE_QUEUE_DAYS = 21
DECIDED_AFTER_DAYS = 7
# Typical weeks from referral to first appointment: each team has its own routine wait, so the
# computed waiting times (`publish_waiting_times --dry-run`) differ between teams as they would.
ROUTINE_WAIT_WEEKS = {
    "stevenage-north-herts": 14,
    "st-albans-watford-welwyn": 19,
    "east-herts-broxbourne": 11,
    "dacorum-three-rivers": 16,
}
# How demo episodes ended, in turn (most meet their goals).
OUTCOMES = [
    Outcome.GOALS_MET,
    Outcome.GOALS_MET,
    Outcome.REFERRED_ON,
    Outcome.GOALS_MET,
    Outcome.MOVED_AWAY,
    Outcome.DID_NOT_ATTEND,
    Outcome.GOALS_MET,
    Outcome.NO_LONGER_NEEDED,
    Outcome.FAMILY_WITHDREW,
]
TARGETED_WAIT_WEEKS = 6
URGENT_WAIT_WEEKS = 2
BOOKED_AHEAD_DAYS = 14
EPISODE_WEEKS = 20  # first appointment to discharge


# One referral in 11 is urgent. The offset puts each demo triage user's oldest urgent referral still waiting for
# triage 14 and 19 days before the 1st, so on any day a first appointment "last Tuesday" is after it arrived.
URGENT_EVERY, URGENT_OFFSET = 11, 2


def is_urgent(index):
    return index % URGENT_EVERY == URGENT_OFFSET


def demo_reference(index):
    a = REFERENCE_ALPHABET
    return f"RF-DM{a[index // 1024 % 32]}-{a[index // 32 % 32]}{a[index % 32]}{a[(index * 7) % 32]}"


def received_days_ago(index):
    """Spread over 18 months, denser towards today, so the triage queue and recent waits have enough in them."""
    return 3 + round(HISTORY_DAYS * (index / REFERRAL_COUNT) ** 1.5)


def journey(index, team, urgent, received, anchor):
    """Where a demo referral had got to on `anchor`: (status, decision, first appointment, closed on)."""
    if (anchor - received).days < TRIAGE_QUEUE_DAYS:
        return ReferralStatus.RECEIVED, None, None, None
    decision = DECISIONS[index % len(DECISIONS)]
    if urgent and decision == ReferralStatus.DECLINED:
        decision = ReferralStatus.ACCEPTED_SPECIALIST
    if decision == ReferralStatus.DECLINED:
        return decision, decision, None, None
    if urgent:
        weeks = URGENT_WAIT_WEEKS
    elif decision == ReferralStatus.ACCEPTED_TARGETED:
        weeks = TARGETED_WAIT_WEEKS
    else:
        weeks = ROUTINE_WAIT_WEEKS[team.slug]
    jitter_days = (index * 37) % 29 - 14  # within two weeks either side of the typical wait
    seen = received + datetime.timedelta(days=max(DECIDED_AFTER_DAYS + 1, 7 * weeks + jitter_days))
    if seen - datetime.timedelta(days=BOOKED_AHEAD_DAYS) > anchor:
        return decision, decision, None, None  # accepted, waiting for an appointment
    closed = seen + datetime.timedelta(weeks=EPISODE_WEEKS)
    if closed > anchor:
        return ReferralStatus.APPOINTMENT_BOOKED, decision, seen, None
    return ReferralStatus.CLOSED, decision, seen, closed


def referral_values(index, team, areas, anchor):
    days_ago = received_days_ago(index)
    received = datetime.datetime.combine(anchor - datetime.timedelta(days=days_ago), datetime.time(10, index % 50))
    # In UTC, so that adding days gives the same instant whether or not a clock change lies between.
    received = timezone.make_aware(received).astimezone(datetime.UTC)
    urgent = is_urgent(index)
    status, decision, seen, closed = journey(index, team, urgent, received.date(), anchor)
    born = anchor - datetime.timedelta(days=365 * (1 + index % 16) + index % 300)
    kind = [ReferrerKind.PARENT, ReferrerKind.SCHOOL, ReferrerKind.PROFESSIONAL][index % 3]
    if kind == ReferrerKind.SCHOOL and not team.accepts_school_referrals:
        kind = ReferrerKind.PARENT
    first, last = FIRST_NAMES[index % len(FIRST_NAMES)], LAST_NAMES[index % len(LAST_NAMES)]
    values = {
        "idempotency_key": uuid.uuid5(DEMO_NAMESPACE, str(index)),
        "confirmation_token": f"demo-{index:04d}",
        "team": team,
        "status": status,
        "priority": Priority.URGENT if urgent else Priority.ROUTINE,
        "received_at": received,
        "referrer_kind": kind,
        "referrer_name": "Demo Parent" if kind == ReferrerKind.PARENT else "Demo Referrer",
        "referrer_role": "" if kind == ReferrerKind.PARENT else "SENCo (demo)",
        "referrer_organisation": "" if kind == ReferrerKind.PARENT else "Example Primary School (demo)",
        "contact_email": f"demo.family{index}@example.org",
        "update_preference": "email",
        "child_first_name": first,
        "child_last_name": last,
        "child_date_of_birth": born,
        "postcode": POSTCODES[team.slug][index % len(POSTCODES[team.slug])],
        "help_wanted": f"Demo referral {index}: finds {areas[index % len(areas)].name.lower()} hard at home and school.",
        "parent_consent": True,
        "sharing_consent": True,
        "parent_name": "Demo Parent",
        "parent_email": f"demo.family{index}@example.org" if kind != ReferrerKind.PARENT else "",
        "first_appointment_date": seen,
        "decision_note": "Demo: the school's sensory circuits programme fits better."
        if status == ReferralStatus.DECLINED
        else "",
        "decline_reason": DeclineReason.UNIVERSAL if status == ReferralStatus.DECLINED else "",
        "outcome": OUTCOMES[index % len(OUTCOMES)] if closed else "",
        "closed_at": at_ten(closed) if closed else None,
    }
    return values, areas[index % len(areas)], decision, closed


def history(values, decision, closed):
    """The events after "sent", in order: (kind, when, from status, to status)."""
    if decision is None:
        return []
    decided_at = values["received_at"] + datetime.timedelta(days=DECIDED_AFTER_DAYS)
    steps = [
        (
            EventKind.DECLINED if decision == ReferralStatus.DECLINED else EventKind.ACCEPTED,
            decided_at,
            ReferralStatus.RECEIVED,
            decision,
        )
    ]
    if values["first_appointment_date"]:
        booked_on = values["first_appointment_date"] - datetime.timedelta(days=BOOKED_AHEAD_DAYS)
        booked_at = max(decided_at + datetime.timedelta(hours=1), at_ten(booked_on))
        steps.append((EventKind.APPOINTMENT, booked_at, decision, ReferralStatus.APPOINTMENT_BOOKED))
    if closed:
        steps.append((EventKind.CLOSED, at_ten(closed), ReferralStatus.APPOINTMENT_BOOKED, ReferralStatus.CLOSED))
    return steps


SCRIPTED_KINDS = [EventKind.ACCEPTED, EventKind.DECLINED, EventKind.APPOINTMENT, EventKind.CLOSED]


def differs(instance, name, wanted):
    """Whether a field holds something else; a relation is compared by its id, so nothing is fetched."""
    field = instance._meta.get_field(name)
    if field.is_relation:
        return getattr(instance, field.attname) != (wanted.pk if wanted is not None else None)
    return getattr(instance, name) != wanted


def ensure_in_bulk(log, model, wanted, existing):
    """Make the records match `wanted` (key -> (lookup, values)), given those there are (`existing`, key -> record):
    the missing ones are created in one query, and only changed fields are saved. Returns key -> record."""
    records, new = dict(existing), []
    for key, (lookup, values) in wanted.items():
        record = records.get(key)
        if record is None:
            record = records[key] = model(**lookup, **values)
            new.append(record)
            continue
        changed = [name for name, value in values.items() if differs(record, name, value)]
        if changed:
            for name in changed:
                setattr(record, name, values[name])
            record.save(update_fields=changed)
            log.updated.append(f"{model._meta.verbose_name}: {record}")
    model.objects.bulk_create(new)
    log.created.extend(f"{model._meta.verbose_name}: {record}" for record in new)
    return records


def ensure_areas(log, referrals, areas):
    """Each demo referral has exactly its one area of need (`areas`: reference -> area)."""
    through = Referral.life_areas.through
    current = defaultdict(dict)  # referral id -> {area id: link id}
    links = through.objects.filter(referral_id__in=[referral.pk for referral in referrals.values()])
    for pk, referral_id, area_id in links.values_list("pk", "referral_id", "lifearea_id"):
        current[referral_id][area_id] = pk
    stale, missing = [], []
    for reference, referral in referrals.items():
        have, wanted = current.get(referral.pk, {}), areas[reference].pk
        if set(have) == {wanted}:
            continue
        stale.extend(pk for area_id, pk in have.items() if area_id != wanted)
        if wanted not in have:
            missing.append(through(referral_id=referral.pk, lifearea_id=wanted))
        if have:
            log.updated.append(f"referral: {referral} areas")
    through.objects.filter(pk__in=stale).delete()
    through.objects.bulk_create(missing)


def ensure_histories(log, referrals, histories):
    """Each referral's "sent" event and its scripted decisions (`histories`: reference -> (team, steps)).

    A demo database from an older version (or a demo triage session) may have other decisions: the script's
    history replaces them, so the audit trail matches the referral's status.
    """
    wanted = {}
    for reference, referral in referrals.items():
        team, steps = histories[reference]
        wanted[(referral.pk, EventKind.SUBMITTED)] = (
            {"referral": referral, "kind": EventKind.SUBMITTED},
            {"at": referral.received_at, "to_status": ReferralStatus.RECEIVED, "to_team": team},
        )
        for kind, at, from_status, to_status in steps:
            wanted[(referral.pk, kind)] = (
                {"referral": referral, "kind": kind},
                {"at": at, "from_status": from_status, "to_status": to_status},
            )
    existing, stale = {}, set()
    events = ReferralEvent.objects.filter(
        referral_id__in=[referral.pk for referral in referrals.values()],
        kind__in=[EventKind.SUBMITTED, *SCRIPTED_KINDS],
    )
    for event in events.order_by("at", "pk"):
        key = (event.referral_id, event.kind)
        if key in wanted:
            existing.setdefault(key, event)  # the first, as the one-at-a-time loader found it
        else:
            stale.add(event)
    ensure_in_bulk(log, ReferralEvent, wanted, existing)
    if stale:
        ReferralEvent.objects.filter(pk__in=[event.pk for event in stale]).delete()
        log.updated.extend(f"referral: {event.referral_id} history" for event in stale)


@transaction.atomic
def ensure_referrals(log):
    teams = list(Team.objects.filter(slug__in=POSTCODES).order_by("slug"))
    areas = list(LifeArea.objects.order_by("sort_order", "name"))
    if not teams or not areas:
        return
    anchor = timezone.localdate().replace(day=1)
    setup = assessment_setup()
    if setup is not None:
        ensure_assessments(log, setup, anchor)
    wanted, area_of, histories = {}, {}, {}
    for index in range(REFERRAL_COUNT):
        team = teams[index % len(teams)]
        values, area, decision, closed = referral_values(index, team, areas, anchor)
        assessment = None
        if values["referrer_kind"] == ReferrerKind.PARENT:
            assessment = referral_assessment(log, setup, index, area, values["received_at"], anchor, is_urgent(index))
        values["assessment"] = assessment
        values["assessment_summary"] = from_assessment.summary(assessment) if assessment else []
        reference = demo_reference(index)
        wanted[reference] = ({"reference": reference}, values)
        area_of[reference] = area
        histories[reference] = (team, history(values, decision, closed))
    existing = Referral.objects.in_bulk(list(wanted), field_name="reference")
    referrals = ensure_in_bulk(log, Referral, wanted, existing)
    ensure_areas(log, referrals, area_of)
    ensure_histories(log, referrals, histories)
