"""While-you-wait advice for this child (issue 18, item 10): on the confirmation and "Where is my referral?"
pages, chosen from the child's areas of need and age band, not one link to all advice."""

import datetime
import re

import pytest
from django.utils import timezone

from home.models import LifeArea, Team
from referrals.tests.factories import ReferralFactory

pytestmark = pytest.mark.django_db


def born_years_ago(years):
    today = timezone.localdate()
    return today.replace(year=today.year - years) - datetime.timedelta(days=30)


def referral_for(areas, age):
    referral = ReferralFactory(team=Team.objects.order_by("name").first(), child_date_of_birth=born_years_ago(age))
    referral.life_areas.set(LifeArea.objects.filter(slug__in=areas))
    return referral


def while_you_wait(response):
    text = response.content.decode()
    found = re.search(r'<section[^>]*id="while-you-wait".*?</section>', text, re.S)
    assert found, "no while-you-wait section"
    return found[0]


def test_the_confirmation_offers_advice_for_a_teenagers_areas_only(client, demo_site):
    referral = referral_for(["getting-dressed", "talking-and-understanding"], age=15)

    advice = while_you_wait(client.get(f"/refer/sent/{referral.confirmation_token}/"))

    assert "Getting dressed: help for teenagers" in advice
    assert "Talking and understanding for teenagers" in advice
    assert "Talking and listening workshop" in advice  # a workshop for the area, no referral needed
    assert "Dressing practice, step by step" not in advice  # for younger children
    assert "Early hand skills" not in advice  # another area
    assert "Understanding your child&#x27;s senses workshop" not in advice


def test_the_status_page_offers_advice_for_a_primary_school_childs_area(client, demo_site):
    referral = referral_for(["getting-dressed"], age=7)
    born = referral.child_date_of_birth
    found = client.post(
        "/refer/status/",
        {
            "reference": referral.reference,
            "date_of_birth_0": str(born.day),
            "date_of_birth_1": str(born.month),
            "date_of_birth_2": str(born.year),
        },
        follow=True,
    )

    advice = while_you_wait(found)
    assert "Dressing practice, step by step" in advice
    assert "Everyday skills workshop for parents and carers" in advice
    assert "Getting dressed: help for teenagers" not in advice
    assert "Talking and understanding" not in advice


def test_in_polish_an_advice_topic_with_a_translation_is_offered_in_polish_and_the_others_are_marked_english(
    client, demo_site
):
    referral = referral_for(["getting-dressed"], age=7)

    advice = while_you_wait(client.get(f"/pl/refer/sent/{referral.confirmation_token}/"))

    assert '<a href="/pl/advice/getting-dressed/">Ubieranie się</a>' in advice
    assert re.search(r'lang="en-GB" hreflang="en-GB">Dressing practice, step by step</a> \(po angielsku\)', advice)
