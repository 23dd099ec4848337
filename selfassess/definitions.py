"""Turn a questionnaire version (a Wagtail revision) into the engine's definition, and check its scenarios."""

from dataclasses import dataclass
from functools import lru_cache

from wagtail.models import Revision

from home.models.taxonomy import Discipline
from selfassess import engine
from selfassess.engine import Answers, DomainAnswers, InvalidAnswers, InvalidDefinition, Outcome

DISCIPLINES = dict(Discipline.choices)


@dataclass(frozen=True)
class Version:
    """One questionnaire version: its words for the journey, and its rules for the engine."""

    revision_id: int | None
    questionnaire: object
    definition: engine.Definition
    age_bands: tuple  # home.AgeBand records, in order
    life_areas: dict  # slug -> home.LifeArea
    red_flag_text: dict  # code -> RedFlagBlock value
    domain_hints: dict  # slug -> hint

    def age_band(self, slug):
        return next((band for band in self.age_bands if band.slug == slug), None)


def build_version(questionnaire, revision_id=None):
    age_bands = tuple(block.value for block in questionnaire.age_bands if block.value is not None)
    life_areas, domains, hints = {}, [], {}
    for block in questionnaire.domains:
        area = block.value["life_area"]
        if area is None:
            raise InvalidDefinition("An area of daily life used by the questionnaire has been deleted")
        life_areas[area.slug] = area
        hints[area.slug] = block.value["hint"]
        questions = tuple(
            engine.Question(text=q["text"], age_bands=tuple(q["age_bands"] or ())) for q in block.value["questions"]
        )
        domains.append(
            engine.Domain(
                code=area.slug,
                name=area.name,
                questions=questions,
                targeted_threshold=block.value["targeted_threshold"],
                specialist_threshold=block.value["specialist_threshold"],
                discipline=area.get_discipline_display(),
            )
        )
    red_flags = tuple(
        engine.RedFlag(
            code=block.value["code"],
            question=block.value["question"],
            outcome=Outcome.from_code(block.value["outcome"]),
            reason=block.value["reason"],
            discipline=DISCIPLINES.get(block.value.get("discipline") or "", ""),
        )
        for block in questionnaire.red_flags
    )
    definition = engine.Definition(
        age_bands=tuple(band.slug for band in age_bands),
        red_flags=red_flags,
        domains=tuple(domains),
        scale=tuple(engine.ScaleOption(o.value["label"], o.value["score"]) for o in questionnaire.scale),
        impact_options=tuple(
            engine.ScaleOption(o.value["label"], o.value["score"]) for o in questionnaire.impact_options
        ),
        impact_weight=questionnaire.impact_weight,
    )
    return Version(
        revision_id=revision_id,
        questionnaire=questionnaire,
        definition=definition,
        age_bands=age_bands,
        life_areas=life_areas,
        red_flag_text={block.value["code"]: block.value for block in questionnaire.red_flags},
        domain_hints=hints,
    )


@lru_cache(maxsize=32)
def version_for_revision(revision_id):
    """Revisions never change once written, so a version can be kept for the life of the process."""
    revision = Revision.objects.get(pk=revision_id)
    return build_version(revision.as_object(), revision_id=revision_id)


def scenario_answers(definition, scenario):
    red_flags = {flag.code: False for flag in definition.red_flags}
    for code in filter(None, (part.strip() for part in (scenario["red_flags"] or "").split(","))):
        if code not in red_flags:
            raise InvalidAnswers(f"unknown red flag {code!r}")
        red_flags[code] = True
    domains = {}
    for area in scenario["areas"]:
        scores = tuple(int(part) for part in area["scores"].split(","))
        domains[area["life_area"]] = DomainAnswers(scores, area["impact"], area["tried_advice"])
    return Answers(age_band=scenario["age_band"], red_flags=red_flags, domains=domains)


def run_scenario(definition, scenario):
    """None if the scenario gets what it expects, otherwise what went wrong, in words."""
    try:
        result = engine.route(definition, scenario_answers(definition, scenario))
    except (InvalidAnswers, ValueError) as error:
        return f"its answers do not fit this version ({error})"
    problems = []
    if result.overall.code != scenario["expected_outcome"]:
        problems.append(f"expected '{scenario['expected_outcome']}' overall but got '{result.overall.code}'")
    tiers = {d.code: d.tier.code for d in result.domains}
    for area in scenario["areas"]:
        got = tiers.get(area["life_area"])
        if got != area["expected_tier"]:
            problems.append(f"expected '{area['expected_tier']}' for {area['life_area']} but got '{got}'")
    return "; ".join(problems) or None


def failing_scenarios(questionnaire):
    """(scenario name, what went wrong) for every scenario that fails; a broken definition fails them all."""
    try:
        definition = build_version(questionnaire).definition
    except (InvalidDefinition, ValueError) as error:
        return [("the questionnaire itself", str(error))]
    if not len(questionnaire.scenarios):
        return [("safety scenarios", "add at least one scenario before publishing")]
    failures = []
    for block in questionnaire.scenarios:
        problem = run_scenario(definition, block.value)
        if problem:
            failures.append((block.value["name"], problem))
    return failures
