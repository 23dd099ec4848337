"""The demo questionnaire on its own, and assessments stored as the journey stores them."""

import datetime

from django.utils import timezone

from home.models import AgeBand
from selfassess.engine import Answers, DomainAnswers, route
from selfassess.models import Assessment, current_version


def load_questionnaire_only():
    """The demo taxonomy, offers and questionnaire without the rest of the site: much faster than demo_site."""
    from home.demo.taxonomy import load_taxonomy
    from portal.demo import ChangeLog, ensure_record
    from selfassess.demo import ensure_offers, ensure_questionnaire

    log = ChangeLog()
    areas, bands = load_taxonomy(log, ensure_record)
    ensure_offers(log, areas, bands)
    return ensure_questionnaire(log, areas, bands)


# Getting dressed answers, scored by the demo questionnaire (targeted from 7, a referral from 12).
DRESSED_AT_10 = ([3, 2, 2, 1], 1, "not-yet")  # score 8 + 2 = 10: targeted now (specialist from 12)
DRESSED_AT_13 = ([3, 3, 2, 1], 2, "not-yet")  # score 13: specialist now


def stored_answers(version, age_band, areas):
    """What journey.complete stores: answers only. `areas`: {slug: (scores, impact, tried_advice)}."""
    return {
        "age_band": age_band,
        "red_flags": {flag.code: False for flag in version.definition.red_flags},
        "domains": {
            slug: {"scores": list(scores), "impact": impact_score, "tried_advice": tried}
            for slug, (scores, impact_score, tried) in areas.items()
        },
    }


def make_assessments(answer_sets, days_ago=1):
    """Store assessments on the live version, as the journey does (overall outcome and all)."""
    version = current_version()
    bands = {band.slug: band for band in AgeBand.objects.all()}
    made = timezone.now() - datetime.timedelta(days=days_ago)
    records = []
    for answers in answer_sets:
        result = route(
            version.definition,
            Answers(
                age_band=answers["age_band"],
                red_flags=answers["red_flags"],
                domains={
                    code: DomainAnswers(tuple(a["scores"]), a["impact"], a["tried_advice"])
                    for code, a in answers["domains"].items()
                },
            ),
        )
        records.append(
            Assessment(
                questionnaire=version.questionnaire,
                revision_id=version.revision_id,
                age_band=bands[answers["age_band"]],
                areas=list(answers["domains"]),
                answers=answers,
                overall_outcome=result.overall.code,
                created_at=made,
            )
        )
    return Assessment.objects.bulk_create(records)
