"""The reviewer's "request changes" comment is on the edit screen the author opens (issue 16), not only
under Status, then details."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState

from home.models import AdviceTopicPage
from portal.tests.support import sign_in_with_second_factor
from selfassess.models import SupportOffer

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]
COMMENT = "Please add when to call NHS 111 to the last section."


def user(username):
    return get_user_model().objects.get(username=username)


def request_changes(obj, action_url_name, args):
    obj.save_revision(user=user("editor"))
    obj.get_workflow().start(obj, user("editor"))
    state = WorkflowState.objects.get(object_id=str(obj.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    approver = sign_in_with_second_factor(Client(), user("approver"))
    url = reverse(action_url_name, args=[*args, "reject", state.current_task_state.pk])
    assert approver.post(url, {"comment": COMMENT}).status_code in {200, 302}


def test_the_author_sees_the_comment_on_the_page_edit_screen(client):
    topic = AdviceTopicPage.objects.live().order_by("pk").first()
    request_changes(topic, "wagtailadmin_pages:workflow_action", [topic.pk])
    sign_in_with_second_factor(client, user("editor"))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[topic.pk])).content.decode()

    assert shown_at_the_top(html)


def shown_at_the_top(html):
    """In the messages at the top of the screen, not only in the Status dialog's timeline."""
    messages = re.search(r'<div class="messages".*?</ul>', html, re.S)
    return bool(messages) and "Changes requested by approver on " in messages.group(0) and COMMENT in messages.group(0)


def test_the_author_sees_the_comment_on_a_support_offers_edit_screen(client):
    offer = SupportOffer.objects.order_by("pk").first()
    request_changes(offer, "wagtailsnippets_selfassess_supportoffer:workflow_action", [offer.pk])
    sign_in_with_second_factor(client, user("editor"))

    html = client.get(reverse("wagtailsnippets_selfassess_supportoffer:edit", args=[offer.pk])).content.decode()

    assert shown_at_the_top(html)


def test_no_comment_once_it_is_submitted_again(client):
    topic = AdviceTopicPage.objects.live().order_by("pk").first()
    request_changes(topic, "wagtailadmin_pages:workflow_action", [topic.pk])
    WorkflowState.objects.get(object_id=str(topic.pk), status=WorkflowState.STATUS_NEEDS_CHANGES).resume(user("editor"))
    sign_in_with_second_factor(client, user("editor"))

    html = client.get(reverse("wagtailadmin_pages:edit", args=[topic.pk])).content.decode()

    assert not shown_at_the_top(html)
