"""Demo triage users, synthetic referrals and self-assessments: idempotent, deterministic, obviously fictional.

Referrals are spread over the 18 months before the 1st of this month, so a second run on the
same day (or in the same month) changes nothing. Older referrals are further along.

Self-assessments (for the service managers' reports) are spread over the 11 months before the 1st of
this month: some families check again 13 weeks later, mostly needing less help; and some parents'
referrals of the last 11 months were sent from a self-assessment a few days before, which carries its
areas and answers into the referral as the journey does.
"""

import datetime
import uuid

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from home.models import AgeBand, LifeArea, ReferrerKind, Team
from portal.demo import demo_password, ensure_record, ensure_user
from referrals import from_assessment
from referrals.models import (
    DeclineReason,
    EventKind,
    Outcome,
    Priority,
    Referral,
    ReferralEvent,
    ReferralStatus,
    TeamMembership,
)
from referrals.references import REFERENCE_ALPHABET
from selfassess import engine
from selfassess.models import Assessment, current_version
from selfassess.models.assessment import CODE_ALPHABET

TRIAGE_GROUP = "Triage"
TRIAGE_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("referrals", "view_referral"),
    ("referrals", "change_referral"),
    ("referrals", "export_referral"),
]
TRIAGE_USERS = {
    "triage-north": ["stevenage-north-herts"],
    "triage-south": ["st-albans-watford-welwyn"],
}
REFERRAL_COUNT = 200
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


# Self-assessments: those that did not lead to a referral, spread over the last 11 months (the
# retention period is 12), and the parents' referrals of that time sent from one (every other one).
ASSESSMENT_COUNT = 120
ASSESSMENT_DAYS = 330
REPEAT_EVERY = 4  # every 4th family checks again...
REPEAT_AFTER_DAYS = 91  # ...13 weeks later
ASSESSED_BEFORE_REFERRAL_DAYS = 2
# How much help each demo family's answers ask for, in turn (see area_answers), and, when they check again
# after trying the advice, how much then: most need less, some the same, a few more.
NEED_LEVELS = ["low", "some", "low", "high", "some", "low", "some"]
LEVEL_AGAIN = {"high": "some", "some": "low", "low": "some"}


def demo_reference(index):
    a = REFERENCE_ALPHABET
    return f"RF-DM{a[index // 1024 % 32]}-{a[index // 32 % 32]}{a[index % 32]}{a[(index * 7) % 32]}"


def ensure_triage_group(log):
    group = ensure_record(log, Group, {"name": TRIAGE_GROUP})
    for app_label, codename in TRIAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        if not group.permissions.filter(pk=permission.pk).exists():
            group.permissions.add(permission)
            log.updated.append(f"group: {TRIAGE_GROUP} can {codename}")
    return group


def ensure_triage_users(log, group):
    password = demo_password()
    for username, team_slugs in TRIAGE_USERS.items():
        user = ensure_user(log, username, "triage staff for " + ", ".join(team_slugs), password, [group])
        for team in Team.objects.filter(slug__in=team_slugs):
            ensure_record(log, TeamMembership, {"user": user, "team": team})


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


def demo_return_code(prefix, index):
    """A fixed return code per demo self-assessment ("DM" codes are the demo's), from the unambiguous alphabet."""
    a = CODE_ALPHABET
    return f"DM{prefix}{a[index // 1024 % 32]}{a[index // 32 % 32]}{a[index % 32]}{a[(index * 7) % 32]}{a[(index * 3) % 32]}X"


def area_answers(definition, domain, age_band, level):
    """One area's answers at a level of need: a score low in universal help, in the middle of targeted, or the most."""
    questions = len(domain.questions_for(age_band))
    scale, impacts = sorted(definition.scale_scores), sorted(definition.impact_scores)
    if level == "high":
        return [scale[-1]] * questions, impacts[-1], engine.TriedAdvice.NOT_ENOUGH
    if level == "low":
        return [scale[min(1, len(scale) - 1)]] + [scale[0]] * (questions - 1), impacts[0], engine.TriedAdvice.HELPED
    impact = impacts[len(impacts) // 2]
    rest = (domain.targeted_threshold + domain.specialist_threshold - 1) // 2 - definition.impact_weight * impact
    scores = [rest // questions + (1 if number < rest % questions else 0) for number in range(questions)]
    # The nearest answer the scale has at or below each score.
    scores = [max([option for option in scale if option <= score] or [scale[0]]) for score in scores]
    return scores, impact, engine.TriedAdvice.NOT_YET


def demo_answers(version, age_band, slugs, level):
    """Answers for the chosen areas at a level of need, in the form the journey stores them."""
    definition = version.definition
    domains = {}
    for slug in slugs:
        scores, impact, tried = area_answers(definition, definition.domain(slug), age_band, level)
        domains[slug] = {"scores": scores, "impact": impact, "tried_advice": tried}
    return {
        "age_band": age_band,
        "red_flags": {flag.code: False for flag in definition.red_flags},
        "domains": domains,
    }


def ensure_assessment(log, version, code, created_at, age_band, slugs, level, previous=None):
    stored = demo_answers(version, age_band.slug, slugs, level)
    answers = engine.Answers(
        age_band=age_band.slug,
        red_flags=stored["red_flags"],
        domains={
            slug: engine.DomainAnswers(tuple(a["scores"]), a["impact"], a["tried_advice"])
            for slug, a in stored["domains"].items()
        },
    )
    result = engine.route(version.definition, answers)
    return ensure_record(
        log,
        Assessment,
        {"code": code},
        questionnaire=version.questionnaire,
        revision_id=version.revision_id,
        age_band=age_band,
        areas=list(slugs),
        answers=stored,
        overall_outcome=result.overall.code,
        previous=previous,
        created_at=created_at,
    )


def assessment_setup():
    """The live questionnaire version, its age bands by slug and its area codes; None before it is published."""
    version = current_version()
    if version is None:
        return None
    bands = {band.slug: band for band in AgeBand.objects.filter(slug__in=version.definition.age_bands)}
    return version, bands, [domain.code for domain in version.definition.domains]


def ensure_assessments(log, setup, anchor):
    """Self-assessments that did not lead to a referral, some checked again 13 weeks later."""
    version, bands, slugs = setup
    band_slugs = sorted(bands)
    for index in reversed(range(ASSESSMENT_COUNT)):  # oldest first, so a repeat's first check exists
        days_ago = 1 + ASSESSMENT_DAYS * index // ASSESSMENT_COUNT
        created = at_ten(anchor - datetime.timedelta(days=days_ago))
        band = bands[band_slugs[index % len(band_slugs)]]
        chosen = [slugs[index % len(slugs)]] + ([slugs[(index // 3 + 4) % len(slugs)]] if index % 3 == 0 else [])
        chosen = list(dict.fromkeys(chosen))
        level = NEED_LEVELS[index % len(NEED_LEVELS)]
        first = ensure_assessment(log, version, demo_return_code("A", index), created, band, chosen, level)
        if index % REPEAT_EVERY == 1 and days_ago > REPEAT_AFTER_DAYS:
            again = level if index % 3 == 0 else LEVEL_AGAIN[level]
            ensure_assessment(
                log,
                version,
                demo_return_code("R", index),
                created + datetime.timedelta(days=REPEAT_AFTER_DAYS),
                band,
                chosen,
                again,
                previous=first,
            )


def referral_assessment(log, setup, index, area, received, anchor):
    """The self-assessment a demo parent's referral was sent from, or None: every other parent's referral of
    the last 11 months, not urgent, whose area the questionnaire asks about."""
    if setup is None or (anchor - received.date()).days > ASSESSMENT_DAYS or index % 11 == 0 or index % 2:
        return None
    version, bands, slugs = setup
    if area.slug not in slugs:
        return None
    band_slugs = sorted(bands)
    created = received - datetime.timedelta(days=ASSESSED_BEFORE_REFERRAL_DAYS)
    band = bands[band_slugs[index % len(band_slugs)]]
    return ensure_assessment(log, version, demo_return_code("F", index), created, band, [area.slug], "high")


def referral_values(index, team, areas, anchor):
    days_ago = received_days_ago(index)
    received = datetime.datetime.combine(anchor - datetime.timedelta(days=days_ago), datetime.time(10, index % 50))
    # In UTC, so that adding days gives the same instant whether or not a clock change lies between.
    received = timezone.make_aware(received).astimezone(datetime.UTC)
    urgent = index % 11 == 0
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


def history(referral, decision, closed):
    """The events after "sent", in order: (kind, when, from status, to status)."""
    if decision is None:
        return []
    decided_at = referral.received_at + datetime.timedelta(days=DECIDED_AFTER_DAYS)
    steps = [
        (
            EventKind.DECLINED if decision == ReferralStatus.DECLINED else EventKind.ACCEPTED,
            decided_at,
            ReferralStatus.RECEIVED,
            decision,
        )
    ]
    if referral.first_appointment_date:
        booked_on = referral.first_appointment_date - datetime.timedelta(days=BOOKED_AHEAD_DAYS)
        booked_at = max(decided_at + datetime.timedelta(hours=1), at_ten(booked_on))
        steps.append((EventKind.APPOINTMENT, booked_at, decision, ReferralStatus.APPOINTMENT_BOOKED))
    if closed:
        steps.append((EventKind.CLOSED, at_ten(closed), ReferralStatus.APPOINTMENT_BOOKED, ReferralStatus.CLOSED))
    return steps


def at_ten(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10))).astimezone(datetime.UTC)


SCRIPTED_KINDS = [EventKind.ACCEPTED, EventKind.DECLINED, EventKind.APPOINTMENT, EventKind.CLOSED]


def ensure_referrals(log):
    teams = list(Team.objects.filter(slug__in=POSTCODES).order_by("slug"))
    areas = list(LifeArea.objects.order_by("sort_order", "name"))
    if not teams or not areas:
        return
    anchor = timezone.localdate().replace(day=1)
    setup = assessment_setup()
    if setup is not None:
        ensure_assessments(log, setup, anchor)
    for index in range(REFERRAL_COUNT):
        team = teams[index % len(teams)]
        values, area, decision, closed = referral_values(index, team, areas, anchor)
        assessment = None
        if values["referrer_kind"] == ReferrerKind.PARENT:
            assessment = referral_assessment(log, setup, index, area, values["received_at"], anchor)
        values["assessment"] = assessment
        values["assessment_summary"] = from_assessment.summary(assessment) if assessment else []
        referral = ensure_record(log, Referral, {"reference": demo_reference(index)}, **values)
        if list(referral.life_areas.all()) != [area]:
            referral.life_areas.set([area])
            log.updated.append(f"referral: {referral} areas")
        ensure_record(
            log,
            ReferralEvent,
            {"referral": referral, "kind": EventKind.SUBMITTED},
            at=referral.received_at,
            to_status=ReferralStatus.RECEIVED,
            to_team=team,
        )
        steps = history(referral, decision, closed)
        for kind, at, from_status, to_status in steps:
            ensure_record(
                log,
                ReferralEvent,
                {"referral": referral, "kind": kind},
                at=at,
                from_status=from_status,
                to_status=to_status,
            )
        # A demo database from an older version (or a demo triage session) may have other decisions: the
        # script's history replaces them, so the audit trail matches the referral's status.
        stale = referral.events.filter(kind__in=SCRIPTED_KINDS).exclude(kind__in=[step[0] for step in steps])
        if stale.exists():
            stale.delete()
            log.updated.append(f"referral: {referral} history")


def load(log):
    group = ensure_triage_group(log)
    ensure_triage_users(log, group)
    ensure_referrals(log)
