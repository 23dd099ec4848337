"""The routing rules, one test per rule, and the safety properties under hypothesis."""

from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfassess.engine import (
    TIERS,
    TWELVE_WEEKS_NOT_ENOUGH,
    Answers,
    Definition,
    Domain,
    DomainAnswers,
    InvalidAnswers,
    InvalidDefinition,
    Outcome,
    Question,
    RedFlag,
    ScaleOption,
    TriedAdvice,
    route,
)

SCALE = tuple(ScaleOption(f"level {n}", n) for n in range(4))
OT, SLT = "Occupational therapy", "Speech and language therapy"
RED_FLAGS = (
    RedFlag("lost-skills", "Lost skills?", Outcome.GP_WITHIN_DAYS, "your child has lost skills"),
    RedFlag("choking", "Choking?", Outcome.GP_TODAY, "your child chokes"),
    RedFlag("lifting", "Lifting hurts?", Outcome.SPECIALIST_URGENT, "lifting hurts", OT),
    RedFlag("harm", "Harm?", Outcome.IMMEDIATE, "your child is in danger"),
)
DEFINITION = Definition(
    age_bands=("young", "older"),
    red_flags=RED_FLAGS,
    domains=(
        Domain("dressing", "Getting dressed", tuple(Question(f"q{n}") for n in range(4)), 7, 12, OT),
        Domain(
            "hands",
            "Hand skills",
            (Question("crayon", ("young",)), Question("handwriting", ("older",)), Question("scissors")),
            5,
            9,
            OT,
        ),
        Domain("talking", "Talking and understanding", tuple(Question(f"t{n}") for n in range(3)), 4, 8, SLT),
    ),
    scale=SCALE,
    impact_options=SCALE,
    impact_weight=2,
)
NO_FLAGS = {flag.code: False for flag in RED_FLAGS}


def all_words(result):
    return list(result.reasons) + [reason for domain in result.domains for reason in domain.reasons]


def answers(scores=(0, 0, 0, 0), impact=0, tried=TriedAdvice.NOT_YET, flags=(), age_band="young", domain="dressing"):
    red_flags = {**NO_FLAGS, **dict.fromkeys(flags, True)}
    return Answers(age_band, red_flags, {domain: DomainAnswers(tuple(scores), impact, tried)})


def test_score_below_targeted_threshold_is_universal():
    result = route(DEFINITION, answers((1, 1, 1, 0), impact=1))  # 3 + 2 = 5
    assert result.overall == Outcome.UNIVERSAL
    assert result.domains[0].score == 5


def test_impact_is_weighted():
    assert route(DEFINITION, answers((1, 1, 1, 0), impact=2)).domains[0].score == 7


def test_score_at_targeted_threshold_is_targeted():
    assert route(DEFINITION, answers((1, 1, 1, 0), impact=2)).overall == Outcome.TARGETED


def test_score_at_specialist_threshold_is_specialist():
    assert route(DEFINITION, answers((2, 2, 2, 2), impact=2)).overall == Outcome.SPECIALIST


def test_targeted_with_twelve_weeks_of_advice_not_enough_moves_to_specialist():
    result = route(DEFINITION, answers((2, 2, 1, 1), impact=1, tried=TriedAdvice.NOT_ENOUGH))
    assert result.overall == Outcome.SPECIALIST
    assert result.domains[0].escalated
    assert any("12 weeks" in reason for reason in result.domains[0].reasons)


def test_targeted_where_advice_helped_stays_targeted():
    assert route(DEFINITION, answers((2, 2, 1, 1), impact=1, tried=TriedAdvice.HELPED)).overall == Outcome.TARGETED


def test_each_red_flag_gives_its_own_outcome_and_reason():
    for flag in RED_FLAGS:
        result = route(DEFINITION, answers(flags=[flag.code]))
        assert result.overall == flag.outcome
        assert result.reasons == (f"because you told us {flag.reason}",)


def test_most_urgent_red_flag_wins():
    assert route(DEFINITION, answers(flags=["lost-skills", "choking"])).overall == Outcome.GP_TODAY


def test_immediate_danger_needs_no_areas_and_stops():
    result = route(DEFINITION, Answers("young", {**NO_FLAGS, "harm": True}, {}))
    assert result.overall == Outcome.IMMEDIATE
    assert result.stopped


def test_overall_is_the_most_urgent_area():
    result = route(
        DEFINITION,
        Answers(
            "older",
            NO_FLAGS,
            {
                "dressing": DomainAnswers((0, 0, 0, 0), 0, TriedAdvice.HELPED),
                "hands": DomainAnswers((3, 3), 3, TriedAdvice.NOT_YET),
            },
        ),
    )
    assert [d.tier for d in result.domains] == [Outcome.UNIVERSAL, Outcome.SPECIALIST]
    assert result.overall == Outcome.SPECIALIST


def test_questions_follow_the_age_band():
    older = route(DEFINITION, answers((3, 0), impact=1, domain="hands", age_band="older"))
    assert older.domains[0].score == 5
    assert older.domains[0].reasons[-1].endswith("handwriting")
    with pytest.raises(InvalidAnswers):
        route(DEFINITION, answers((3, 0, 0), domain="hands", age_band="older"))


def test_reasons_name_the_hardest_questions():
    result = route(DEFINITION, answers((3, 3, 2, 2), impact=3))
    assert "q0; q1" in result.domains[0].reasons[-1]


def test_reasons_use_the_answer_labels_the_family_chose():
    # A label staff rename (or a new option they add) reads correctly in the reason.
    result = route(DEFINITION, answers((3, 3, 2, 2), impact=3))
    assert any("'level 3'" in reason and "q0; q1" in reason for reason in result.domains[0].reasons)
    assert not any("cannot do this" in reason for reason in result.domains[0].reasons)


def test_universal_with_twelve_weeks_of_advice_not_enough_moves_to_targeted():
    result = route(DEFINITION, answers((1, 0, 0, 0), impact=0, tried=TriedAdvice.NOT_ENOUGH))  # score 1
    domain = result.domains[0]
    assert domain.tier == Outcome.TARGETED and domain.escalated
    assert TWELVE_WEEKS_NOT_ENOUGH in domain.reasons
    assert not any("mostly manages" in reason for reason in domain.reasons)


def test_no_difficulty_reported_stays_universal_even_if_advice_has_not_helped():
    domain = route(DEFINITION, answers((0, 0, 0, 0), impact=0, tried=TriedAdvice.NOT_ENOUGH)).domains[0]
    assert domain.tier == Outcome.UNIVERSAL and not domain.escalated


def test_each_area_names_its_discipline_and_a_referral_names_who_it_goes_to():
    result = route(
        DEFINITION,
        Answers(
            "young",
            NO_FLAGS,
            {
                "dressing": DomainAnswers((1, 1, 1, 1), 2, TriedAdvice.NOT_YET),  # targeted
                "talking": DomainAnswers((3, 3, 3), 3, TriedAdvice.NOT_YET),  # specialist
            },
        ),
    )
    assert [(d.code, d.discipline) for d in result.domains] == [("dressing", OT), ("talking", SLT)]
    assert result.referral_disciplines == (SLT,)
    assert result.as_dict()["referral_disciplines"] == [SLT]


def test_a_red_flag_with_a_discipline_names_it_for_the_referral():
    result = route(DEFINITION, answers(flags=["lifting"], domain="talking", scores=(0, 0, 0)))
    assert result.overall == Outcome.SPECIALIST_URGENT
    assert result.referral_disciplines == (OT,)


def test_red_flag_results_do_not_say_check_again_or_mostly_manages():
    result = route(DEFINITION, answers((1, 0, 0, 0), flags=["lost-skills"]))
    assert result.domains[0].tier == Outcome.UNIVERSAL
    assert not result.offer_check_again
    assert not any("mostly manages" in reason for reason in all_words(result))


@pytest.mark.parametrize(
    "bad",
    [
        answers(age_band="teenager"),
        answers(scores=(0, 0, 0)),
        answers(scores=(0, 0, 0, 4)),
        answers(scores=(0, 0, 0, True)),
        answers(impact=9),
        answers(tried="maybe"),
        answers(domain="swimming"),
        Answers("young", {"lost-skills": False}, {}),
        Answers("young", {**NO_FLAGS, "lost-skills": "yes"}, {"dressing": DomainAnswers((0,) * 4, 0, "helped")}),
        Answers("young", NO_FLAGS, {}),
    ],
)
def test_invalid_or_missing_answers_raise_instead_of_routing(bad):
    with pytest.raises(InvalidAnswers):
        route(DEFINITION, bad)


def test_definition_with_thresholds_the_wrong_way_round_is_refused():
    with pytest.raises(InvalidDefinition):
        Definition(("young",), (), (Domain("d", "D", (Question("q"),), 9, 5),), SCALE, SCALE)


def test_area_without_questions_for_an_age_band_is_refused():
    with pytest.raises(InvalidDefinition):
        Definition(("young", "older"), (), (Domain("d", "D", (Question("q", ("young",)),), 1, 2),), SCALE, SCALE)


# --- Safety properties -----------------------------------------------------------------------

age_bands = st.sampled_from(DEFINITION.age_bands)
scores = st.integers(min_value=0, max_value=3)
tried = st.sampled_from(TriedAdvice.ORDER)
flag_sets = st.sets(st.sampled_from([flag.code for flag in RED_FLAGS]))


@st.composite
def full_answers(draw):
    band = draw(age_bands)
    chosen = draw(st.sets(st.sampled_from(DEFINITION.domains), min_size=1))
    domains = {
        d.code: DomainAnswers(
            tuple(draw(scores) for _ in d.questions_for(band)),
            draw(scores),
            draw(tried),
        )
        for d in chosen
    }
    flags = draw(flag_sets)
    return Answers(band, {f.code: f.code in flags for f in RED_FLAGS}, domains)


def more_severe(answers, data):
    """The same answers with one of them made more severe."""
    code = data.draw(st.sampled_from(sorted(answers.domains)))
    current = answers.domains[code]
    part = data.draw(st.sampled_from(["score", "impact", "tried", "flag"]))
    if part == "score":
        index = data.draw(st.integers(0, len(current.scores) - 1))
        new_scores = list(current.scores)
        new_scores[index] = data.draw(st.integers(current.scores[index], 3))
        changed = DomainAnswers(tuple(new_scores), current.impact, current.tried_advice)
    elif part == "impact":
        changed = DomainAnswers(current.scores, data.draw(st.integers(current.impact, 3)), current.tried_advice)
    elif part == "tried":
        position = TriedAdvice.ORDER.index(current.tried_advice)
        changed = DomainAnswers(
            current.scores, current.impact, data.draw(st.sampled_from(TriedAdvice.ORDER[position:]))
        )
    else:
        flag = data.draw(st.sampled_from(RED_FLAGS)).code
        return Answers(answers.age_band, {**answers.red_flags, flag: True}, answers.domains)
    return Answers(answers.age_band, answers.red_flags, {**answers.domains, code: changed})


@settings(max_examples=500)
@given(full_answers(), st.data())
def test_a_more_severe_answer_never_gives_a_less_urgent_outcome(before, data):
    after = more_severe(before, data)
    first, second = route(DEFINITION, before), route(DEFINITION, after)
    assert second.overall >= first.overall
    tiers_before = {d.code: d.tier for d in first.domains}
    for domain in second.domains:
        assert domain.tier >= tiers_before[domain.code]


@settings(max_examples=500)
@given(full_answers())
def test_any_red_flag_gives_at_least_its_own_outcome(answers):
    result = route(DEFINITION, answers)
    for flag in RED_FLAGS:
        if answers.red_flags[flag.code]:
            assert result.overall >= flag.outcome
    assert result.overall == max([f.outcome for f in result.red_flags] + [d.tier for d in result.domains])


def score_tier(domain, score):
    if score >= domain.specialist_threshold:
        return Outcome.SPECIALIST
    return Outcome.TARGETED if score >= domain.targeted_threshold else Outcome.UNIVERSAL


@settings(max_examples=500)
@given(full_answers())
def test_advice_that_has_not_helped_is_never_offered_again_as_the_only_help(answers):
    """12 weeks of an area's advice that has not helped enough, with any difficulty reported, moves the
    area up one tier from its score (universal to targeted, targeted to specialist) and says why."""
    result = route(DEFINITION, answers)
    for domain_result in result.domains:
        given_answers = answers.domains[domain_result.code]
        from_score = score_tier(DEFINITION.domain(domain_result.code), domain_result.score)
        if given_answers.tried_advice == TriedAdvice.NOT_ENOUGH and domain_result.score > 0:
            assert domain_result.tier == min(from_score + 1, Outcome.SPECIALIST)
            assert domain_result.tier > Outcome.UNIVERSAL
            assert TWELVE_WEEKS_NOT_ENOUGH in domain_result.reasons
            assert domain_result.escalated == (from_score < Outcome.SPECIALIST)
        else:
            assert domain_result.tier == from_score
            assert not domain_result.escalated


@settings(max_examples=500)
@given(full_answers())
def test_every_area_and_referral_names_its_discipline(answers):
    result = route(DEFINITION, answers)
    for domain_result in result.domains:
        assert domain_result.discipline == DEFINITION.domain(domain_result.code).discipline
    specialist = {d.discipline for d in result.domains if d.tier == Outcome.SPECIALIST}
    from_flags = {f.discipline for f in result.red_flags if f.discipline and f.outcome >= Outcome.SPECIALIST}
    assert set(result.referral_disciplines) == specialist | from_flags
    assert len(set(result.referral_disciplines)) == len(result.referral_disciplines)
    if result.overall == Outcome.SPECIALIST:
        assert result.referral_disciplines


@settings(max_examples=500)
@given(full_answers())
def test_red_flag_results_never_say_check_again_in_12_weeks_or_mostly_manages(answers):
    result = route(DEFINITION, answers)
    words = " ".join(all_words(result)).lower()
    if result.red_flags:
        assert not result.offer_check_again
        assert "mostly manages" not in words
        assert "check again" not in words and "in 12 weeks" not in words
    else:
        assert result.offer_check_again


# --- Reachability: the check before publishing agrees with every possible set of answers ------


@st.composite
def one_area_definitions(draw):
    questions = draw(st.integers(1, 3))
    targeted = draw(st.integers(0, 20))
    specialist = draw(st.integers(targeted, 24))
    scale = tuple(ScaleOption(f"s{n}", n) for n in sorted(draw(st.sets(st.integers(0, 4), min_size=1, max_size=4))))
    impact = tuple(ScaleOption(f"i{n}", n) for n in sorted(draw(st.sets(st.integers(0, 3), min_size=1, max_size=4))))
    domain = Domain("area", "Area", tuple(Question(f"q{n}") for n in range(questions)), targeted, specialist, OT)
    return Definition(("band",), (), (domain,), scale, impact, impact_weight=draw(st.integers(0, 3)))


@settings(max_examples=500)
@given(one_area_definitions())
def test_unreachable_tiers_are_exactly_those_no_answers_reach(definition):
    domain = definition.domains[0]
    reached = set()
    for scores in product(sorted(definition.scale_scores), repeat=len(domain.questions)):
        for impact in definition.impact_scores:
            answers = Answers("band", {}, {"area": DomainAnswers(scores, impact, TriedAdvice.NOT_YET)})
            reached.add(route(definition, answers).domains[0].tier)
    assert set(definition.unreachable_tiers(domain, "band")) == {t for t in TIERS if t not in reached}
    assert definition.max_score(domain, "band") == max(definition.possible_scores(domain, "band"))


# --- Language independence and plain Python (safety property 6; docs/clinical-safety.md) -------------------


def in_another_language(definition):
    """Every word staff write replaced (as a translation would), every code kept."""
    from dataclasses import replace

    def words(text):
        return f"[cy] {text}"

    def options(scale):
        return tuple(replace(option, label=words(option.label)) for option in scale)

    return replace(
        definition,
        red_flags=tuple(replace(f, question=words(f.question), reason=words(f.reason)) for f in definition.red_flags),
        domains=tuple(
            replace(d, name=words(d.name), questions=tuple(replace(q, text=words(q.text)) for q in d.questions))
            for d in definition.domains
        ),
        scale=options(definition.scale),
        impact_options=options(definition.impact_options),
    )


@settings(max_examples=500)
@given(full_answers())
def test_the_same_answers_in_another_language_give_the_same_outcome(given_answers):
    english, welsh = route(DEFINITION, given_answers), route(in_another_language(DEFINITION), given_answers)
    assert welsh.overall == english.overall
    assert [f.code for f in welsh.red_flags] == [f.code for f in english.red_flags]
    assert [(d.code, d.score, d.tier, d.escalated) for d in welsh.domains] == [
        (d.code, d.score, d.tier, d.escalated) for d in english.domains
    ]


def test_the_engine_is_plain_python():
    """No Django, no database, no settings: the same rules everywhere, deterministic and testable alone."""
    import ast
    import sys
    from pathlib import Path

    import selfassess.engine

    tree = ast.parse(Path(selfassess.engine.__file__).read_text())
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported <= set(sys.stdlib_module_names), imported - set(sys.stdlib_module_names)
