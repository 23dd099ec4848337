"""Every admin screen opens for every demo role (issue 16).

Each demo login signs in with its second factor and opens what its admin menu shows, the links on
those screens (listings, add and edit forms, reports, history), and every registered model
listing, add form and a few edit forms, and each page type's edit form. Nothing may fail with a
server error. What the menu or a screen offers must open; what the role may not do may be refused
(403, or a redirect), but only where the menu and the screens do not offer it. A new admin screen
is crawled without changing this file; a new demo login must be added to ROLES.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from portal.tests.staff import sign_in_with_second_factor
from resources.models import TrainingEvent
from selfassess.models import Questionnaire
from selfassess.tests.factories import admin_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]


def user(username):
    return get_user_model().objects.get(username=username)


@override_settings(REQUIRE_STAFF_2FA=True)
def test_publishing_the_questionnaire_ends_on_its_listing(client):
    """Was a 500: the listing asked for a `latest_revision_created_at` field the model does not have."""
    sign_in_with_second_factor(client, user("admin"))
    questionnaire = Questionnaire.objects.current()
    data = admin_form_data(questionnaire)
    data["action-publish"] = "action-publish"

    response = client.post(reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[questionnaire.pk]), data)

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailsnippets_selfassess_questionnaire:list")
    listing = client.get(response["Location"])
    assert listing.status_code == 200
    assert escape(questionnaire.title) in listing.content.decode()


@override_settings(REQUIRE_STAFF_2FA=True)
def test_an_editor_submitting_the_questionnaire_for_approval_ends_on_its_listing(client):
    sign_in_with_second_factor(client, user("editor"))
    questionnaire = Questionnaire.objects.current()
    data = admin_form_data(questionnaire)
    data["title"] = "Check your child's needs (reworded)"
    data["action-submit"] = "action-submit"

    response = client.post(
        reverse("wagtailsnippets_selfassess_questionnaire:edit", args=[questionnaire.pk]), data, follow=True
    )

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("wagtailsnippets_selfassess_questionnaire:list")
    assert escape("Check your child's needs (reworded)") in response.content.decode()


@override_settings(REQUIRE_STAFF_2FA=True)
def test_saving_a_new_training_session_ends_on_the_sessions_listing(client):
    """Was a 500: the listing's attendees column was a bare function, which Wagtail cannot look up."""
    sign_in_with_second_factor(client, user("admin"))
    starts = timezone.localtime() + datetime.timedelta(days=30)
    data = {
        "title": "Fine motor skills in reception",
        "description": "Simple activities for busy classrooms.",
        "audience": "Reception teachers",
        "starts_at": starts.strftime("%Y-%m-%d 09:00"),
        "ends_at": starts.strftime("%Y-%m-%d 11:00"),
        "is_online": "on",
        "venue": "",
        "capacity": "20",
        "booking_deadline": (starts - datetime.timedelta(days=2)).strftime("%Y-%m-%d 17:00"),
    }

    response = client.post(reverse("training_events:add"), data, follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("training_events:index")
    text = response.content.decode()
    assert "Fine motor skills in reception" in text
    assert "0 booked, 0 waiting" in text
    assert TrainingEvent.objects.filter(title="Fine motor skills in reception").exists()
