"""Hostile input to every referral form: no server errors, and one journey never makes two referrals.

The states fixture walks a parent's and a professional's journey once, keeping the session at
every step; each example restores one of them (so steps are reached early, late or after sending)
and sends one hostile request.
"""

import datetime

import pytest
from django.db.models import Count
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
from referrals import journey
from referrals.models import Referral
from referrals.tests.factories import VALID_NHS_NUMBER, ReferralFactory
from referrals.tests.journeys import parent_answers
from referrals.views.outcome import STATUS_SESSION_KEY

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

PROFESSIONAL = {
    "who": {"referrer_kind": "school"},
    "consent": {
        "parent_consent": "on",
        "sharing_consent": "on",
        "parent_name": "Alex Parent",
        "parent_phone": "01632 960 001",
        "parent_email": "",
    },
    "contact": {
        "name": "Jo Teacher",
        "role": "SENCo",
        "organisation": "Example Primary",
        "email": "jo@example.sch.uk",
        "phone": "",
        "update_preference": "email",
    },
}
DATES = ["15", "3", "2018", "0", "31", "12", "2026", "1899", "99999999999999999999", "-1", "١٢"]


def step_fields(area_pk):
    """Every step's fields with a few valid values each, so hostile values meet otherwise valid forms."""
    text = ["Example", "O'Neill-Smith", "Zoë"]
    return {
        "who": {"referrer_kind": ["parent", "school", "professional"]},
        "child": {
            "first_name": text,
            "last_name": text,
            "date_of_birth_0": DATES,
            "date_of_birth_1": DATES,
            "date_of_birth_2": DATES,
            "nhs_number": [VALID_NHS_NUMBER, "9434765918", ""],
        },
        "postcode": {"postcode": ["sg1 2ab", "AL1 1AA", "SG14 1AB", "ZZ1 1ZZ", "SG1"]},
        "school": {"school": ["Example Primary", ""]},
        "needs": {"life_areas": [str(area_pk), "0", "999999"], "help_wanted": text, "tried_already": text},
        # Files are fuzzed in test_attachments.py; here the page's buttons and its remove form.
        "evidence": {"action": ["add", "continue"], "remove": ["1", "0"]},
        "services": {"other_services": text},
        "communication": {
            "needs_interpreter": ["yes", "no"],
            "language": ["Polish", ""],
            "accessible_formats": ["Large print", ""],
        },
        "consent": {
            "parent_consent": ["on", "true", "false"],
            "sharing_consent": ["on", "0"],
            "parent_name": text,
            "parent_phone": ["01632 960 001", "+44 (0)1632-960001"],
            "parent_email": ["a@example.org", "not-an-email"],
        },
        "contact": {
            "name": text,
            "role": text,
            "organisation": text,
            "email": ["sam@example.org", "@", ""],
            "phone": ["07700 900 982", "123"],
            "update_preference": ["email", "phone", "either"],
        },
    }


def walk(client, answers):
    """Post each step in turn; return the session's journey after each, keyed by the step it was about to show."""
    found = {}
    client.post("/refer/start/")
    for slug, data in answers.items():
        found[f"{answers['who']['referrer_kind']}:{slug}"] = client.session[journey.SESSION_KEY]
        response = client.post(f"/refer/{slug}/", data)
        assert response.status_code == 302, slug
    found[f"{answers['who']['referrer_kind']}:check"] = client.session[journey.SESSION_KEY]
    return found


@pytest.fixture
def states(client, teams, area):
    parent = parent_answers(area.pk)
    professional = {slug: PROFESSIONAL.get(slug, data) for slug, data in parent.items()}
    found = {"none": None, **walk(client, parent), **walk(client, professional)}
    # Stopped at "cannot refer" (outside every team's area), and a journey already sent.
    found["stopped"] = {**found["parent:check"], "stopped_postcode": "ZZ1 1ZZ", "stopped_team": teams["east"].pk}
    found["sent"] = {**found["parent:check"], "key": "00000000-0000-4000-8000-000000000000", "sent": "nope"}
    client.cookies.clear()
    return found


def restore(client, states, data):
    name = data.draw(sampled(sorted(states)), label="state")
    set_session(client, **{journey.SESSION_KEY: states[name]})
    return name


def assert_one_referral_per_journey():
    repeated = Referral.objects.values("idempotency_key").annotate(n=Count("pk")).filter(n__gt=1)
    assert not repeated.exists(), "one journey made two referrals"


@fuzz_settings
@given(data=st.data())
def test_start_page_and_start(client, states, data):
    restore(client, states, data)
    method = data.draw(sampled(["GET", "POST"]), label="method")
    request = data.draw(hostile_request({"assessment": ["ABCDE 23456", "abcde-23456", ""]}), label="request")
    assert_handled(send(client, method, "/refer/" if method == "GET" else "/refer/start/", request))


@pytest.mark.parametrize("slug", [step.slug for step in journey.STEPS] + ["not-a-step"])
@fuzz_settings
@given(data=st.data())
def test_each_step(client, states, area, slug, data):
    """Each step's form: hostile answers, posted before, during and after the journey reaches it."""
    restore(client, states, data)
    fields = step_fields(area.pk).get(slug, {})
    method = data.draw(sampled(["POST", "POST", "POST", "GET"]), label="method")
    request = data.draw(hostile_request(fields), label="request")
    assert_handled(send(client, method, f"/refer/{slug}/", request))


@fuzz_settings
@given(data=st.data())
def test_check_your_answers_sends_once(client, states, area, data):
    """A changed answer, then "Send" once or twice: never a server error, never two referrals for one journey."""
    restore(client, states, data)
    if data.draw(st.booleans(), label="change an answer first"):
        slug = data.draw(sampled([step.slug for step in journey.STEPS]), label="step")
        request = data.draw(hostile_request(step_fields(area.pk)[slug]), label="request")
        assert_handled(send(client, "POST", f"/refer/{slug}/", request))
    first = send(client, data.draw(sampled(["POST", "GET"]), label="method"), "/refer/check-your-answers/")
    assert_handled(first)
    if data.draw(st.booleans(), label="send twice"):
        second = send(client, "POST", "/refer/check-your-answers/")
        assert_handled(second)
        if first.status_code == 302 and "/refer/sent/" in first["Location"]:
            assert second["Location"] == first["Location"]
    assert_one_referral_per_journey()


@fuzz_settings
@given(data=st.data())
def test_status_lookup(client, states, data):
    referral = Referral.objects.first() or ReferralFactory(child_date_of_birth=datetime.date(2018, 3, 15))
    fields = {
        "reference": [referral.reference, referral.reference.lower().replace("-", " "), "RF-AAA-AAA"],
        "date_of_birth_0": DATES,
        "date_of_birth_1": DATES,
        "date_of_birth_2": DATES,
    }
    set_session(client, **{STATUS_SESSION_KEY: data.draw(sampled([None, referral.pk]), label="looked up")})
    method = data.draw(sampled(["POST", "POST", "GET"]), label="method")
    path = data.draw(sampled(["/refer/status/", "/refer/status/result/"]), label="path")
    assert_handled(send(client, method, path, data.draw(hostile_request(fields), label="request")))


@fuzz_settings
@given(data=st.data())
def test_cannot_refer_and_confirmation_pages(client, states, data):
    restore(client, states, data)
    sent = Referral.objects.first() or ReferralFactory()
    reason = data.draw(segment_or(["age", "area", "referrer"]), label="reason")
    token = data.draw(segment_or(["the referral's"]), label="token")
    token = sent.confirmation_token if token == "the referral's" else token
    path = data.draw(sampled([f"/refer/cannot-refer/{quote(reason)}/", f"/refer/sent/{quote(token)}/"]))
    method = data.draw(sampled(["GET", "GET", "POST"]), label="method")
    assert_handled(send(client, method, path, data.draw(hostile_request(), label="request")))


@fuzz_settings
@given(data=st.data())
def test_steps_in_any_order(client, states, area, data):
    """Steps and check answers in a random order, with real or hostile answers: never a server error."""
    restore(client, states, data)
    fields = step_fields(area.pk)
    slugs = [step.slug for step in journey.STEPS]
    for _ in range(data.draw(st.integers(2, 3), label="requests")):
        slug = data.draw(sampled([*slugs, "check-your-answers", "start"]), label="step")
        method = data.draw(sampled(["POST", "GET"]), label="method")
        request = data.draw(hostile_request(fields.get(slug)), label="request")
        assert_handled(send(client, method, f"/refer/{slug}/", request))
    assert_one_referral_per_journey()
