"""Approval is a review (issue 16): approving a page sets "Last reviewed" to today and the next review
12 months on; a date the approver (or the author) sets in the change stands."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from home.models import AdviceTopicPage
from home.models.pages import add_months
from portal.tests.support import sign_in_with_second_factor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def user(username):
    return get_user_model().objects.get(username=username)


def submitted(**changes):
    topic = AdviceTopicPage.objects.live().order_by("pk").first()
    for name, value in changes.items():
        setattr(topic, name, value)
    topic.title = topic.title + " (checked)"
    topic.save_revision(user=user("editor"))
    topic.get_workflow().start(topic, user("editor"))
    return topic, WorkflowState.objects.get(object_id=str(topic.pk), status=WorkflowState.STATUS_IN_PROGRESS)


def approve(client, topic, state):
    sign_in_with_second_factor(client, user("approver"))
    url = reverse("wagtailadmin_pages:workflow_action", args=[topic.pk, "approve", state.current_task_state.pk])
    return client.post(url, {"comment": ""})


def test_approving_sets_last_reviewed_to_today_and_the_next_review_a_year_on(client):
    topic, state = submitted()
    assert topic.last_reviewed != timezone.localdate()

    approve(client, topic, state)

    topic = AdviceTopicPage.objects.get(pk=topic.pk)
    today = timezone.localdate()
    assert topic.title.endswith("(checked)")
    assert topic.last_reviewed == today
    assert topic.next_review_due == add_months(today, 12)
    # The live revision carries it too, so the next draft does not put the old date back.
    assert topic.live_revision.as_object().last_reviewed == today


def test_a_review_date_set_in_the_change_stands(client):
    chosen = timezone.localdate() - datetime.timedelta(days=3)
    topic, state = submitted(last_reviewed=chosen, next_review_due=None)

    approve(client, topic, state)

    topic = AdviceTopicPage.objects.get(pk=topic.pk)
    assert topic.last_reviewed == chosen
    assert topic.next_review_due == add_months(chosen, 12)


def test_the_approver_can_change_it_afterwards(client):
    topic, state = submitted()
    approve(client, topic, state)
    topic = AdviceTopicPage.objects.get(pk=topic.pk)
    earlier = timezone.localdate() - datetime.timedelta(days=10)

    topic.last_reviewed = earlier
    topic.save_revision(user=user("approver")).publish(user=user("approver"))

    assert AdviceTopicPage.objects.get(pk=topic.pk).last_reviewed == earlier
