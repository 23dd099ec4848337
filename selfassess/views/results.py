"""The result page, and checking progress with a return code."""

from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from home.models import AdviceTopicPage
from selfassess import journey, return_codes
from selfassess.engine import OUTCOME_LABELS, Outcome, disciplines_in_words
from selfassess.forms import ReturnCodeForm
from selfassess.models import Assessment, SupportOffer, current_version
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


def area_cards(version, result, age_band):
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
            offers.setdefault(offer.pk, {"offer": offer, "areas": []})["areas"].append(domain.name)
        cards.append(
            {
                "result": domain,
                "tier_label": OUTCOME_LABELS[domain.tier],
                "tier_tag": TIER_TAGS[domain.tier],
                "is_specialist": domain.tier >= Outcome.SPECIALIST,
                # The discipline is named for every area that needs more than advice.
                "discipline": domain.discipline if domain.tier >= Outcome.TARGETED else "",
                "topics": area_topics,
            }
        )
    # Targeted groups first: they are the help this result is for; then workshops anyone can join.
    ordered = sorted(offers.values(), key=lambda item: item["offer"].kind != SupportOffer.Kind.TARGETED)
    return cards, ordered


def comparison(assessment, result):
    """Before and after, per area both assessments share; scores as a share of each version's maximum."""
    previous = assessment.previous
    if previous is None:
        return None
    try:
        _, before = journey.rescore(previous)
    except Exception:  # an old version that no longer builds must not break today's result
        return None
    before_by_code = {d.code: d for d in before.domains}
    rows = []
    for after in result.domains:
        was = before_by_code.get(after.code)
        if was is None:
            continue
        rows.append(
            {
                "name": after.name,
                "before": was,
                "after": after,
                "before_percent": round(100 * was.score / was.max_score) if was.max_score else 0,
                "after_percent": round(100 * after.score / after.max_score) if after.max_score else 0,
                "before_label": OUTCOME_LABELS[was.tier],
                "after_label": OUTCOME_LABELS[after.tier],
            }
        )
    return {"previous": previous, "rows": rows, "chart_height": 40 + 60 * len(rows)}


@never_cache
def result(request):
    assessment = (
        Assessment.objects.filter(pk=request.session.get(journey.RESULT_KEY)).select_related("age_band").first()
    )
    if assessment is None:
        return steps.start_again(request)
    version, outcome = journey.rescore(assessment)
    referral_needed = outcome.overall >= Outcome.SPECIALIST
    cards, offers = area_cards(version, outcome, assessment.age_band)
    return render(
        request,
        "selfassess/result.html",
        {
            "assessment": assessment,
            "outcome": outcome,
            "overall_label": OUTCOME_LABELS[outcome.overall],
            "urgency": CARE_CARD_URGENCY[outcome.overall],
            "red_flags": [version.red_flag_text[f.code] for f in outcome.red_flags],
            "areas": cards,
            "offers": offers,
            "referral_disciplines": disciplines_in_words(outcome.referral_disciplines),
            "escalated_areas": [d.name for d in outcome.domains if d.escalated],
            "referral_needed": referral_needed,
            "referral_url": f"/refer/?assessment={assessment.code}",
            "comparison": comparison(assessment, outcome),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def progress(request):
    version = current_version()
    form = ReturnCodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        try:
            return_codes.count_lookup(request)
        except return_codes.LookupsPaused:
            form.add_error(None, return_codes.LOOKUPS_PAUSED)
            response = render(request, "selfassess/progress.html", {"form": form, "version": version}, status=429)
            response["Retry-After"] = str(return_codes.PAUSED_RETRY_SECONDS)
            return response
        except return_codes.TooManyLookups:
            return return_codes.too_many_lookups(request)
        if form.is_valid():
            previous = Assessment.objects.filter(code=form.cleaned_data["code"]).select_related("age_band").first()
            if previous is None:
                form.add_error("code", "We could not find results with that code. Check the code and try again")
            elif version is not None:
                # Start with the age question, pre-filled: the child may have moved up a band since.
                journey.start(request.session, version, previous=previous)
                return redirect("selfassess:age")
    return render(request, "selfassess/progress.html", {"form": form, "version": version})
