"""The demo questionnaire, its safety scenarios, and publishing being refused when one fails."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Revision

from home.models import AdviceTopicPage, AgeBand, LifeArea
from selfassess.definitions import build_version, failing_scenarios
from selfassess.engine import TIERS, Outcome
from selfassess.models import Questionnaire, ScenarioCheckFailed, SupportOffer, current_version
from selfassess.tests.admin_posts import admin_form_data

pytestmark = pytest.mark.django_db


def test_demo_questionnaire_is_live_with_every_area_and_age_band(questionnaire):
    version = current_version()
    assert set(version.life_areas) == set(LifeArea.objects.values_list("slug", flat=True))
    assert set(version.definition.age_bands) == set(AgeBand.objects.values_list("slug", flat=True))
    assert failing_scenarios(version.questionnaire) == []


def test_demo_scenarios_cover_every_red_flag_tier_escalation_and_age_band(questionnaire):
    questionnaire = Questionnaire.objects.current()
    scenarios = [block.value for block in questionnaire.scenarios]
    assert len(scenarios) >= 20
    flagged = {code.strip() for s in scenarios for code in s["red_flags"].split(",") if code.strip()}
    assert flagged == {block.value["code"] for block in questionnaire.red_flags}
    tiers = {area["expected_tier"] for s in scenarios for area in s["areas"]}
    assert tiers == {tier.code for tier in TIERS}
    assert any(
        area["tried_advice"] == "not-enough" and area["expected_tier"] == "specialist"
        for s in scenarios
        for area in s["areas"]
    )
    assert {s["age_band"] for s in scenarios} == set(AgeBand.objects.values_list("slug", flat=True))


def test_every_area_and_age_band_has_an_advice_topic(demo_site):
    for area in LifeArea.objects.all():
        for band in AgeBand.objects.all():
            topics = AdviceTopicPage.objects.live().filter(life_areas=area, age_bands=band)
            assert topics.exists(), f"no advice topic for {area} and {band}"


def test_demo_has_workshops_and_targeted_offers(questionnaire):
    assert SupportOffer.objects.filter(kind=SupportOffer.Kind.WORKSHOP).count() >= 2
    assert SupportOffer.objects.filter(kind=SupportOffer.Kind.TARGETED).count() >= 2


def break_first_scenario(questionnaire):
    data = questionnaire.scenarios.raw_data
    data[0]["value"]["expected_outcome"] = Outcome.IMMEDIATE.code
    return data[0]["value"]["name"]


def test_publishing_with_a_failing_scenario_raises_outside_the_admin(questionnaire):
    questionnaire = Questionnaire.objects.current()
    live_revision = questionnaire.live_revision_id
    name = break_first_scenario(questionnaire)
    revision = questionnaire.save_revision()
    with pytest.raises(ScenarioCheckFailed, match=name):
        revision.publish()
    questionnaire.refresh_from_db()
    assert questionnaire.live_revision_id == live_revision


@pytest.fixture
def admin_client(client, questionnaire):
    client.force_login(get_user_model().objects.create_superuser("lead", password="x" * 12))
    return client


def test_admin_refuses_to_publish_and_names_the_failing_scenario(admin_client):
    questionnaire = Questionnaire.objects.current()
    url = f"/admin/snippets/selfassess/questionnaire/edit/{questionnaire.pk}/"
    assert admin_client.get(url).status_code == 200
    data = admin_form_data(questionnaire)
    scenario_name = data["scenarios-0-value-name"]
    data["scenarios-0-value-expected_outcome"] = "immediate"
    data["action-publish"] = "action-publish"
    live_revision = questionnaire.live_revision_id

    response = admin_client.post(url, data, follow=True)

    questionnaire.refresh_from_db()
    assert questionnaire.live_revision_id == live_revision
    text = response.content.decode()
    assert "Not published" in text
    assert scenario_name in text
    # The change is kept as a draft so the clinical lead can fix it.
    assert questionnaire.latest_revision_id != live_revision


def test_admin_publishes_when_every_scenario_passes(admin_client):
    questionnaire = Questionnaire.objects.current()
    url = f"/admin/snippets/selfassess/questionnaire/edit/{questionnaire.pk}/"
    data = admin_form_data(questionnaire)
    data["title"] = "Check your child's needs (reviewed)"
    data["action-publish"] = "action-publish"
    admin_client.post(url, data)
    questionnaire.refresh_from_db()
    assert questionnaire.title == "Check your child's needs (reviewed)"
    assert current_version().revision_id == questionnaire.live_revision_id


def test_assessment_is_rescored_by_its_own_revision(client, questionnaire):
    """An assessment answered before a new version went live is scored by the version it was answered
    on: a later change to the questions or thresholds does not change a family's past result."""
    from selfassess import engine
    from selfassess.journey import rescore, stored_answers
    from selfassess.models import Assessment
    from selfassess.tests.journeys import MILD, complete

    complete(client, ["getting-dressed"], MILD)
    assessment = Assessment.objects.get()
    answered_on = assessment.revision_id
    _, outcome_then = rescore(assessment)

    # A new version adds a stronger impact answer: every area can now score higher, so the same
    # answers would be out of a different total.
    live = Questionnaire.objects.current()
    strongest = max(option.value["score"] for option in live.impact_options)
    live.impact_options.append(("option", {"label": "It stops everything we do", "score": strongest + 1}))
    live.save_revision().publish()
    assert Questionnaire.objects.current().live_revision_id != answered_on
    scored_by_the_new_version = engine.route(current_version().definition, stored_answers(assessment))
    assert scored_by_the_new_version.as_dict() != outcome_then.as_dict()

    version, outcome_now = rescore(assessment)
    assert version.revision_id == answered_on
    assert version.definition == build_version(Revision.objects.get(pk=answered_on).as_object()).definition
    assert outcome_now.as_dict() == outcome_then.as_dict()


# --- Reachability and coverage, checked before publishing (issue 17) ---------------------------


def set_threshold(questionnaire, area_slug, name, value):
    for block in questionnaire.domains.raw_data:
        if LifeArea.objects.get(pk=block["value"]["life_area"]).slug == area_slug:
            block["value"][name] = value


def problems_text(questionnaire):
    return " | ".join(f"{name}: {why}" for name, why in failing_scenarios(questionnaire))


def test_a_threshold_above_the_highest_score_blocks_publishing_naming_the_area_and_numbers(questionnaire):
    questionnaire = Questionnaire.objects.current()
    live_revision = questionnaire.live_revision_id
    set_threshold(questionnaire, "getting-dressed", "specialist_threshold", 30)
    text = problems_text(questionnaire)
    assert "Getting dressed" in text and "30" in text and "18" in text
    assert "no family could be offered a referral" in text
    with pytest.raises(ScenarioCheckFailed, match="Getting dressed"):
        questionnaire.save_revision().publish()
    questionnaire.refresh_from_db()
    assert questionnaire.live_revision_id == live_revision


def test_thresholds_that_leave_a_tier_unreachable_are_named(questionnaire):
    questionnaire = Questionnaire.objects.current()
    set_threshold(questionnaire, "hand-skills", "targeted_threshold", 12)  # equal to the specialist threshold
    set_threshold(questionnaire, "personal-care", "targeted_threshold", 0)
    text = problems_text(questionnaire)
    assert "Hand skills for nursery and school" in text and "no family could be offered a group or workshop" in text
    assert "Toileting, washing and personal care" in text and "advice alone" in text


def test_removing_a_tiers_scenarios_blocks_publishing_in_staff_words(questionnaire):
    questionnaire = Questionnaire.objects.current()
    # Take out every scenario that expects "universal" for "Getting dressed".
    questionnaire.scenarios = [
        dict(block)
        for block in questionnaire.scenarios.raw_data
        if not any(
            a["life_area"] == "getting-dressed" and a["expected_tier"] == Outcome.UNIVERSAL.code
            for a in block["value"]["areas"]
        )
    ]
    text = problems_text(questionnaire)
    assert "Getting dressed" in text
    assert "Advice you can start today" in text
    assert "just below the targeted threshold" in text
    # Staff words only: no internal codes.
    assert "getting-dressed" not in text and "'universal'" not in text


def test_a_red_flag_without_a_scenario_blocks_publishing(questionnaire):
    questionnaire = Questionnaire.objects.current()
    questionnaire.scenarios = [
        dict(block) for block in questionnaire.scenarios.raw_data if "harm" not in block["value"]["red_flags"]
    ]
    text = problems_text(questionnaire)
    assert "Are you worried that someone is harming your child" in text


def test_a_failing_scenario_is_described_in_staff_words(questionnaire):
    questionnaire = Questionnaire.objects.current()
    break_first_scenario(questionnaire)
    text = problems_text(questionnaire)
    assert "expected 'Get help now' overall" in text
    assert "'immediate'" not in text


def test_admin_names_the_unreachable_threshold_when_publishing(admin_client):
    questionnaire = Questionnaire.objects.current()
    url = f"/admin/snippets/selfassess/questionnaire/edit/{questionnaire.pk}/"
    data = admin_form_data(questionnaire)
    data["domains-0-value-specialist_threshold"] = "30"
    data["action-publish"] = "action-publish"
    text = admin_client.post(url, data, follow=True).content.decode()
    assert "Not published" in text
    assert "Getting dressed" in text and "30" in text and "18" in text
