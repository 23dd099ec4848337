"""Journeys cannot mix (issue 17): a step posted from another journey (another tab, an old page) is refused with
the error summary and saves nothing; answers are never matched to questions by position alone."""

import pytest

from selfassess import journey
from selfassess.models import Assessment
from selfassess.tests.journeys import MILD, SEVERE, area_post, no_red_flags

pytestmark = pytest.mark.django_db

REFUSED = "These answers were for a different self-assessment"


def begin(client, age_band, areas):
    client.post("/self-assessment/start/")
    client.post("/self-assessment/age/", {"age_band": age_band})
    client.post("/self-assessment/safety-questions/", no_red_flags())
    client.post("/self-assessment/areas/", {"areas": areas})


def hidden_fields(response):
    form = response.context["form"]
    return {name: form[name].value() for name in ("journey", "questions")}


def test_a_page_from_a_journey_started_again_in_another_tab_is_refused(client, questionnaire):
    # Tab 1: a 5 to 11 year old's hand skills questions (handwriting, scissors, written work, lunch boxes).
    begin(client, "5-to-11", ["hand-skills"])
    tab_one = hidden_fields(client.get("/self-assessment/areas/hand-skills/"))
    # Tab 2 starts again for an under 5 (crayons, scissors, puzzles, lunch boxes: other questions, same count).
    begin(client, "under-5", ["hand-skills"])
    response = client.post("/self-assessment/areas/hand-skills/", {**SEVERE, **tab_one})

    assert response.status_code == 200
    text = response.content.decode()
    assert "There is a problem" in text and REFUSED in text
    assert response.context["form"].errors
    assert "Holding a crayon and making marks" in text  # the current journey's questions, to answer again
    state = client.session[journey.SESSION_KEY]
    assert "hand-skills" not in state["domains"]
    assert client.post("/self-assessment/check-your-answers/").url == "/self-assessment/areas/hand-skills/"
    assert not Assessment.objects.exists()


def test_the_same_journey_with_other_questions_after_an_age_change_is_refused(client, questionnaire):
    begin(client, "5-to-11", ["hand-skills"])
    old_page = hidden_fields(client.get("/self-assessment/areas/hand-skills/"))
    client.post("/self-assessment/age/", {"age_band": "under-5"})  # in another tab: the questions change
    text = client.post("/self-assessment/areas/hand-skills/", {**MILD, **old_page}).content.decode()
    assert REFUSED in text
    assert "hand-skills" not in client.session[journey.SESSION_KEY]["domains"]


def test_a_post_without_the_steps_identity_is_refused(client, questionnaire):
    begin(client, "5-to-11", ["getting-dressed"])
    text = client.post("/self-assessment/areas/getting-dressed/", MILD).content.decode()
    assert REFUSED in text
    assert "getting-dressed" not in client.session[journey.SESSION_KEY]["domains"]


def test_the_current_page_is_accepted(client, questionnaire):
    begin(client, "5-to-11", ["getting-dressed"])
    page = hidden_fields(client.get("/self-assessment/areas/getting-dressed/"))
    response = client.post("/self-assessment/areas/getting-dressed/", {**MILD, **page})
    assert response.url == "/self-assessment/check-your-answers/"
    assert area_post(client, "getting-dressed", MILD)["journey"] == page["journey"]


@pytest.mark.parametrize(
    "path, data",
    [
        ("/self-assessment/age/", {"age_band": "under-5"}),
        ("/self-assessment/safety-questions/", no_red_flags),
        ("/self-assessment/areas/", {"areas": ["getting-dressed"]}),
        ("/self-assessment/check-your-answers/", {}),
    ],
)
def test_other_steps_from_another_journey_are_refused(client, questionnaire, path, data):
    begin(client, "5-to-11", ["getting-dressed"])
    client.post("/self-assessment/areas/getting-dressed/", area_post(client, "getting-dressed", MILD))
    old_journey = client.session[journey.SESSION_KEY]["id"]
    begin(client, "12-to-18", ["getting-dressed"])
    client.post("/self-assessment/areas/getting-dressed/", area_post(client, "getting-dressed", MILD))
    data = data() if callable(data) else data
    response = client.post(path, {**data, "journey": old_journey})
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert client.session[journey.SESSION_KEY]["age_band"] == "12-to-18"
    assert not Assessment.objects.exists()
