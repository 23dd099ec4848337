import pytest
from django.test import override_settings

from referrals.models import Referral
from referrals.tests.journeys import parent_answers, walk_to_check
from selfassess.definitions import version_for_revision
from selfassess.models import current_version
from selfassess.tests.factories import load_questionnaire_only
from selfassess.tests.journeys import SEVERE, complete

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
    start = client.get(f"/refer/?assessment={assessment.code}", follow=True).content.decode()
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


def completed_assessment(client):
    from selfassess.models import Assessment

    load_questionnaire_only()
    complete(client, [current_version().definition.domains[0].code], SEVERE)
    return Assessment.objects.get()


@override_settings(SELFASSESS_CODE_LOOKUP_LIMIT=10)
def test_refer_link_lookups_count_against_the_progress_check_limit(client, teams):
    """Finding 8b: /refer/?assessment= was a second door for guessing return codes, with no limit."""
    assessment = completed_assessment(client)
    for _ in range(10):
        assert client.post("/self-assessment/progress/", {"code": "ABCDE23456"}).status_code == 200
    response = client.get(f"/refer/?assessment={assessment.code}")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert "We will add your self-assessment answers" not in response.content.decode()


@override_settings(SELFASSESS_CODE_LOOKUP_LIMIT=10)
def test_progress_check_counts_lookups_made_through_the_refer_link(client, teams):
    assessment = completed_assessment(client)
    for _ in range(10):
        assert client.get("/refer/?assessment=ABCDE23456").status_code == 302
    assert client.post("/self-assessment/progress/", {"code": assessment.code}).status_code == 429


def test_refer_link_keeps_the_code_in_the_session_not_the_address(client, teams):
    assessment = completed_assessment(client)
    response = client.get(f"/refer/?assessment={assessment.display_code}")
    assert response.status_code == 302
    assert response["Location"] == "/refer/"
    start = client.get("/refer/").content.decode()
    assert "We will add your self-assessment answers" in start
    assert assessment.code not in start and assessment.display_code not in start
    client.post("/refer/start/")
    assert client.session["referral_journey"]["assessment"] == assessment.code


def test_an_unknown_code_in_the_refer_link_is_dropped_from_the_address_too(client, teams):
    response = client.get("/refer/?assessment=ABCDE23456")
    assert response["Location"] == "/refer/"
    assert "We will add your self-assessment answers" not in client.get("/refer/").content.decode()


def test_start_ignores_a_posted_code(client, teams):
    """Only a code already looked up (and counted) joins the referral; a posted one is not a lookup route."""
    assessment = completed_assessment(client)
    client.post("/refer/start/", {"assessment": assessment.code})
    assert client.session["referral_journey"]["assessment"] is None


@override_settings(SELFASSESS_RETENTION_DAYS=30)
def test_a_referral_keeps_its_copy_of_an_assessment_purged_later(client, teams):
    import datetime
    import io

    from django.core.management import call_command
    from django.utils import timezone

    from referrals.tests.factories import triage_user
    from selfassess.models import Assessment

    assessment = completed_assessment(client)
    answers = parent_answers(0)
    answers["needs"] = {"help_wanted": "As in the assessment"}
    walk_to_check(client, answers, assessment=assessment.code)
    sent = client.post("/refer/check-your-answers/")
    referral = Referral.objects.get()
    Assessment.objects.filter(pk=assessment.pk).update(created_at=timezone.now() - datetime.timedelta(days=31))

    out = io.StringIO()
    call_command("purge_referrals", stdout=out)
    assert "1 self-assessment" in out.getvalue()
    assert not Assessment.objects.exists()
    referral.refresh_from_db()
    assert referral.assessment is None
    assert referral.assessment_summary[0]["answers"]  # the copy triage reads stays
    assert [area.slug for area in referral.life_areas.all()] == [assessment.areas[0]]
    assert client.get(sent["Location"]).status_code == 200
    client.force_login(triage_user("triage-north", teams["north"]))
    page = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert "From the family's self-assessment" in page


def test_an_assessment_deleted_mid_journey_asks_to_start_again_not_a_server_error(client, teams):
    assessment = completed_assessment(client)
    answers = parent_answers(0)
    answers["needs"] = {"help_wanted": "As in the assessment"}
    walk_to_check(client, answers, assessment=assessment.code)
    assessment.delete()
    response = client.post("/refer/check-your-answers/")
    assert response.status_code == 400
    assert "Start your referral again" in response.content.decode()
    assert not Referral.objects.exists()


def test_referral_start_page_and_confirmation_name_the_discipline(client, teams):
    """Issue 17: a severe "Talking and understanding" self-assessment is a referral to speech and language
    therapy, and the start page and the confirmation say so (and not occupational therapy)."""
    from selfassess.models import Assessment

    load_questionnaire_only()
    complete(client, ["talking-and-understanding"], SEVERE)
    assessment = Assessment.objects.get()
    start = client.get(f"/refer/?assessment={assessment.code}", follow=True).content.decode()
    assert "speech and language therapy" in start.lower()
    answers = parent_answers(0)
    answers["needs"] = {"help_wanted": "As in the assessment"}
    walk_to_check(client, answers, assessment=assessment.code)
    confirmation = client.post("/refer/check-your-answers/", follow=True).content.decode()
    main = confirmation[confirmation.index("<main") : confirmation.index("</main>")]
    assert "Referral sent" in main
    assert "speech and language therapy" in main.lower()
    assert "occupational therapy" not in main.lower()


def test_confirmation_without_a_self_assessment_names_the_discipline_of_the_areas_chosen(client, teams, area):
    walk_to_check(client, parent_answers(area.pk))
    confirmation = client.post("/refer/check-your-answers/", follow=True).content.decode()
    assert "occupational therapy" in confirmation[confirmation.index("<main") :].lower()


def test_the_referral_copies_the_answers_in_the_same_words_as_check_your_answers(client, teams):
    """One function turns answers into words for check your answers, the result and the referral (issue 15/17)."""
    from selfassess.definitions import answers_in_words
    from selfassess.models import Assessment

    load_questionnaire_only()
    complete(client, ["getting-dressed"], SEVERE)
    assessment = Assessment.objects.get()
    version = current_version()
    rows = answers_in_words(version, "5-to-11", "getting-dressed", assessment.answers["domains"]["getting-dressed"])
    assert rows[0] == ("Putting on and taking off clothes", "Cannot do it, or needs full help")
    assert rows[-2][0] == version.questionnaire.impact_question
    assert rows[-1] == (version.questionnaire.tried_advice_question, "No, not yet")
    from referrals.from_assessment import summary

    assert [tuple(row) for row in summary(assessment)[0]["answers"]] == rows


def test_every_check_and_what_the_family_tried_go_with_the_referral(client, teams):
    """Issue 18: the progress record (one return code, every check) and the strategies record reach triage."""
    from referrals.tests.factories import triage_user
    from selfassess.models import Assessment
    from selfassess.tests.journeys import MILD, area_post, no_red_flags

    first = completed_assessment(client)
    area = first.areas[0]
    client.post(
        "/self-assessment/progress/what-you-tried/",
        {
            "advice": "other",
            "something_else": "A picture list of clothes in order",
            "area": area,
            "how_often": "most-days",
            "weeks": "12",
            "helped": "not-yet",
        },
    )
    client.post("/self-assessment/progress/check-again/")
    client.post("/self-assessment/age/", {"age_band": "5-to-11"})
    client.post("/self-assessment/safety-questions/", no_red_flags())
    client.post(f"/self-assessment/areas/{area}/", area_post(client, area, MILD))
    client.post("/self-assessment/check-your-answers/")
    latest = Assessment.objects.latest("pk")
    assert latest.code == first.code

    answers = parent_answers(0)
    answers["needs"] = {"help_wanted": "As in the assessment"}
    walk_to_check(client, answers, assessment=latest.code)
    client.post("/refer/check-your-answers/")
    referral = Referral.objects.get()
    copied = referral.assessment_summary[0]
    assert [score for _, score, _ in copied["progress"]] == ["16 of 18", "4 of 18"]
    assert copied["tried"] == [["A picture list of clothes in order", "Most days", "12 weeks", "No, not yet"]]

    client.force_login(triage_user("triage-north", teams["north"]))
    page = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert "every check" in page and "16 of 18" in page and "4 of 18" in page
    assert "what the family tried" in page and "A picture list of clothes in order" in page
