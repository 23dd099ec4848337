"""Issue 15: the referral journey finds the postcode's team and scores the self-assessment once, then
carries both, so every page and the saved referral agree and nothing is worked out again."""

import pytest

from home import finder
from portal.tests.support import count_calls
from referrals.models import Referral
from referrals.tests.journeys import parent_answers, walk_to_check
from selfassess import engine
from selfassess.definitions import version_for_revision
from selfassess.models import Assessment, current_version
from selfassess.tests.factories import load_questionnaire_only
from selfassess.tests.journeys import SEVERE, complete

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_versions():
    version_for_revision.cache_clear()
    yield
    version_for_revision.cache_clear()


def test_a_referral_from_a_self_assessment_finds_the_team_and_scores_the_answers_once(client, teams, monkeypatch):
    load_questionnaire_only()
    area = current_version().definition.domains[0]
    complete(client, [area.code], SEVERE)
    assessment = Assessment.objects.get()
    team_lookups = count_calls(monkeypatch, finder.team_for_postcode)
    scorings = count_calls(monkeypatch, engine.route)

    start = client.get(f"/refer/?assessment={assessment.code}", follow=True).content.decode()
    assert "occupational therapy" in start.lower()
    scored_for_the_start_page = len(scorings)
    assert scored_for_the_start_page >= 1
    answers = parent_answers(0)
    answers["needs"] = {"help_wanted": "As in the assessment"}
    walk_to_check(client, answers)
    assert area.name in client.get("/refer/needs/").content.decode()
    check = client.get("/refer/check-your-answers/").content.decode()
    assert "North Team" in check and area.name in check
    assert client.post("/refer/check-your-answers/").status_code == 302

    referral = Referral.objects.get()
    assert referral.team == teams["north"]
    assert referral.assessment_summary[0]["area"] == area.name
    # Found once at the postcode step; scored once, for the start page; both carried from there.
    assert len(team_lookups) == 1
    assert len(scorings) == scored_for_the_start_page
    # What was carried goes with the answers once the referral is sent (a shared computer keeps none of it).
    assert area.name not in str(client.session.items())


def test_changing_the_postcode_finds_the_new_team(client, teams, area):
    walk_to_check(client, parent_answers(area.pk))
    assert "North Team" in client.get("/refer/check-your-answers/").content.decode()
    client.post("/refer/postcode/", {"postcode": "AL1 1AA"})
    assert "South Team" in client.get("/refer/check-your-answers/").content.decode()
    client.post("/refer/check-your-answers/")
    assert Referral.objects.get().team == teams["south"]
