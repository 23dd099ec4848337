"""Stories and consent (issue 16): a story whose consent has run out, or runs out within 30 days, is
refused when it is submitted, published or approved, with a message saying why; saving a draft still
works; a story hidden for consent is flagged in the admin's page listing."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import StoryPage
from portal.tests.support import sign_in_with_second_factor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def user(username):
    return get_user_model().objects.get(username=username)


def story():
    return StoryPage.objects.live().order_by("pk").first()


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def story_form_data(page, **changes):
    """The story's edit form as a browser would post it."""
    values = {
        "title": page.title,
        "slug": page.slug,
        "quote": page.quote,
        "summary": page.summary,
        "body": streamfield([("rich_text", rich_text("<p>We tried it and it helped.</p>"))]),
        "video_url": page.video_url,
        "transcript": page.transcript,
        "life_areas": [str(area.pk) for area in page.life_areas.all()],
        "consent_given_by": page.consent_given_by,
        "consent_date": page.consent_date.isoformat(),
        "consent_expires": page.consent_expires.isoformat(),
        "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else "",
        "next_review_due": page.next_review_due.isoformat() if page.next_review_due else "",
        "owner": str(page.owner_id or ""),
        "comments": inline_formset([]),
    }
    values.update(changes)
    return nested_form_data(values)


def edit(client, page, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def in_progress(page):
    return WorkflowState.objects.filter(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS).first()


@pytest.fixture
def editor(client):
    return sign_in_with_second_factor(client, user("editor"))


@pytest.mark.parametrize("days", [-1, 0, 29])
def test_submitting_a_story_whose_consent_has_run_out_or_soon_will_is_refused_and_says_why(editor, days):
    page = story()
    expires = days_from_today(days)

    response = edit(editor, page, story_form_data(page, consent_expires=expires.isoformat(), **{"action-submit": "1"}))

    assert response.status_code == 200
    text = response.content.decode()
    assert "cannot be sent for approval or published" in text
    assert f"{expires:%-d %B %Y}" in text
    assert in_progress(page) is None


def test_a_story_with_more_than_30_days_of_consent_is_submitted(editor):
    page = story()
    data = story_form_data(page, consent_expires=days_from_today(31).isoformat(), **{"action-submit": "1"})

    response = edit(editor, page, data)

    assert response.status_code == 302, response.content.decode()[-3000:]
    assert in_progress(page) is not None


def test_a_draft_can_still_be_saved_while_new_consent_is_sought(editor):
    page = story()
    response = edit(editor, page, story_form_data(page, consent_expires=days_from_today(5).isoformat()))
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert StoryPage.objects.get(pk=page.pk).get_latest_revision_as_object().consent_expires == days_from_today(5)


def submitted_with_consent_ending(days):
    """A story sent for approval with consent that was long enough then, and is not now."""
    page = story()
    page.consent_expires = days_from_today(days)
    page.save_revision(user=user("editor"))
    page.get_workflow().start(page, user("editor"))
    return page, in_progress(page)


def test_approving_from_the_edit_screen_is_refused_and_says_why(client):
    page, state = submitted_with_consent_ending(10)
    sign_in_with_second_factor(client, user("approver"))
    data = story_form_data(
        StoryPage.objects.get(pk=page.pk).get_latest_revision_as_object(),
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )

    response = edit(client, page, data)

    assert response.status_code == 200
    assert "cannot be sent for approval or published" in response.content.decode()
    assert TaskState.objects.get(pk=state.current_task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert StoryPage.objects.get(pk=page.pk).consent_expires != days_from_today(10)


def test_approving_from_the_dashboard_is_refused_and_nothing_goes_live():
    page, state = submitted_with_consent_ending(-1)
    approver = sign_in_with_second_factor(Client(), user("approver"))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])

    response = approver.post(url, {"comment": ""}, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain  # refused, not a server error
    assert TaskState.objects.get(pk=state.current_task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert StoryPage.objects.get(pk=page.pk).consent_expires != days_from_today(-1)


def test_stories_hidden_for_consent_are_flagged_in_the_page_listing(editor):
    page = story()
    StoryPage.objects.filter(pk=page.pk).update(consent_expires=days_from_today(-1))
    index = Page.objects.get(pk=page.get_parent().pk)

    html = editor.get(reverse("wagtailadmin_explore", args=[index.pk])).content.decode()

    assert "hidden: consent ran out" in html


def test_approving_from_the_dashboard_says_why_not_that_permission_is_missing():
    """Was Wagtail's 'Sorry, you do not have permission to access this area.' for an approver who has it."""
    page, state = submitted_with_consent_ending(-1)
    approver = sign_in_with_second_factor(Client(), user("approver"))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])

    response = approver.post(f"{url}?next=/admin/", {"comment": ""}, follow=True)

    assert response.redirect_chain[-1][0] == "/admin/"
    text = response.content.decode()
    assert "do not have permission" not in text
    assert f"was not approved. Consent for this story ran out on {days_from_today(-1):%-d %B %Y}" in text
    assert TaskState.objects.get(pk=state.current_task_state.pk).status == TaskState.STATUS_IN_PROGRESS


def test_approving_with_a_comment_in_the_dashboard_s_dialog_says_why():
    """'Approve with comment' posts from a dialog: it closes, and the dashboard shows the reason."""
    page, state = submitted_with_consent_ending(10)
    approver = sign_in_with_second_factor(Client(), user("approver"))
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.current_task_state.pk])

    response = approver.post(
        f"{url}?next=/admin/", {"comment": "Lovely story."}, headers={"x-requested-with": "XMLHttpRequest"}
    )

    assert response.status_code == 200
    assert response.json()["step"] == "success"
    assert response.json()["redirect"] == "/admin/"
    text = approver.get("/admin/").content.decode()
    assert f"Consent for this story runs out on {days_from_today(10):%-d %B %Y}" in text
    assert TaskState.objects.get(pk=state.current_task_state.pk).status == TaskState.STATUS_IN_PROGRESS
