"""Each step of the journey with Django's test client: happy paths, tampering, expiry and versions."""

import pytest
from django.test import override_settings

from selfassess.models import Assessment, current_version
from selfassess.tests.admin_posts import admin_form_data
from selfassess.tests.journeys import MILD, SEVERE, area_post, complete, no_red_flags, walk_to_check

pytestmark = pytest.mark.django_db


def test_start_page_explains_and_starts(client, questionnaire):
    response = client.get("/self-assessment/")
    assert "5 to 10 minutes" in response.content.decode()
    response = client.post("/self-assessment/start/")
    assert response.url == "/self-assessment/age/"


def test_age_band_step_needs_an_answer(client, questionnaire):
    client.post("/self-assessment/start/")
    response = client.post("/self-assessment/age/", {})
    text = response.content.decode()
    assert "There is a problem" in text and "Select how old your child is" in text
    assert response.context["form"].errors
    response = client.post("/self-assessment/age/", {"age_band": "5-to-11"})
    assert response.url == "/self-assessment/safety-questions/"


def test_red_flag_questions_each_need_yes_or_no(client, questionnaire):
    client.post("/self-assessment/start/")
    client.post("/self-assessment/age/", {"age_band": "under-5"})
    answers = no_red_flags()
    answers.pop("flag_choking")
    response = client.post("/self-assessment/safety-questions/", answers)
    assert "Select yes or no: Does your child often cough" in response.content.decode()


def test_immediate_danger_stops_on_the_get_help_now_page(client, questionnaire):
    client.post("/self-assessment/start/")
    client.post("/self-assessment/age/", {"age_band": "under-5"})
    response = client.post("/self-assessment/safety-questions/", {**no_red_flags(), "flag_harm": "yes"}, follow=True)
    text = response.content.decode()
    assert response.redirect_chain[-1][0] == "/self-assessment/get-help-now/"
    assert 'call <a href="tel:999">999</a>' in text and '<a href="tel:03001234043">0300 123 4043</a>' in text
    # The questions stop here: later steps send the family back to this page.
    assert client.get("/self-assessment/areas/").url == "/self-assessment/get-help-now/"
    assert not Assessment.objects.exists()


def test_areas_step_needs_at_least_one_area(client, questionnaire):
    client.post("/self-assessment/start/")
    client.post("/self-assessment/age/", {"age_band": "5-to-11"})
    client.post("/self-assessment/safety-questions/", no_red_flags())
    response = client.post("/self-assessment/areas/", {})
    assert "Choose at least one area you are worried about" in response.content.decode()


def test_area_pages_show_step_n_of_m_and_validate(client, questionnaire):
    client.post("/self-assessment/start/")
    client.post("/self-assessment/age/", {"age_band": "5-to-11"})
    client.post("/self-assessment/safety-questions/", no_red_flags())
    response = client.post("/self-assessment/areas/", {"areas": ["hand-skills", "getting-dressed"]})
    # Areas come in the questionnaire's order, not the order posted.
    assert response.url == "/self-assessment/areas/getting-dressed/"
    page = client.get(response.url).content.decode()
    assert "Step 1 of 2" in page
    response = client.post(
        "/self-assessment/areas/getting-dressed/", area_post(client, "getting-dressed", {**MILD, "q0": "7"})
    )
    assert "Select how your child manages: Putting on and taking off clothes" in response.content.decode()
    response = client.post("/self-assessment/areas/getting-dressed/", area_post(client, "getting-dressed", MILD))
    assert response.url == "/self-assessment/areas/hand-skills/"
    assert "Step 2 of 2" in client.get(response.url).content.decode()


def test_check_answers_lists_answers_with_change_links_that_return(client, questionnaire):
    response = walk_to_check(client, ["getting-dressed"], MILD)
    assert response.url == "/self-assessment/check-your-answers/"
    page = client.get(response.url).content.decode()
    assert "5 to 11 (primary school)" in page
    assert 'href="/self-assessment/areas/getting-dressed/"' in page
    # Changing an answer goes back to check your answers, not through the rest of the steps.
    response = client.post("/self-assessment/areas/getting-dressed/", area_post(client, "getting-dressed", SEVERE))
    assert response.url == "/self-assessment/check-your-answers/"
    response = client.post("/self-assessment/age/", {"age_band": "12-to-18"})
    assert response.url == "/self-assessment/check-your-answers/"


def test_changing_age_band_asks_again_where_the_questions_differ(client, questionnaire):
    walk_to_check(client, ["hand-skills"], MILD)
    response = client.post("/self-assessment/age/", {"age_band": "under-5"})
    assert response.url == "/self-assessment/areas/hand-skills/"


def test_mild_answers_give_universal_advice_and_a_return_code(client, questionnaire):
    response = complete(client, ["getting-dressed"], MILD)
    assessment = Assessment.objects.get()
    text = response.content.decode()
    assert assessment.overall_outcome == "universal"
    assert assessment.display_code in text
    assert "Ask for a referral" not in text
    assert "Everyday skills workshop" in text
    assert "nhsuk-card--care--non-urgent" in text
    assert "because you told us your child mostly manages getting dressed" in text


def test_severe_answers_offer_a_referral_carrying_the_code(client, questionnaire):
    response = complete(client, ["movement-and-coordination"], SEVERE)
    assessment = Assessment.objects.get()
    text = response.content.decode()
    assert assessment.overall_outcome == "specialist"
    assert f'href="/refer/?assessment={assessment.code}"' in text
    assert 'href="/how-to-get-help/"' in text
    assert "Move and Grow group" in text  # targeted offers are shown from targeted upwards


def test_red_flag_outcome_overrides_mild_answers(client, questionnaire):
    response = complete(client, ["getting-dressed"], MILD, red_flags={**no_red_flags(), "flag_choking": "yes"})
    text = response.content.decode()
    assert Assessment.objects.get().overall_outcome == "gp-today"
    assert "nhsuk-card--care--urgent" in text and "Speak to your GP today" in text


def test_stored_assessment_holds_no_identifying_data(client, questionnaire):
    complete(client, ["getting-dressed"], MILD)
    assessment = Assessment.objects.get()
    assert set(assessment.answers) == {"age_band", "red_flags", "domains"}
    assert len(assessment.code) == 10 and not set(assessment.code) & set("01OI")
    assert assessment.revision_id == current_version().revision_id


def test_submitting_check_answers_twice_creates_one_assessment(client, questionnaire):
    walk_to_check(client, ["getting-dressed"], MILD)
    client.post("/self-assessment/check-your-answers/")
    response = client.post("/self-assessment/check-your-answers/")
    assert response.url == "/self-assessment/result/"
    assert Assessment.objects.count() == 1


@pytest.mark.parametrize(
    "path", ["/self-assessment/age/", "/self-assessment/areas/getting-dressed/", "/self-assessment/check-your-answers/"]
)
def test_expired_session_gets_a_friendly_restart_page(client, questionnaire, path):
    for response in (client.get(path), client.post(path, {"age_band": "5-to-11"})):
        assert response.status_code == 200
        assert "You need to start again" in response.content.decode()
    assert not Assessment.objects.exists()


def test_skipping_steps_goes_back_to_the_first_missing_one(client, questionnaire):
    client.post("/self-assessment/start/")
    client.post("/self-assessment/age/", {"age_band": "5-to-11"})
    assert client.post("/self-assessment/areas/getting-dressed/", MILD).url == "/self-assessment/safety-questions/"
    assert client.post("/self-assessment/check-your-answers/").url == "/self-assessment/safety-questions/"
    assert not Assessment.objects.exists()


def test_answers_for_an_area_not_chosen_are_refused(client, questionnaire):
    walk_to_check(client, ["getting-dressed"], MILD)
    response = client.post("/self-assessment/areas/hand-skills/", MILD)
    assert response.url == "/self-assessment/check-your-answers/"
    client.post("/self-assessment/check-your-answers/")
    assert Assessment.objects.get().areas == ["getting-dressed"]


@pytest.mark.parametrize(
    "path, data",
    [
        ("/self-assessment/age/", {"age_band": "99-to-100"}),
        ("/self-assessment/areas/", {"areas": ["getting-dressed", "flying"]}),
        ("/self-assessment/areas/getting-dressed/", {**MILD, "tried_advice": "<script>"}),
        ("/self-assessment/areas/getting-dressed/", {**MILD, "impact": "-1"}),
        ("/self-assessment/areas/getting-dressed/", {"q0": "x" * 100_000}),
    ],
)
def test_tampered_answers_get_the_error_summary(client, questionnaire, path, data):
    walk_to_check(client, ["getting-dressed"], MILD)
    if path.startswith("/self-assessment/areas/getting-dressed/"):
        data = area_post(client, "getting-dressed", data)
    response = client.post(path, data)
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_a_version_published_mid_journey_does_not_mix_answers(client, questionnaire):
    walk_to_check(client, ["getting-dressed"], MILD)
    pinned = current_version().revision_id
    data = admin_form_data(questionnaire)
    questionnaire.title = "A newer version"
    questionnaire.save_revision().publish()
    assert current_version().revision_id != pinned
    client.post("/self-assessment/check-your-answers/")
    assert Assessment.objects.get().revision_id == pinned
    assert data  # the form data helper reads every StreamField of the version


def test_progress_retakes_the_same_areas_and_compares(client, questionnaire):
    complete(client, ["getting-dressed", "hand-skills"], SEVERE)
    first = Assessment.objects.get()
    other = client.__class__()
    response = other.post("/self-assessment/progress/", {"code": first.display_code.lower()})
    assert response.url == "/self-assessment/progress/record/"
    response = other.post("/self-assessment/progress/check-again/")
    assert response.url == "/self-assessment/age/"
    other.post("/self-assessment/age/", {"age_band": "5-to-11"})
    response = other.post("/self-assessment/safety-questions/", no_red_flags())
    assert response.url == "/self-assessment/areas/getting-dressed/"  # the same areas, already chosen
    other.post("/self-assessment/areas/getting-dressed/", area_post(other, "getting-dressed", MILD))
    other.post("/self-assessment/areas/hand-skills/", area_post(other, "hand-skills", MILD))
    text = other.post("/self-assessment/check-your-answers/", follow=True).content.decode()
    second = Assessment.objects.exclude(pk=first.pk).get()
    assert second.previous == first and second.code == first.code
    assert "Your child's progress" in text and "<svg" in text
    assert "16 of 18" in text and "4 of 18" in text


def test_unknown_return_code_gets_an_error(client, questionnaire):
    response = client.post("/self-assessment/progress/", {"code": "ABCDE 23456"})
    assert "We could not find results with that code" in response.content.decode()
    response = client.post("/self-assessment/progress/", {"code": "nope"})
    assert "Return code must be 10 letters and numbers" in response.content.decode()


@override_settings(SELFASSESS_CODE_LOOKUP_LIMIT=3)
def test_return_code_lookups_are_rate_limited(client, questionnaire):
    from django.core.cache import cache

    cache.clear()
    statuses = [client.post("/self-assessment/progress/", {"code": "ABCDE23456"}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "Too many attempts" in client.post("/self-assessment/progress/", {"code": "x"}).content.decode()
    cache.clear()


def test_insight_report_counts_for_staff_only(client, questionnaire, django_user_model):
    complete(client, ["getting-dressed"], MILD)
    client.logout()
    staff = django_user_model.objects.create_user("nurse", password="x" * 12, is_staff=True)
    client.force_login(staff)
    assert client.get("/admin/reports/self-assessment/").status_code in (302, 403)
    admin = django_user_model.objects.create_superuser("boss", password="x" * 12)
    client.force_login(admin)
    text = client.get("/admin/reports/self-assessment/").content.decode()
    assert "1 completed self-assessment" in text
    assert "Getting dressed" in text
