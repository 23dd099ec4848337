"""The waits form (issue 16): figures pre-filled from one pathway are not saved for another. Opened from
a team it fills in the routine figure; switching the pathway to urgent used to keep the routine
figure's weeks and its share within 18 weeks (95 %), and save them as the urgent wait."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from home.models import Pathway, WaitingTime
from home.tests.team_factories import TeamFactory, add_wait

pytestmark = pytest.mark.django_db


@pytest.fixture
def team():
    team = TeamFactory(name="North Team")
    last_month = timezone.localdate() - datetime.timedelta(days=30)
    add_wait(team, 14, last_month, share_within_18_weeks=95)
    add_wait(team, 1, last_month, pathway=Pathway.URGENT, share_within_18_weeks=None)
    return team


@pytest.fixture
def staff(client):
    client.force_login(get_user_model().objects.create_superuser("lead", "lead@example.org", "a-long-password-1"))
    return client


def form_values(response):
    form = response.context["form"]
    return {name: form[name].value() for name in ("pathway", "weeks", "share_within_18_weeks")}


def test_the_form_is_filled_with_the_figures_of_the_pathway_asked_for(staff, team):
    url = reverse("waiting_times:add")
    routine = form_values(staff.get(url, {"team": team.pk}))
    assert routine == {"pathway": Pathway.ROUTINE_ASSESSMENT, "weeks": 14, "share_within_18_weeks": 95}
    urgent = form_values(staff.get(url, {"team": team.pk, "pathway": Pathway.URGENT}))
    assert urgent == {"pathway": Pathway.URGENT, "weeks": 1, "share_within_18_weeks": None}


def test_the_routine_figures_are_not_saved_as_the_urgent_wait(staff, team):
    url = reverse("waiting_times:add")
    html = staff.get(url, {"team": team.pk}).content.decode()
    assert "Urgent referrals: 1 week" in html  # every pathway's current figure is on the form
    assert 'type="hidden" name="prefilled_from" value="routine:14:95"' in html
    assert "Prefilled from" not in html  # a hidden field, with no label of its own
    prefilled = staff.get(url, {"team": team.pk}).context["form"]["prefilled_from"].value()
    data = {
        "team": str(team.pk),
        "pathway": Pathway.URGENT,  # switched from routine; the figures below are still routine's
        "weeks": "14",
        "share_within_18_weeks": "95",
        "as_of": timezone.localdate().isoformat(),
        "prefilled_from": prefilled,
    }

    response = staff.post(url, data)

    assert response.status_code == 200
    assert "These are the Routine assessment figures" in response.content.decode()
    assert WaitingTime.objects.filter(team=team, pathway=Pathway.URGENT).count() == 1

    response = staff.post(url, {**data, "weeks": "2", "share_within_18_weeks": ""})

    assert response.status_code == 302
    latest = WaitingTime.objects.filter(team=team, pathway=Pathway.URGENT).order_by("-created_at").first()
    assert (latest.weeks, latest.share_within_18_weeks) == (2, None)


def test_the_same_figures_can_be_published_again_for_their_own_pathway(staff, team):
    url = reverse("waiting_times:add")
    prefilled = staff.get(url, {"team": team.pk}).context["form"]["prefilled_from"].value()
    data = {
        "team": str(team.pk),
        "pathway": Pathway.ROUTINE_ASSESSMENT,
        "weeks": "14",
        "share_within_18_weeks": "95",
        "as_of": timezone.localdate().isoformat(),
        "prefilled_from": prefilled,
    }
    assert staff.post(url, data).status_code == 302
