"""Support offers are clinical content (issue 16): an editor's change waits for a clinician, and the
results show only what is live."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.models import WorkflowState

from portal.tests.support import sign_in_with_second_factor
from selfassess.models import SupportOffer
from selfassess.tests.journeys import MILD, complete

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

WORKSHOP = "Everyday skills workshop for parents and carers"
OLD_WORDS = "A 2-hour online workshop about dressing"
NEW_WORDS = "A 3-hour workshop in person about dressing, eating and washing, with a crèche."


def user(username):
    return get_user_model().objects.get(username=username)


def offer_form_data(offer, **changes):
    data = {
        "title": offer.title,
        "kind": offer.kind,
        "description": offer.description,
        "how_to_join": offer.how_to_join,
        "link_url": offer.link_url,
        "life_areas": [str(pk) for pk in offer.life_areas.values_list("pk", flat=True)],
        "age_bands": [str(pk) for pk in offer.age_bands.values_list("pk", flat=True)],
    }
    data.update(changes)
    return data


def results_text():
    """What a family sees on the result page for a 5 to 11 year old's dressing."""
    return complete(Client(), ["getting-dressed"], MILD, age_band="5-to-11").content.decode()


@override_settings(REQUIRE_STAFF_2FA=True)
def test_an_editors_change_is_not_on_the_results_until_a_clinician_approves_it(client):
    offer = SupportOffer.objects.get(title=WORKSHOP)
    assert offer.get_workflow().name == "Clinical approval"
    sign_in_with_second_factor(client, user("editor"))
    edit_url = reverse("wagtailsnippets_selfassess_supportoffer:edit", args=[offer.pk])
    form = client.get(edit_url).content.decode()
    assert 'name="action-submit"' in form
    assert 'name="action-publish"' not in form  # editors cannot publish an offer themselves

    response = client.post(edit_url, {**offer_form_data(offer, description=NEW_WORDS), "action-submit": "1"})

    assert response.status_code == 302, response.content.decode()[:2000]
    text = results_text()
    assert OLD_WORDS in text
    assert NEW_WORDS not in text
    state = WorkflowState.objects.get(object_id=str(offer.pk), status=WorkflowState.STATUS_IN_PROGRESS)

    approver = Client()
    sign_in_with_second_factor(approver, user("approver"))
    url = reverse(
        "wagtailsnippets_selfassess_supportoffer:workflow_action",
        args=[offer.pk, "approve", state.current_task_state.pk],
    )
    response = approver.post(url, {"comment": "Checked with the team."})
    assert response.status_code in {200, 302}

    text = results_text()
    assert NEW_WORDS in text
    assert OLD_WORDS not in text
    offer.refresh_from_db()
    assert offer.live and offer.description == NEW_WORDS


@override_settings(REQUIRE_STAFF_2FA=True)
def test_a_new_offer_saved_as_a_draft_is_not_on_the_results(client):
    template = SupportOffer.objects.get(title=WORKSHOP)
    sign_in_with_second_factor(client, user("editor"))
    data = offer_form_data(template, title="Dressing drop-in", description="A drop-in for dressing skills, draft.")

    response = client.post(reverse("wagtailsnippets_selfassess_supportoffer:add"), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    offer = SupportOffer.objects.get(title="Dressing drop-in")
    assert not offer.live
    assert "A drop-in for dressing skills" not in results_text()


def test_an_offer_taken_offline_leaves_the_results():
    offer = SupportOffer.objects.get(title=WORKSHOP)
    offer.unpublish()
    assert OLD_WORDS not in results_text()


@pytest.mark.parametrize("link", ["/workshops-for-families/", "https://www.example.nhs.uk/workshops", ""])
def test_an_offer_links_to_a_page_on_this_site_or_a_web_address(link):
    offer = SupportOffer.objects.get(title=WORKSHOP)
    offer.link_url = link
    offer.full_clean()


@pytest.mark.parametrize("link", ["//evil.example/", "javascript:alert(1)", "workshops"])
def test_other_links_are_refused_with_a_message(link):
    from django.core.exceptions import ValidationError

    offer = SupportOffer.objects.get(title=WORKSHOP)
    offer.link_url = link
    with pytest.raises(ValidationError) as error:
        offer.full_clean()
    assert "page on this site" in error.value.message_dict["link_url"][0]
