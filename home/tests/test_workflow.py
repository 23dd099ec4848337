"""The demo's "Clinical approval" workflow: editors submit, a clinician approves, and only then is it live."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Page, Workflow, WorkflowState

from home.demo.workflow import CONTENT_CHECK, WORKFLOW_NAME
from home.models import AdviceTopicPage, StoryPage, WaitingTimesPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic(home_demo):
    return AdviceTopicPage.objects.live().order_by("pk").first()


def user(username):
    return get_user_model().objects.get(username=username)


def test_advice_and_information_pages_use_clinical_approval(topic):
    assert topic.get_workflow().name == WORKFLOW_NAME
    about = Page.objects.get(slug="about-occupational-therapy")
    assert about.get_workflow().name == WORKFLOW_NAME


def test_everything_else_goes_to_a_content_check_named_for_what_it_is(topic):
    """Wagtail's "Moderators approval" on the root page is renamed: staff see two names, each saying
    what is checked, and no third."""
    assert WaitingTimesPage.objects.get(locale=Locale.get_default()).get_workflow().name == CONTENT_CHECK
    assert StoryPage.objects.live().first().get_workflow().name == CONTENT_CHECK
    assert Page.objects.get(depth=1).get_workflow().name == CONTENT_CHECK
    # Polish and Urdu pages have their own two (home/translations_review.py): a translation review, then these.
    translations = {"Translation review", "Translation review and clinical approval"}
    assert set(Workflow.objects.filter(active=True).values_list("name", flat=True)) == {
        WORKFLOW_NAME,
        CONTENT_CHECK,
        *translations,
    }
    assert {task.name for task in Workflow.objects.get(name=CONTENT_CHECK).tasks} == {CONTENT_CHECK}


def test_loading_the_workflows_again_changes_nothing(topic):
    from home.demo.workflow import ensure_workflows
    from home.models import AdviceIndexPage
    from portal.demo import ChangeLog

    log = ChangeLog()
    ensure_workflows(log, [AdviceIndexPage.objects.get(locale=Locale.get_default())])
    assert not log.changed, log.created + log.updated


def test_editor_cannot_publish_but_can_submit_for_approval(client, topic):
    editor = user("editor")
    assert not topic.permissions_for_user(editor).can_publish()
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[topic.pk])).content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html


def submit_change(topic, editor, new_title):
    topic.title = new_title
    revision = topic.save_revision(user=editor)
    topic.get_workflow().start(topic, editor)
    return revision


def test_approver_approves_and_the_change_goes_live(client, topic):
    original_title = topic.title
    submit_change(topic, user("editor"), "Getting dressed: checked by a clinician")
    # Submitted is not published: families still see the approved version.
    assert Page.objects.get(pk=topic.pk).title == original_title

    state = WorkflowState.objects.get(object_id=str(topic.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(user("approver"))
    url = reverse("wagtailadmin_pages:workflow_action", args=[topic.pk, "approve", state.current_task_state.pk])
    response = client.post(url, {"comment": "Clinically accurate."})
    assert response.status_code in {200, 302}

    topic.refresh_from_db()
    assert topic.live
    assert topic.title == "Getting dressed: checked by a clinician"
    assert client.get(topic.url).status_code == 200


def test_approver_can_reject_with_a_comment_and_nothing_goes_live(client, topic):
    original_title = topic.title
    submit_change(topic, user("editor"), "Unchecked claim")
    state = WorkflowState.objects.get(object_id=str(topic.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(user("approver"))
    url = reverse("wagtailadmin_pages:workflow_action", args=[topic.pk, "reject", state.current_task_state.pk])
    client.post(url, {"comment": "Please check the age range with the team."})

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Please check the age range with the team."
    assert Page.objects.get(pk=topic.pk).title == original_title


def test_editor_cannot_approve_their_own_change(client, topic):
    submit_change(topic, user("editor"), "Self-approved")
    state = WorkflowState.objects.get(object_id=str(topic.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(user("editor"))
    url = reverse("wagtailadmin_pages:workflow_action", args=[topic.pk, "approve", state.current_task_state.pk])
    client.post(url, {"comment": ""})
    assert Page.objects.get(pk=topic.pk).title != "Self-approved"
