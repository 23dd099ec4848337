"""Impact preview: what a draft of the questionnaire would change for the families who used it recently.

The stored answers of the last 90 days' self-assessments (answers only: no return codes, no dates,
nothing identifying a family) are scored again, area by area, by the version families get now and
by the draft (the latest saved revision), and the areas whose tier would move are counted, up (more
help) or down (less help), with a few examples in staff words.

Bounded: only the most recent `MOST_ASSESSMENTS` are scored (the screen says so when there are more),
and identical area answers are scored once, so the cost does not grow with the number of families
beyond reading their answers. Measured in selfassess/tests/test_impact_preview.py.
"""

import datetime
import random
import time
from collections import Counter
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone

from home.models import AgeBand, LifeArea
from selfassess import engine
from selfassess.definitions import INCOMPLETE, build_version, version_for_revision
from selfassess.engine import OUTCOME_LABELS, Answers, DomainAnswers, InvalidAnswers, InvalidDefinition
from selfassess.models import Assessment

WINDOW_DAYS = 90
MOST_ASSESSMENTS = 5000
EXAMPLES = 5


@dataclass(frozen=True)
class AreaChange:
    name: str
    scored: int  # area answers both versions could score
    up: int  # would get more help with the draft
    down: int  # would get less help with the draft

    @property
    def unchanged(self):
        return self.scored - self.up - self.down


@dataclass(frozen=True)
class ImpactPreview:
    draft_revision_id: int | None
    compared_with: str  # "the live version" or "the version each family answered"
    in_window: int  # self-assessments in the last WINDOW_DAYS days
    considered: int  # how many of them were scored (at most MOST_ASSESSMENTS)
    assessments_changed: int  # of those considered, how many would have any area change tier
    areas: tuple = ()
    examples: tuple = ()
    not_scored: int = 0  # area answers that do not fit the draft or the live version (questions added or removed)
    seconds: float = 0.0
    problem: str = ""  # the draft cannot be scored at all
    window_days: int = WINDOW_DAYS

    @property
    def capped(self):
        return self.considered < self.in_window

    @property
    def changes(self):
        return sum(area.up + area.down for area in self.areas)


class Scorer:
    """One version's area tiers for stored answers, each distinct set of answers scored once."""

    def __init__(self, version):
        self.definition = version.definition
        self.no_red_flags = {flag.code: False for flag in self.definition.red_flags}
        self.known = {}

    def area(self, age_band, code, stored):
        """The area's DomainResult, or None when the answers do not fit this version."""
        try:
            key = (age_band, code, tuple(stored["scores"]), stored["impact"], stored["tried_advice"])
        except (KeyError, TypeError):
            return None
        if key not in self.known:
            answers = Answers(
                age_band=age_band,
                red_flags=self.no_red_flags,
                domains={code: DomainAnswers(key[2], key[3], key[4])},
            )
            try:
                # Red flags change an area's words, never its tier, so each area is scored on its own.
                self.known[key] = engine.route(self.definition, answers).domains[0]
            except (InvalidAnswers, InvalidDefinition, TypeError, IndexError):
                self.known[key] = None
        return self.known[key]


def example_text(band_name, area_name, before, after):
    """'5 to 11 (primary school), Getting dressed: 'Ask for a referral' → 'Advice and a group or workshop'
    (score 12 of 18)' — answers only, never who or when."""
    score = f"score {before.score} of {before.max_score}"
    if (after.score, after.max_score) != (before.score, before.max_score):
        score += f" now, {after.score} of {after.max_score} with the draft"
    if after.escalated or before.escalated:
        score += "; the advice has not helped enough after 12 weeks"
    return f"{band_name}, {area_name}: '{OUTCOME_LABELS[before.tier]}' → '{OUTCOME_LABELS[after.tier]}' ({score})"


def pick_examples(changes, seed, count=EXAMPLES):
    """A few changes, from as many different areas as there are, in an order that has nothing to do with
    when the families answered."""
    shuffled = list(changes)
    random.Random(seed).shuffle(shuffled)
    chosen, areas = [], set()
    for change in shuffled:  # first one per area...
        if len(chosen) < count and change[1] not in areas:
            chosen.append(change)
            areas.add(change[1])
    for change in shuffled:  # ...then any
        if len(chosen) < count and change not in chosen:
            chosen.append(change)
    return chosen


def impact_preview(questionnaire, now=None, limit=None):
    """Score the last WINDOW_DAYS days' stored answers with the version families get now and with the
    latest saved revision of `questionnaire`, and count the areas that would change tier."""
    started = time.perf_counter()
    limit = MOST_ASSESSMENTS if limit is None else limit
    revision = questionnaire.latest_revision
    since = (now or timezone.now()) - datetime.timedelta(days=WINDOW_DAYS)
    recent = Assessment.objects.filter(questionnaire_id=questionnaire.pk, created_at__gte=since)
    in_window = recent.count()
    empty = {"draft_revision_id": revision and revision.pk, "in_window": in_window, "considered": 0}
    if revision is None:
        return ImpactPreview(**empty, compared_with="", assessments_changed=0, problem="nothing has been saved yet")
    try:
        draft = Scorer(build_version(revision.as_object(), revision_id=revision.pk))
    except (InvalidDefinition, ValueError, TypeError, KeyError) as error:
        problem = INCOMPLETE if isinstance(error, TypeError | KeyError) else str(error)
        return ImpactPreview(**empty, compared_with="", assessments_changed=0, problem=problem)
    live = Scorer(version_for_revision(questionnaire.live_revision_id)) if questionnaire.live_revision_id else None
    own_versions = {}

    rows = recent.order_by("-created_at", "-pk").values_list("answers", "revision_id")[:limit]
    scored, up, down, not_scored = Counter(), Counter(), Counter(), 0
    changes, assessments_changed, considered = [], 0, 0
    for answers, revision_id in rows.iterator(chunk_size=1000):
        considered += 1
        if live is not None:
            before_scorer = live
        else:  # nothing is live yet: compare with the version each family answered
            if revision_id not in own_versions:
                own_versions[revision_id] = Scorer(version_for_revision(revision_id))
            before_scorer = own_versions[revision_id]
        age_band = answers.get("age_band")
        changed = False
        for code, stored in (answers.get("domains") or {}).items():
            before = before_scorer.area(age_band, code, stored)
            after = draft.area(age_band, code, stored)
            if before is None or after is None:
                not_scored += 1
                continue
            scored[code] += 1
            if after.tier != before.tier:
                changed = True
                (up if after.tier > before.tier else down)[code] += 1
                changes.append((age_band, code, before, after))
        assessments_changed += changed

    area_names = dict(LifeArea.objects.values_list("slug", "name"))
    area_names.update({domain.code: domain.name for domain in draft.definition.domains})
    order = [domain.code for domain in draft.definition.domains]
    order += sorted(code for code in scored if code not in order)
    areas = tuple(
        AreaChange(area_names.get(code, code), scored[code], up[code], down[code]) for code in order if scored[code]
    )
    band_names = dict(AgeBand.objects.values_list("slug", "name"))
    examples = tuple(
        example_text(band_names.get(band, band), area_names.get(code, code), before, after)
        for band, code, before, after in pick_examples(changes, seed=revision.pk)
    )
    return ImpactPreview(
        draft_revision_id=revision.pk,
        compared_with="the live version" if live is not None else "the version each family answered",
        in_window=in_window,
        considered=considered,
        assessments_changed=assessments_changed,
        areas=areas,
        examples=examples,
        not_scored=not_scored,
        seconds=time.perf_counter() - started,
    )


CACHE_SECONDS = 600


def cached_impact_preview(questionnaire):
    """The preview for the latest saved revision, kept for 10 minutes: the edit screen, the approval dialog
    and the full preview each show it, and a new draft, a new assessment or another live version starts
    again. A cache outage only means working it out again."""
    newest = Assessment.objects.filter(questionnaire_id=questionnaire.pk).order_by("-pk").values_list("pk", flat=True)
    key = ":".join(
        str(part)
        for part in (
            "selfassess-impact",
            questionnaire.pk,
            questionnaire.latest_revision_id,
            questionnaire.live_revision_id,
            newest.first(),
            timezone.now().date(),  # the 90-day window moves on each day
        )
    )
    preview = cache.get(key)
    if preview is None:
        preview = impact_preview(questionnaire)
        cache.set(key, preview, CACHE_SECONDS)
    return preview
