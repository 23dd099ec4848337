"""The result page: what we suggest for each area, and on a repeat check, the progress record first."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from home.models import AdviceTopicPage
from selfassess import journey, languages
from selfassess.engine import Outcome, disciplines_in_words
from selfassess.models import Assessment, SupportOffer
from selfassess.progress import progress_record
from selfassess.views import steps

ADVICE_TOPICS_PER_AREA = 4
CARE_CARD_URGENCY = {
    Outcome.UNIVERSAL: "non-urgent",
    Outcome.TARGETED: "non-urgent",
    Outcome.SPECIALIST: "non-urgent",
    Outcome.SPECIALIST_URGENT: "urgent",
    Outcome.GP_WITHIN_DAYS: "urgent",
    Outcome.GP_TODAY: "urgent",
    Outcome.IMMEDIATE: "emergency",
}
TIER_TAGS = {Outcome.UNIVERSAL: "green", Outcome.TARGETED: "yellow", Outcome.SPECIALIST: "orange"}


def by_area(items, area_ids, limit=None):
    """Group items (with life_areas prefetched, in display order) under each of the areas they belong to."""
    grouped = {area_id: [] for area_id in area_ids}
    for item in items:
        for area in item.life_areas.all():
            if area.pk in grouped and (limit is None or len(grouped[area.pk]) < limit):
                grouped[area.pk].append(item)
    return grouped


def offer_in_words(offer, translate):
    """An offer's words in the family's language, or all in English (marked so) if any is not translated."""
    texts = {name: getattr(offer, name) for name in ("title", "description", "how_to_join")}
    if translate is None:
        return {**texts, "in_english": not languages.is_english()}
    translated = {name: translate(text) if text else text for name, text in texts.items()}
    if all(value is not None for value in translated.values()):
        return {**translated, "in_english": False}
    return {**texts, "in_english": True}


def area_cards(version, result, age_band, translate=None):
    """(one card per area, each support offer once): only what fits both the area and the child's age band.

    A topic or offer tagged with several chosen areas is shown once, under the first of them (topics)
    or in the one list of offers that names the areas it is for, so the phone page stays short.
    """
    # Three queries for any number of areas, not three per area.
    life_areas = [version.life_areas[domain.code] for domain in result.domains]
    area_ids = [area.pk for area in life_areas]
    topics = by_area(
        AdviceTopicPage.objects.live()
        .public()
        .filter(life_areas__in=area_ids, age_bands=age_band)
        .distinct()
        .order_by("title")
        .prefetch_related("life_areas"),
        area_ids,
    )
    all_offers = list(
        SupportOffer.objects.live()
        .filter(life_areas__in=area_ids, age_bands=age_band)
        .distinct()
        .order_by("title")
        .prefetch_related("life_areas")
    )
    workshops = by_area([o for o in all_offers if o.kind == SupportOffer.Kind.WORKSHOP], area_ids)
    targeted = by_area([o for o in all_offers if o.kind == SupportOffer.Kind.TARGETED], area_ids)
    cards, shown_topics, offers = [], set(), {}
    for domain, life_area in zip(result.domains, life_areas, strict=True):
        area_topics = [t for t in topics[life_area.pk] if t.pk not in shown_topics][:ADVICE_TOPICS_PER_AREA]
        shown_topics.update(t.pk for t in area_topics)
        area_offers = workshops[life_area.pk] + (targeted[life_area.pk] if domain.tier >= Outcome.TARGETED else [])
        for offer in area_offers:
            if offer.pk not in offers:
                offers[offer.pk] = {"offer": offer, "areas": [], **offer_in_words(offer, translate)}
            offers[offer.pk]["areas"].append(domain.name)
        cards.append(
            {
                "result": domain,
                "tier_label": languages.outcome_label(domain.tier),
                "tier_tag": TIER_TAGS[domain.tier],
                "is_specialist": domain.tier >= Outcome.SPECIALIST,
                # The discipline is named for every area that needs more than advice.
                "discipline": domain.discipline if domain.tier >= Outcome.TARGETED else "",
                # Advice pages are not translated yet: in another language their titles say they are English.
                "topics": [
                    {"title": t.title, "url": t.url, "in_english": not languages.is_english()} for t in area_topics
                ],
            }
        )
    # Targeted groups first: they are the help this result is for; then workshops anyone can join.
    ordered = sorted(offers.values(), key=lambda item: item["offer"].kind != SupportOffer.Kind.TARGETED)
    return cards, ordered


@never_cache
def result(request):
    assessment = (
        Assessment.objects.filter(pk=request.session.get(journey.RESULT_KEY)).select_related("age_band").first()
    )
    if assessment is None:
        return steps.start_again(request)
    english_version, english_outcome = journey.rescore(assessment)
    steps.show_in_language(request, english_version)
    # Read in the family's language; the help offered is decided in English (selfassess/languages.py).
    version, outcome, translate = languages.result_in_language(
        english_version, english_outcome, journey.stored_answers(assessment)
    )
    referral_needed = english_outcome.overall >= Outcome.SPECIALIST
    cards, offers = area_cards(version, outcome, assessment.age_band, translate)
    record = progress_record(assessment.code)
    # "Note the advice you try" and "check again" open this result's record, not one opened earlier.
    request.session[journey.RECORD_KEY] = assessment.code
    return render(
        request,
        "selfassess/result.html",
        {
            "assessment": assessment,
            "outcome": outcome,
            "overall_label": languages.outcome_label(outcome.overall),
            "urgency": CARE_CARD_URGENCY[english_outcome.overall],
            "red_flags": [version.red_flag_text[f.code] for f in outcome.red_flags],
            "areas": cards,
            "offers": offers,
            "referral_disciplines": disciplines_in_words(
                outcome.referral_disciplines, conjunction=_(" and "), separator=_(", ")
            ),
            "escalated_areas": [d.name for d in outcome.domains if d.escalated],
            "referral_needed": referral_needed,
            "referral_url": reverse("referrals:start-page") + f"?assessment={assessment.code}",
            # A repeat check opens with every check so far (selfassess/progress.py).
            "progress": record if record and len(record.checks) > 1 else None,
        },
    )
