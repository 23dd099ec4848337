"""Demo self-assessments for the service managers' reports: those that did not lead to a referral, spread over the
11 months before the 1st of this month, some checked again 13 weeks later (mostly needing less help); and the ones
some parents' referrals of that time were sent from, which carry their areas and answers into the referral."""

import datetime

from home.models import AgeBand
from portal.demo import ensure_record
from referrals.demo.calendar import at_ten
from selfassess import engine
from selfassess.models import Assessment, current_version
from selfassess.models.assessment import CODE_ALPHABET

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


def referral_assessment(log, setup, index, area, received, anchor, urgent=False):
    """The self-assessment a demo parent's referral was sent from, or None: every other parent's referral of
    the last 11 months, not urgent, whose area the questionnaire asks about."""
    if setup is None or (anchor - received.date()).days > ASSESSMENT_DAYS or urgent or index % 2:
        return None
    version, bands, slugs = setup
    if area.slug not in slugs:
        return None
    band_slugs = sorted(bands)
    created = received - datetime.timedelta(days=ASSESSED_BEFORE_REFERRAL_DAYS)
    band = bands[band_slugs[index % len(band_slugs)]]
    return ensure_assessment(log, version, demo_return_code("F", index), created, band, [area.slug], "high")
