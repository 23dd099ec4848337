"""Turn a questionnaire version (a Wagtail revision) into the engine's definition, and check its scenarios."""

from dataclasses import dataclass, field
from functools import lru_cache

from wagtail.models import Revision

from home.models.taxonomy import Discipline
from selfassess import engine
from selfassess.blocks import TRIED_ADVICE_CHOICES
from selfassess.engine import OUTCOME_LABELS, Answers, DomainAnswers, InvalidAnswers, InvalidDefinition, Outcome

DISCIPLINES = dict(Discipline.choices)
TRIED_ADVICE_LABELS = dict(TRIED_ADVICE_CHOICES)


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
    # code -> the answer's words; a version in another language has its own (selfassess/languages.py).
    tried_advice_labels: dict = field(default_factory=lambda: dict(TRIED_ADVICE_LABELS))

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


def answers_in_words(version, age_band, code, stored):
    """One area's stored answers as [(question, answer)] in the words the family saw: the one place answers
    become words, for check your answers, the result and the referral. An answer the version no longer has
    reads as an empty string rather than failing."""
    definition = version.definition
    questions = definition.domain(code).questions_for(age_band)
    scale = {option.score: option.label for option in definition.scale}
    impact = {option.score: option.label for option in definition.impact_options}
    rows = [(q.text, scale.get(score, "")) for q, score in zip(questions, stored["scores"], strict=False)]
    rows.append((version.questionnaire.impact_question, impact.get(stored["impact"], "")))
    rows.append(
        (version.questionnaire.tried_advice_question, version.tried_advice_labels.get(stored["tried_advice"], ""))
    )
    return rows


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


def tier_label(code):
    """A tier or outcome in the words staff see in the admin ("Ask for a referral"), never its code."""
    try:
        return OUTCOME_LABELS[Outcome.from_code(code)]
    except InvalidDefinition:
        return str(code)


def run_scenario(version, scenario):
    """None if the scenario gets what it expects, otherwise what went wrong, in staff words."""
    definition = version.definition
    try:
        result = engine.route(definition, scenario_answers(definition, scenario))
    except (InvalidAnswers, ValueError) as error:
        return f"its answers do not fit this version ({error})"
    problems = []
    if result.overall.code != scenario["expected_outcome"]:
        problems.append(
            f"expected '{tier_label(scenario['expected_outcome'])}' overall but got '{OUTCOME_LABELS[result.overall]}'"
        )
    tiers = {d.code: d.tier for d in result.domains}
    for area in scenario["areas"]:
        got = tiers.get(area["life_area"])
        if got is None or got.code != area["expected_tier"]:
            name = area_name(version, area["life_area"])
            got_words = f"'{OUTCOME_LABELS[got]}'" if got is not None else "nothing"
            problems.append(f"expected '{tier_label(area['expected_tier'])}' for {name} but got {got_words}")
    return "; ".join(problems) or None


def area_name(version, code):
    area = version.life_areas.get(code)
    return area.name if area is not None else code


def band_names(version, bands):
    if set(bands) == set(version.definition.age_bands):
        return "every age band"
    return ", ".join(band.name for band in version.age_bands if band.slug in bands)


def reachability_problems(version):
    """(area name, what is wrong) for every area where some age band's answers cannot reach a tier: thresholds
    must sit above the lowest possible score, at or below the highest, and in order."""
    definition = version.definition
    problems = []
    for domain in definition.domains:
        targeted, specialist = domain.targeted_threshold, domain.specialist_threshold
        missing = {tier: [] for tier in engine.TIERS}
        for band in definition.age_bands:
            for tier in definition.unreachable_tiers(domain, band):
                missing[tier].append(band)
        if missing[Outcome.SPECIALIST]:
            bands = missing[Outcome.SPECIALIST]
            highest = max(definition.max_score(domain, band) for band in bands)
            problems.append(
                (
                    domain.name,
                    f"the specialist threshold is {specialist} but the highest possible score is {highest} "
                    f"(for {band_names(version, bands)}), so no family could be offered a referral for this area. "
                    f"Set it to {highest} or lower.",
                )
            )
        if missing[Outcome.TARGETED]:
            bands = missing[Outcome.TARGETED]
            highest = max(definition.max_score(domain, band) for band in bands)
            if targeted >= specialist:
                why = f"the targeted threshold ({targeted}) is not below the specialist threshold ({specialist})"
            elif targeted > highest:
                why = f"the targeted threshold is {targeted} but the highest possible score is {highest}"
            else:
                why = f"no answers give a score from {targeted} to {specialist - 1}"
            problems.append(
                (
                    domain.name,
                    f"{why} (for {band_names(version, bands)}), so no family could be offered a group or workshop "
                    "for this area.",
                )
            )
        if missing[Outcome.UNIVERSAL]:
            bands = missing[Outcome.UNIVERSAL]
            lowest = max(definition.min_score(domain, band) for band in bands)
            problems.append(
                (
                    domain.name,
                    f"the targeted threshold ({targeted}) is at or below the lowest possible score ({lowest}) "
                    f"(for {band_names(version, bands)}), so no family would be offered advice alone for this area. "
                    "Set it above the lowest score.",
                )
            )
    return problems


# The boundary on each side of each threshold: (which threshold, offset from it, tier expected there, words).
BOUNDARIES = (
    ("targeted_threshold", -1, Outcome.UNIVERSAL, "just below the targeted threshold"),
    ("targeted_threshold", 0, Outcome.TARGETED, "exactly at the targeted threshold"),
    ("specialist_threshold", -1, Outcome.TARGETED, "just below the specialist threshold"),
    ("specialist_threshold", 0, Outcome.SPECIALIST, "exactly at the specialist threshold"),
)


def coverage_problems(version, scenarios):
    """(what, what is missing) for every tier of every area, each side of each threshold and every red flag
    that no scenario covers, in staff words. Only scenarios whose answers fit the version count."""
    definition = version.definition
    covered_tiers, covered_scores, flagged = set(), set(), set()
    for scenario in scenarios:
        try:
            answers = scenario_answers(definition, scenario)
            result = engine.route(definition, answers)
        except (InvalidAnswers, ValueError):
            continue
        flagged.update(code for code, yes in answers.red_flags.items() if yes)
        for domain_result in result.domains:
            covered_tiers.add((domain_result.code, domain_result.tier))
            if answers.domains[domain_result.code].tried_advice != engine.TriedAdvice.NOT_ENOUGH:
                # 12 weeks of advice not enough moves the tier: it does not test the threshold.
                covered_scores.add((domain_result.code, domain_result.score))
    problems = []
    for domain in definition.domains:
        missing = [OUTCOME_LABELS[tier] for tier in engine.TIERS if (domain.code, tier) not in covered_tiers]
        if missing:
            problems.append((domain.name, "no scenario expects " + " or ".join(f"'{label}'" for label in missing)))
        lowest = min(definition.min_score(domain, band) for band in definition.age_bands)
        highest = max(definition.max_score(domain, band) for band in definition.age_bands)
        for threshold_name, offset, tier, words in BOUNDARIES:
            score = getattr(domain, threshold_name) + offset
            # A score no answers can give is already reported as a threshold out of reach.
            if lowest <= score <= highest and (domain.code, score) not in covered_scores:
                problems.append(
                    (
                        domain.name,
                        f"no scenario {words}: add one with a score of {score}, expecting "
                        f"'{OUTCOME_LABELS[tier]}', with '{TRIED_ADVICE_LABELS[engine.TriedAdvice.NOT_YET]}' or "
                        f"'{TRIED_ADVICE_LABELS[engine.TriedAdvice.HELPED]}' for the advice question",
                    )
                )
    for flag in definition.red_flags:
        if flag.code not in flagged:
            problems.append(("Red flags", f"no scenario answers yes to '{flag.question}'"))
    return problems


INCOMPLETE = "some of its answers, scores or thresholds are still empty: fill them in and save again"


def _run_checks(questionnaire):
    """(failures, the version or None, each scenario's problem or None): the checks run once, for both
    `failing_scenarios` and `safety_report`."""
    try:
        version = build_version(questionnaire)
    except (InvalidDefinition, ValueError) as error:
        return [("the questionnaire itself", str(error))], None, []
    except (TypeError, KeyError):
        # A draft saved with fields still empty (drafts skip required fields; autosave saves them too).
        return [("the questionnaire itself", INCOMPLETE)], None, []
    scenarios = [block.value for block in questionnaire.scenarios]
    if not scenarios:
        return [("safety scenarios", "add at least one scenario before publishing")], version, []
    failures = reachability_problems(version)
    results = [(scenario, run_scenario(version, scenario)) for scenario in scenarios]
    failures += [(scenario["name"], problem) for scenario, problem in results if problem]
    return failures + coverage_problems(version, scenarios), version, results


def failing_scenarios(questionnaire):
    """(what, what went wrong) for everything that must be put right before this version is published: a
    definition that does not build, a tier out of reach, a scenario that fails, and coverage that is missing.
    A broken definition fails them all."""
    return _run_checks(questionnaire)[0]


@dataclass(frozen=True)
class SafetyReport:
    """Every safety check on one version, in staff words: `failures` are exactly what blocks publishing
    (`failing_scenarios`), `passes` what holds, each as (what, why)."""

    failures: tuple
    passes: tuple

    @property
    def ok(self):
        return not self.failures


def safety_report(questionnaire):
    """What passes and what fails, for the edit screen and the approval step, before anyone publishes."""
    failures, version, results = _run_checks(questionnaire)
    failures = tuple(failures)
    if version is None:
        return SafetyReport(failures, ())
    failing = {name for name, _ in failures}
    passes = []
    for scenario, problem in results:
        if problem is None:
            passes.append((scenario["name"], f"gets '{tier_label(scenario['expected_outcome'])}' as expected"))
    for domain in version.definition.domains:
        if domain.name not in failing:
            passes.append(
                (
                    domain.name,
                    "every tier can be reached for every age band, and scenarios expect each tier and sit on "
                    "each side of both thresholds",
                )
            )
    for flag in version.definition.red_flags:
        if ("Red flags", f"no scenario answers yes to '{flag.question}'") not in failures:
            passes.append(("Red flags", f"a scenario answers yes to '{flag.question}'"))
    return SafetyReport(failures, tuple(passes))
