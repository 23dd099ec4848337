"""Hostile input to every self-assessment form: no server errors, whatever is posted and in whatever order.

Each test walks the journey once to collect real session states, then every example restores one
of them (or a later or earlier one: steps taken out of order) and sends one hostile request.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal.tests.fuzzing import (
    assert_handled,
    fuzz_settings,
    hostile_request,
    quote,
    sampled,
    segment_or,
    send,
    set_session,
)
from selfassess import journey
from selfassess.blocks import TRIED_ADVICE_CHOICES
from selfassess.models import Assessment, StrategyNote, current_version
from selfassess.tests.journeys import MILD, area_post, no_red_flags

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

AREAS = ["getting-dressed", "hand-skills"]
STEP_PATHS = {
    "start-page": "/self-assessment/",
    "start": "/self-assessment/start/",
    "age": "/self-assessment/age/",
    "red-flags": "/self-assessment/safety-questions/",
    "get-help-now": "/self-assessment/get-help-now/",
    "areas": "/self-assessment/areas/",
    "area": "/self-assessment/areas/getting-dressed/",
    "check": "/self-assessment/check-your-answers/",
    "result": "/self-assessment/result/",
    "progress": "/self-assessment/progress/",
    "record": "/self-assessment/progress/record/",
    "check-again": "/self-assessment/progress/check-again/",
    "tried": "/self-assessment/progress/what-you-tried/",
}


def snapshot(client):
    return {key: client.session.get(key) for key in (journey.SESSION_KEY, journey.RESULT_KEY)}


@pytest.fixture
def states(client, questionnaire):
    """Real session states at each point of the journey, keyed by the step the family is on."""
    found = {"none": {journey.SESSION_KEY: None, journey.RESULT_KEY: None}}
    client.post("/self-assessment/start/")
    found["age"] = snapshot(client)
    client.post("/self-assessment/age/", {"age_band": "5-to-11"})
    found["red-flags"] = snapshot(client)
    client.post("/self-assessment/safety-questions/", {**no_red_flags(), "flag_harm": "yes"})
    found["get-help-now"] = snapshot(client)
    client.post("/self-assessment/safety-questions/", no_red_flags())
    found["areas"] = snapshot(client)
    client.post("/self-assessment/areas/", {"areas": AREAS})
    found["area"] = snapshot(client)
    client.post(f"/self-assessment/areas/{AREAS[0]}/", area_post(client, AREAS[0], MILD))
    client.post(f"/self-assessment/areas/{AREAS[1]}/", area_post(client, AREAS[1], MILD))
    found["check"] = snapshot(client)
    client.post("/self-assessment/check-your-answers/")
    found["result"] = snapshot(client)
    stale = dict(found["check"][journey.SESSION_KEY], revision=10**9)
    found["stale-version"] = {journey.SESSION_KEY: stale, journey.RESULT_KEY: None}
    found["returning"] = {**found["check"], journey.RESULT_KEY: found["result"][journey.RESULT_KEY]}
    return found


def restore(client, states, name):
    set_session(client, **states[name])


@pytest.fixture
def fields(states):
    """Each step's form fields with valid values, from the live questionnaire version (worked out once)."""
    version = current_version()
    scores = [str(option.score) for option in version.definition.scale]
    impact = [str(option.score) for option in version.definition.impact_options]
    area_state = states["area"][journey.SESSION_KEY]
    return {
        "age": {"age_band": [band.slug for band in version.age_bands]},
        "red-flags": {f"flag_{flag.code}": ["yes", "no", "no"] for flag in version.definition.red_flags},
        "areas": {"areas": [domain.code for domain in version.definition.domains]},
        "area": {
            # The identity the area pages carry, so hostile answers also reach the form, not only the refusal.
            "journey": [area_state["id"]],
            "questions": [journey.identity(area_state, version, "area", code)["questions"] for code in AREAS],
            **{f"q{index}": scores for index in range(6)},
            "impact": impact,
            "tried_advice": [value for value, _ in TRIED_ADVICE_CHOICES],
        },
        "progress": {"code": [assessment.code for assessment in Assessment.objects.all()] + ["ABCDE 23456"]},
        "tried": {
            "advice": ["other"],
            "something_else": ["A picture list"],
            "area": AREAS,
            "how_often": [value for value, _ in StrategyNote.HowOften.choices],
            "weeks": ["1", "8", "52"],
            "helped": [value for value, _ in StrategyNote.Helped.choices],
        },
    }


def fuzz_step(client, states, fields, data, step, path=None):
    restore(client, states, data.draw(sampled(sorted(states)), label="state"))
    method = data.draw(sampled(["POST", "POST", "POST", "GET"]), label="method")
    request = data.draw(hostile_request(fields.get(step)), label="request")
    response = send(client, method, path or STEP_PATHS[step], request)
    assert_handled(response)
    return response


@fuzz_settings
@given(data=st.data())
def test_start_page_and_start(client, states, fields, data):
    fuzz_step(client, states, fields, data, data.draw(sampled(["start-page", "start"])))


@fuzz_settings
@given(data=st.data())
def test_age_step(client, states, fields, data):
    fuzz_step(client, states, fields, data, "age")


@fuzz_settings
@given(data=st.data())
def test_safety_questions_step(client, states, fields, data):
    fuzz_step(client, states, fields, data, "red-flags")


@fuzz_settings
@given(data=st.data())
def test_areas_step(client, states, fields, data):
    fuzz_step(client, states, fields, data, "areas")


@fuzz_settings
@given(data=st.data())
def test_one_area_step(client, states, fields, data):
    code = data.draw(segment_or(["getting-dressed", "hand-skills", "eating"]), label="area code")
    fuzz_step(client, states, fields, data, "area", path=f"/self-assessment/areas/{quote(code)}/")


@fuzz_settings
@given(data=st.data())
def test_check_your_answers(client, states, fields, data):
    """However "check answers" is reached or repeated, one journey saves at most one assessment."""
    before = Assessment.objects.count()
    response = fuzz_step(client, states, fields, data, "check")
    if data.draw(st.booleans(), label="send twice"):
        assert_handled(send(client, "POST", STEP_PATHS["check"]))
    assert Assessment.objects.count() - before <= 1
    if response.status_code == 302 and Assessment.objects.count() > before:
        assert response["Location"] == "/self-assessment/result/"


@fuzz_settings
@given(data=st.data())
def test_progress_code_lookup(client, states, fields, data, settings):
    settings.SELFASSESS_CODE_LOOKUP_LIMIT = 10**9  # the attempt limit has its own tests
    fuzz_step(client, states, fields, data, "progress")


@fuzz_settings
@given(data=st.data())
def test_progress_record_and_what_was_tried(client, states, fields, data):
    """Issue 18: the progress record, checking again and the strategies record, from any point of a journey."""
    fuzz_step(client, states, fields, data, data.draw(sampled(["record", "check-again", "tried"])))


@fuzz_settings
@given(data=st.data())
def test_result_and_get_help_now_pages(client, states, fields, data):
    fuzz_step(client, states, fields, data, data.draw(sampled(["result", "get-help-now"])))


@fuzz_settings
@given(data=st.data())
def test_steps_in_any_order(client, states, fields, data, settings):
    """Steps visited out of order, skipped, repeated, with real or hostile answers: never a server error."""
    settings.SELFASSESS_CODE_LOOKUP_LIMIT = 10**9
    restore(client, states, data.draw(sampled(sorted(states)), label="state"))
    for _ in range(data.draw(st.integers(2, 3), label="steps")):
        step = data.draw(sampled(sorted(STEP_PATHS)), label="step")
        method = data.draw(sampled(["POST", "GET"]), label="method")
        request = data.draw(hostile_request(fields.get(step)), label="request")
        assert_handled(send(client, method, STEP_PATHS[step], request))


def test_hostile_text_reaches_the_view_unchanged_where_it_can(client, questionnaire):
    """A check on the sender itself: NUL, a lone surrogate and 100 KB arrive as a real request would."""
    client.post("/self-assessment/start/")
    request = {"pairs": [("age_band", "\x00\ud800" + "A" * 100_000)], "body_format": "urlencoded"}
    response = send(client, "POST", STEP_PATHS["age"], request)
    assert response.status_code == 200
    assert response.wsgi_request.POST["age_band"].startswith("\x00\ufffd")
    assert "Select how old your child is" in response.content.decode()
