"""Issue 17, item 4: the impact preview re-scores the last 90 days' stored answers with the draft and counts, per
area, the families who would get more or less help; approvers see it in the approval step."""

import random
import time

import pytest

from selfassess import impact
from selfassess.impact import impact_preview
from selfassess.models import Assessment, Questionnaire, current_version
from selfassess.tests.factories import DRESSED_AT_10, DRESSED_AT_13, make_assessments, stored_answers

pytestmark = pytest.mark.django_db


def random_answer_sets(count, seed=17):
    """Answers spread over every area, age band and score, as families give them."""
    version = current_version()
    rng = random.Random(seed)
    scale = sorted(version.definition.scale_scores)
    impacts = sorted(version.definition.impact_scores)
    sets = []
    for _ in range(count):
        band = rng.choice(version.definition.age_bands)
        domains = rng.sample(version.definition.domains, rng.randint(1, 3))
        sets.append(
            stored_answers(
                version,
                band,
                {
                    d.code: (
                        [rng.choice(scale) for _ in d.questions_for(band)],
                        rng.choice(impacts),
                        rng.choice(["helped", "not-yet", "not-enough"]),
                    )
                    for d in domains
                },
            )
        )
    return sets


def draft_with_threshold(area_slug, name, value):
    """Save a draft of the live questionnaire with one area's threshold changed."""
    from home.models import LifeArea

    questionnaire = Questionnaire.objects.current()
    for block in questionnaire.domains.raw_data:
        if LifeArea.objects.get(pk=block["value"]["life_area"]).slug == area_slug:
            block["value"][name] = value
    questionnaire.save_revision()
    questionnaire.refresh_from_db()
    return questionnaire


def test_a_lower_specialist_threshold_moves_the_families_between_up_one_tier(questionnaire):
    version = current_version()
    make_assessments(
        [stored_answers(version, "5-to-11", {"getting-dressed": DRESSED_AT_10})] * 3
        + [stored_answers(version, "5-to-11", {"getting-dressed": DRESSED_AT_13})] * 2
        + [stored_answers(version, "under-5", {"play-and-leisure": ([1, 0, 0, 0], 0, "not-yet")})]
    )
    draft = draft_with_threshold("getting-dressed", "specialist_threshold", 10)

    preview = impact_preview(draft)

    assert preview.in_window == preview.considered == 6
    assert not preview.capped
    areas = {area.name: area for area in preview.areas}
    assert (areas["Getting dressed"].scored, areas["Getting dressed"].up, areas["Getting dressed"].down) == (5, 3, 0)
    assert (areas["Play and leisure"].up, areas["Play and leisure"].down) == (0, 0)
    assert preview.assessments_changed == 3
    assert preview.compared_with == "the live version"
    assert preview.examples == (
        "5 to 11 (primary school), Getting dressed: 'Advice and a group or workshop' → 'Ask for a referral' "
        "(score 10 of 18)",
    )


def test_a_higher_targeted_threshold_counts_families_who_would_get_less_help(questionnaire):
    version = current_version()
    make_assessments([stored_answers(version, "12-to-18", {"hand-skills": ([2, 2, 1, 0], 1, "helped")})])  # 7
    preview = impact_preview(draft_with_threshold("hand-skills", "targeted_threshold", 8))
    (area,) = preview.areas
    assert (area.name, area.up, area.down) == ("Hand skills for nursery and school", 0, 1)
    assert "'Advice and a group or workshop' → 'Advice you can start today'" in preview.examples[0]


def test_no_codes_dates_or_identities_in_the_examples(questionnaire):
    make_assessments(random_answer_sets(200))
    preview = impact_preview(draft_with_threshold("movement-and-coordination", "specialist_threshold", 9))
    assert 0 < len(preview.examples) <= impact.EXAMPLES
    text = " ".join(preview.examples)
    for assessment in Assessment.objects.all():
        assert assessment.code not in text and assessment.display_code not in text
    assert "movement-and-coordination" not in text  # area names, not slugs
    assert "specialist" not in text and "5-to-11" not in text


def test_only_the_last_90_days_count(questionnaire):
    version = current_version()
    make_assessments([stored_answers(version, "5-to-11", {"getting-dressed": DRESSED_AT_10})], days_ago=91)
    make_assessments([stored_answers(version, "5-to-11", {"getting-dressed": DRESSED_AT_10})], days_ago=89)
    preview = impact_preview(draft_with_threshold("getting-dressed", "specialist_threshold", 10))
    assert preview.in_window == 1
    assert preview.areas[0].up == 1


def test_answers_that_no_longer_fit_the_draft_are_counted_not_guessed(questionnaire):
    version = current_version()
    make_assessments([stored_answers(version, "5-to-11", {"getting-dressed": DRESSED_AT_10})])
    questionnaire = Questionnaire.objects.current()
    questionnaire.domains.raw_data[0]["value"]["questions"].pop()  # Getting dressed loses a question
    questionnaire.save_revision()
    preview = impact_preview(questionnaire)
    assert preview.not_scored == 1
    assert preview.areas == ()


def test_an_unchanged_draft_changes_nothing(questionnaire):
    make_assessments(random_answer_sets(100))
    preview = impact_preview(Questionnaire.objects.current())
    assert preview.considered == 100 and preview.changes == 0 and preview.examples == ()


def test_the_count_is_capped_at_the_most_recent(questionnaire, monkeypatch):
    make_assessments(random_answer_sets(30))
    preview = impact_preview(Questionnaire.objects.current(), limit=20)
    assert (preview.in_window, preview.considered, preview.capped) == (30, 20, True)


def test_five_thousand_assessments_are_scored_in_well_under_a_few_seconds(questionnaire, capsys):
    """The measure behind MOST_ASSESSMENTS: 5,000 stored assessments (1 to 3 areas each), scored by the live
    version and a draft. On the 2-core development machine this takes about 0.2 s."""
    make_assessments(random_answer_sets(5000))
    draft = draft_with_threshold("getting-dressed", "specialist_threshold", 10)
    started = time.perf_counter()
    preview = impact_preview(draft)
    seconds = time.perf_counter() - started
    with capsys.disabled():
        print(f"\nimpact preview: {preview.considered} assessments in {seconds:.2f} s")
    assert preview.considered == 5000 == impact.MOST_ASSESSMENTS
    assert preview.areas and preview.changes > 0
    assert seconds < 5


def test_the_draft_as_saved_is_previewed_not_the_live_version(questionnaire):
    version = current_version()
    make_assessments([stored_answers(version, "5-to-11", {"getting-dressed": DRESSED_AT_10})])
    draft = draft_with_threshold("getting-dressed", "specialist_threshold", 10)
    assert draft.live_revision_id != draft.latest_revision_id
    preview = impact_preview(draft)
    assert preview.draft_revision_id == draft.latest_revision_id
    assert preview.areas[0].up == 1
