"""The result page, and checking progress with a return code."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from home.models import AdviceTopicPage
from portal.cache import CacheUnavailable
from selfassess import journey
from selfassess.definitions import current_version
from selfassess.engine import OUTCOME_LABELS, Outcome
from selfassess.forms import ReturnCodeForm
from selfassess.models import Assessment, SupportOffer

ADVICE_TOPICS_PER_AREA = 4
LOOKUPS_PAUSED = "We cannot check return codes at the moment. Please try again in a few minutes."
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


def advice_topics(life_area, age_band):
    return (
        AdviceTopicPage.objects.live()
        .public()
        .filter(life_areas=life_area, age_bands=age_band)
        .distinct()
        .order_by("title")[:ADVICE_TOPICS_PER_AREA]
    )


def offers(kind, life_area, age_band):
    return SupportOffer.objects.filter(kind=kind, life_areas=life_area, age_bands=age_band).distinct().order_by("title")


def by_area(items, area_ids, limit=None):
    """Group items (with life_areas prefetched, in display order) under each of the areas they belong to."""
    grouped = {area_id: [] for area_id in area_ids}
    for item in items:
        for area in item.life_areas.all():
            if area.pk in grouped and (limit is None or len(grouped[area.pk]) < limit):
                grouped[area.pk].append(item)
    return grouped


def area_cards(version, result, age_band):
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
        limit=ADVICE_TOPICS_PER_AREA,
    )
    all_offers = list(
        SupportOffer.objects.filter(life_areas__in=area_ids, age_bands=age_band)
        .distinct()
        .order_by("title")
        .prefetch_related("life_areas")
    )
    workshops = by_area([o for o in all_offers if o.kind == SupportOffer.Kind.WORKSHOP], area_ids)
    targeted = by_area([o for o in all_offers if o.kind == SupportOffer.Kind.TARGETED], area_ids)
    cards = []
    for domain, life_area in zip(result.domains, life_areas, strict=True):
        cards.append(
            {
                "result": domain,
                "tier_label": OUTCOME_LABELS[domain.tier],
                "tier_tag": TIER_TAGS[domain.tier],
                "is_specialist": domain.tier >= Outcome.SPECIALIST,
                "topics": topics[life_area.pk],
                "workshops": workshops[life_area.pk],
                "targeted_offers": targeted[life_area.pk] if domain.tier >= Outcome.TARGETED else [],
            }
        )
    return cards


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
        return render(request, "selfassess/expired.html")
    version, outcome = journey.rescore(assessment)
    referral_needed = outcome.overall >= Outcome.SPECIALIST
    return render(
        request,
        "selfassess/result.html",
        {
            "assessment": assessment,
            "outcome": outcome,
            "overall_label": OUTCOME_LABELS[outcome.overall],
            "urgency": CARE_CARD_URGENCY[outcome.overall],
            "red_flags": [version.red_flag_text[f.code] for f in outcome.red_flags],
            "areas": area_cards(version, outcome, assessment.age_band),
            "referral_needed": referral_needed,
            "referral_url": f"/refer/?assessment={assessment.code}",
            "comparison": comparison(assessment, outcome),
        },
    )


def client_key(request):
    """A hash of the client address: enough to count attempts, never stored as the address itself."""
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:24]
    return f"selfassess:code-lookups:{digest}"


def lookup_allowed(request):
    """True while this client has attempts left in the window.

    Raises CacheUnavailable when attempts cannot be counted (the shared cache is down): return
    codes are worth guessing, so lookups pause rather than run unlimited (docs/resilience.md).
    """
    key = client_key(request)
    window = settings.SELFASSESS_CODE_LOOKUP_WINDOW_SECONDS
    if cache.add(key, 1, timeout=window):
        return True
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        attempts = 1
    return attempts <= settings.SELFASSESS_CODE_LOOKUP_LIMIT


@never_cache
@require_http_methods(["GET", "POST"])
def progress(request):
    version = current_version()
    form = ReturnCodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        try:
            allowed = lookup_allowed(request)
        except CacheUnavailable:
            form.add_error(None, LOOKUPS_PAUSED)
            response = render(request, "selfassess/progress.html", {"form": form, "version": version}, status=429)
            response["Retry-After"] = "300"
            return response
        if not allowed:
            return render(request, "selfassess/too_many_attempts.html", status=429)
        if form.is_valid():
            previous = Assessment.objects.filter(code=form.cleaned_data["code"]).select_related("age_band").first()
            if previous is None:
                form.add_error("code", "We could not find results with that code. Check the code and try again")
            elif version is not None:
                # Start with the age question, pre-filled: the child may have moved up a band since.
                journey.start(request.session, version, previous=previous)
                return redirect("selfassess:age")
    return render(request, "selfassess/progress.html", {"form": form, "version": version})
