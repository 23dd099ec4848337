"""A clinician approving a questionnaire version whose safety scenarios fail is told why, and nothing goes live."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from selfassess.engine import Outcome
from selfassess.models import Questionnaire

pytestmark = pytest.mark.django_db


def submit_for_approval(questionnaire, break_a_scenario):
    editor = get_user_model().objects.create_superuser("author", password="x" * 12)
    if break_a_scenario:
        questionnaire.scenarios.raw_data[0]["value"]["expected_outcome"] = Outcome.IMMEDIATE.code
    questionnaire.title = "Check your child's needs (new wording)"
    questionnaire.save_revision(user=editor)
    questionnaire.get_workflow().start(questionnaire, editor)
    return WorkflowState.objects.get(object_id=str(questionnaire.pk), status=WorkflowState.STATUS_IN_PROGRESS)


def approve(client, questionnaire, state):
    client.force_login(get_user_model().objects.create_superuser("clinical-lead", password="x" * 12))
    url = reverse(
        "wagtailsnippets_selfassess_questionnaire:workflow_action",
        args=[questionnaire.pk, "approve", state.current_task_state.pk],
    )
    return client.post(url, {"comment": "Checked."}, follow=True)


def test_approving_a_failing_version_names_the_scenario_and_keeps_the_live_one(client, demo_site):
    questionnaire = Questionnaire.objects.current()
    live_revision, live_title = questionnaire.live_revision_id, questionnaire.title
    scenario_name = questionnaire.scenarios.raw_data[0]["value"]["name"]
    state = submit_for_approval(questionnaire, break_a_scenario=True)

    response = approve(client, questionnaire, state)

    assert response.status_code == 200
    text = response.content.decode()
    assert "Not approved" in text
    assert scenario_name in text
    questionnaire.refresh_from_db()
    assert questionnaire.live_revision_id == live_revision
    assert Questionnaire.objects.current().title == live_title
    # The approval was rolled back with the publish: the task waits for a decision (reject with a comment).
    assert TaskState.objects.get(pk=state.current_task_state.pk).status == TaskState.STATUS_IN_PROGRESS


def test_approving_a_passing_version_publishes_it(client, demo_site):
    questionnaire = Questionnaire.objects.current()
    state = submit_for_approval(questionnaire, break_a_scenario=False)

    approve(client, questionnaire, state)

    assert Questionnaire.objects.current().title == "Check your child's needs (new wording)"
