"""A demo progress record: one child checked three times under one return code, with notes of what was tried.

Enter the code DMPRG RSS23 at /self-assessment/progress/ to see it: getting dressed at each check, getting
better; hand skills at the first and the latest check only (a gap at the second). Dates are relative to the
day the demo was first loaded; a second load changes nothing.
"""

import datetime

from django.utils import timezone

from home.models import AdviceTopicPage
from selfassess import engine
from selfassess.models import Assessment, StrategyNote, current_version

DEMO_RECORD_CODE = "DMPRGRSS23"
AGE_BAND = "5-to-11"
# (weeks ago, {area: (score for each question, impact, tried the advice)})
CHECKS = [
    (26, {"getting-dressed": (3, 2, "not-yet"), "hand-skills": (2, 2, "not-yet")}),
    (13, {"getting-dressed": (2, 1, "not-enough")}),
    (1, {"getting-dressed": (1, 1, "helped"), "hand-skills": (1, 1, "helped")}),
]
NOTES = [
    ("getting-dressed", "Dressing practice, step by step", StrategyNote.HowOften.EVERY_DAY, 12, "a-little"),
    ("hand-skills", "Pencil grip and handwriting", StrategyNote.HowOften.MOST_DAYS, 10, "yes"),
]


def stored(version, areas):
    definition = version.definition
    domains = {}
    for slug, (score, impact, tried) in areas.items():
        questions = definition.domain(slug).questions_for(AGE_BAND)
        domains[slug] = {"scores": [score] * len(questions), "impact": impact, "tried_advice": tried}
    return {"age_band": AGE_BAND, "red_flags": {flag.code: False for flag in definition.red_flags}, "domains": domains}


def ensure_progress_record(log, bands):
    version = current_version()
    if version is None or Assessment.objects.filter(code=DEMO_RECORD_CODE).count() == len(CHECKS):
        return
    Assessment.objects.filter(code=DEMO_RECORD_CODE).delete()  # a part-made record from an older demo
    now = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
    previous = None
    for weeks_ago, areas in CHECKS:
        answers = stored(version, areas)
        result = engine.route(
            version.definition,
            engine.Answers(
                age_band=AGE_BAND,
                red_flags=answers["red_flags"],
                domains={
                    slug: engine.DomainAnswers(tuple(a["scores"]), a["impact"], a["tried_advice"])
                    for slug, a in answers["domains"].items()
                },
            ),
        )
        previous = Assessment.objects.create(
            code=DEMO_RECORD_CODE,
            questionnaire=version.questionnaire,
            revision_id=version.revision_id,
            age_band=bands[AGE_BAND],
            areas=[d.code for d in version.definition.domains if d.code in areas],
            answers=answers,
            overall_outcome=result.overall.code,
            previous=previous,
            created_at=now - datetime.timedelta(weeks=weeks_ago),
        )
    log.created.append(f"self-assessment progress record: {len(CHECKS)} checks")
    if not StrategyNote.objects.filter(code=DEMO_RECORD_CODE).exists():
        for area, title, how_often, weeks, helped in NOTES:
            StrategyNote.objects.create(
                code=DEMO_RECORD_CODE,
                area=area,
                advice=AdviceTopicPage.objects.filter(title=title).first(),
                what=title,
                how_often=how_often,
                weeks=weeks,
                helped=helped,
                created_at=now - datetime.timedelta(weeks=2),
            )
        log.created.append(f"self-assessment strategies record: {len(NOTES)} notes")
