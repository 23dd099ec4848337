import pytest

from referrals.models import Referral
from referrals.tests.factories import parent_answers, walk_to_check
from selfassess.definitions import current_version, version_for_revision
from selfassess.tests.factories import SEVERE, complete, load_questionnaire_only

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_versions():
    version_for_revision.cache_clear()
    yield
    version_for_revision.cache_clear()


def test_assessment_answers_are_carried_over_not_asked_again(client, teams):
    load_questionnaire_only()
    version = current_version()
    area_code = version.definition.domains[0].code
    complete(client, [area_code], SEVERE)
    from selfassess.models import Assessment

    assessment = Assessment.objects.get()
    start = client.get(f"/refer/?assessment={assessment.code}").content.decode()
    assert "We will add your self-assessment answers" in start
    answers = parent_answers(0)
    answers["needs"] = {"help_wanted": "As in the assessment"}
    walk_to_check(client, answers, assessment=assessment.code)
    needs_page = client.get("/refer/needs/").content.decode()
    assert 'name="life_areas"' not in needs_page
    assert version.definition.domains[0].name in needs_page
    check = client.get("/refer/check-your-answers/").content.decode()
    assert "From your self-assessment" in check
    client.post("/refer/check-your-answers/")
    referral = Referral.objects.get()
    assert referral.assessment == assessment
    assert [area.slug for area in referral.life_areas.all()] == [area_code]
    assert referral.assessment_summary[0]["slug"] == area_code
    assert referral.assessment_summary[0]["answers"]
