"""The result page names the right help (issue 17): the discipline, offers and topics that fit the child's
area and age, no loop back to advice that has not helped, and no "check again in 12 weeks" after a red flag."""

import re

import pytest

from selfassess.journey import rescore
from selfassess.models import Assessment
from selfassess.tests.journeys import MILD, SEVERE, complete, no_red_flags

pytestmark = pytest.mark.django_db

NOT_ENOUGH = {**MILD, "tried_advice": "not-enough"}


def just_completed():
    """The assessment this test's journey saved (the demo has its own families' assessments too)."""
    return Assessment.objects.latest("pk")


def main(response):
    """The page's main content, without the site's header, footer and meta description."""
    text = response.content.decode()
    return text[text.index("<main") : text.index("</main>")]


def section(text, area_code):
    """The HTML of one area's section on the result page."""
    match = re.search(rf'<section[^>]*aria-labelledby="area-{area_code}".*?</section>', text, re.S)
    assert match, f"no section for {area_code}"
    return match.group(0)


def test_twelve_weeks_of_advice_not_enough_at_mild_scores_is_offered_more_than_advice(client, demo_site):
    text = complete(client, ["getting-dressed"], NOT_ENOUGH).content.decode()
    assessment = just_completed()
    _, result = rescore(assessment)
    assert result.domains[0].tier.code == "targeted"
    assert "you have used the advice for 12 weeks and it has not helped enough" in text
    assert "mostly manages" not in text
    # Not sent back to the same advice with "do this check again after 12 weeks".
    assert "do this check again" not in text
    assert "Advice and a group or workshop" in text
    assert "Everyday skills group" in text  # a group for a 5 to 11 year old's dressing, not only advice


def test_severe_talking_names_speech_and_language_therapy_and_nothing_from_another_area(client, demo_site):
    text = main(complete(client, ["talking-and-understanding"], SEVERE, age_band="under-5"))
    assert just_completed().overall_outcome == "specialist"
    assert "speech and language therapy" in text.lower()
    assert "occupational therapy" not in text.lower()
    assert "senses workshop" not in text.lower()
    assert "Everyday skills workshop" not in text
    assert "Little Steps" not in text
    assert "Talking" in section(text, "talking-and-understanding")


def test_a_ten_year_old_gets_no_topics_for_young_children_and_no_movement_group_under_dressing(client, demo_site):
    text = main(complete(client, ["getting-dressed"], SEVERE, age_band="5-to-11"))
    assert "young children" not in text.lower()
    assert "Move and Grow" not in text
    assert "occupational therapy" in text.lower()


def test_a_teenager_gets_no_topics_for_young_children(client, demo_site):
    areas = ["getting-dressed", "eating-and-drinking", "personal-care", "talking-and-understanding"]
    text = complete(client, areas, SEVERE, age_band="12-to-18").content.decode()
    assert "young children" not in text.lower()


def test_each_offer_appears_once_with_a_summary_at_the_top(client, demo_site):
    # Three areas the everyday skills workshop covers: it is described once, not three times.
    areas = ["getting-dressed", "eating-and-drinking", "personal-care"]
    text = complete(client, areas, MILD, age_band="5-to-11").content.decode()
    assert text.count("A 2-hour online workshop about dressing") == 1
    assert "What we suggest" in text
    assert text.index("What we suggest") < text.index("What to do for each area")


def test_red_flag_result_does_not_say_check_again_in_12_weeks_or_mostly_manages(client, demo_site):
    flags = {**no_red_flags(), "flag_lost-skills": "yes"}
    text = complete(client, ["getting-dressed"], MILD, red_flags=flags).content.decode()
    assert just_completed().overall_outcome == "gp-within-days"
    assert "mostly manages" not in text
    assert "in 12 weeks" not in text and "after 12 weeks" not in text and "check again" not in text


def test_demo_offers_keep_to_one_discipline_and_topic_titles_fit_their_age_bands(demo_site):
    from home.models import AdviceTopicPage
    from selfassess.models import SupportOffer

    for offer in SupportOffer.objects.prefetch_related("life_areas"):
        assert len({area.discipline for area in offer.life_areas.all()}) == 1, offer.title
    for topic in AdviceTopicPage.objects.live():
        bands = set(topic.age_bands.values_list("slug", flat=True))
        if "young children" in topic.title.lower():
            assert bands == {"under-5"}, topic.title
        if "teenagers" in topic.title.lower():
            assert bands == {"12-to-18"}, topic.title
