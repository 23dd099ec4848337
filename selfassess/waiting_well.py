"""Advice for a child waiting for therapy: chosen from their areas of need and age band (issue 18).

The referral confirmation and "Where is my referral?" pages use it, so a family waiting months has
things to try for this child today, not a link to every piece of advice. The same rule as the
self-assessment's result: a topic or workshop is offered only where both its area and age band fit.
"""

from dataclasses import dataclass

from home.models import AdviceTopicPage, AgeBand
from selfassess.models import SupportOffer

TOPICS_PER_AREA = 3


@dataclass(frozen=True)
class AreaAdvice:
    name: str
    topics: list


@dataclass(frozen=True)
class WhileYouWait:
    areas: list  # [AreaAdvice], only areas with something to offer
    workshops: list  # SupportOffer workshops: no referral needed

    def __bool__(self):
        return bool(self.areas or self.workshops)


def age_band_for(age):
    """The age band a child of `age` years is in, or None (no date of birth, or outside every band)."""
    if age is None:
        return None
    return AgeBand.objects.filter(min_age__lte=age, max_age__gte=age).order_by("sort_order").first()


def while_you_wait(life_areas, age_band):
    """Advice topics (up to 3 per area, each once) and workshops for these areas and this age band.

    Without an age band nothing is chosen: advice for a teenager is no help for a toddler.
    """
    life_areas = list(life_areas)
    if age_band is None or not life_areas:
        return WhileYouWait([], [])
    area_ids = [area.pk for area in life_areas]
    topics = list(
        AdviceTopicPage.objects.live()
        .public()
        .filter(life_areas__in=area_ids, age_bands=age_band)
        .distinct()
        .order_by("title")
        .prefetch_related("life_areas")
    )
    shown, areas = set(), []
    for area in life_areas:
        chosen = [t for t in topics if t.pk not in shown and area in t.life_areas.all()][:TOPICS_PER_AREA]
        shown.update(t.pk for t in chosen)
        if chosen:
            areas.append(AreaAdvice(area.name, chosen))
    workshops = list(
        SupportOffer.objects.live()
        .filter(kind=SupportOffer.Kind.WORKSHOP, life_areas__in=area_ids, age_bands=age_band)
        .distinct()
        .order_by("title")
    )
    return WhileYouWait(areas, workshops)
