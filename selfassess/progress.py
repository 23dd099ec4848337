"""One progress record per child: every check made with the same return code, area by area.

A family keeps one return code across repeats; each check is an `Assessment` with that code. The
record shows every check so far (a chart and a table per area), says in words what changed, and
lists what the family noted they tried (`StrategyNote`). An area not answered at a check is a gap
("Not checked"), never a score of 0: no answer is not "no difficulty".
"""

import logging
from dataclasses import dataclass, field

from home.charts import ChartPoint, line_chart_svg
from selfassess import journey
from selfassess.engine import OUTCOME_LABELS
from selfassess.models import Assessment
from selfassess.models.strategies import StrategyNote

NOT_CHECKED = "Not checked"
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    number: int
    assessment: Assessment
    domains: dict  # area code -> engine.DomainResult, for the areas answered at this check

    @property
    def date(self):
        return self.assessment.created_at


@dataclass
class AreaProgress:
    code: str
    name: str
    # One per check, in order: the DomainResult, or None where the area was not answered (a gap).
    points: list
    checks: list
    tried: list = field(default_factory=list)

    @property
    def answered(self):
        return [(check, point) for check, point in zip(self.checks, self.points, strict=True) if point]

    def rows(self):
        """(check, "12 of 18", "Ask for a referral") per check; a gap reads "Not checked"."""
        for check, point in zip(self.checks, self.points, strict=True):
            if point is None:
                yield check, NOT_CHECKED, ""
            else:
                yield check, f"{point.score} of {point.max_score}", OUTCOME_LABELS[point.tier]

    def change_in_words(self):
        """What changed, from the first check that answered this area to the latest that did."""
        answered = self.answered
        latest_check, latest = answered[-1]
        when = f"{latest_check.date:%-d %B %Y}"
        if len(answered) == 1:
            return f"Checked once so far, on {when}: {OUTCOME_LABELS[latest.tier].lower()}."
        first_check, first = answered[0]
        since = f"{first_check.date:%-d %B %Y}"
        words = (
            f"Your child {self.compared(first, latest)} on {since} (score {first.score} of {first.max_score}, "
            f"now {latest.score} of {latest.max_score})."
        )
        if len(answered) > 2:
            # From three checks on, the latest change matters too: better than at first can be worse than last time.
            _, last_time = answered[-2]
            since_last = {
                "needs less help than": "your child needs less help now",
                "needs more help than": "your child needs more help now",
                "needs about the same help as": "it is about the same now",
            }[self.compared(last_time, latest)]
            words += f" At the check before, the score was {last_time.score} of {last_time.max_score}: {since_last}."
        if latest.tier != first.tier:
            words += f" We now suggest: {OUTCOME_LABELS[latest.tier].lower()}."
        if self.points[-1] is None:
            words += f" Not checked at the latest check, on {self.checks[-1].date:%-d %B %Y}."
        return words

    @staticmethod
    def compared(before, after):
        """How `after` compares with `before`: "needs less help than", "needs more help than" or "needs about the
        same help as"."""
        # Compare shares of the highest score: a newer questionnaire version may score out of more.
        was, now = before.score / before.max_score, after.score / after.max_score
        if now < was:
            return "needs less help than"
        if now > was:
            return "needs more help than"
        return "needs about the same help as"

    def chart(self):
        labels = chart_labels(self.checks)
        points = [
            ChartPoint(label, None if point is None else point.score)
            for label, point in zip(labels, self.points, strict=True)
        ]
        highest = max(point.max_score for _, point in self.answered)
        return line_chart_svg(
            points,
            chart_id=f"progress-{self.code}",
            title=f"{self.name}: score at each check (out of {highest}; lower means less help needed)",
            description=self.change_in_words() + " The table below gives the same numbers.",
            unit="score",
        )


def chart_labels(checks):
    """Each check's date; "Check 2" instead where two checks share a day, so every label is its own."""
    dates = [f"{check.date:%-d %b %Y}" for check in checks]
    if len(set(dates)) == len(dates):
        return dates
    return [f"Check {check.number}" for check in checks]


@dataclass
class ProgressRecord:
    code: str
    checks: list
    areas: list

    @property
    def latest(self):
        return self.checks[-1].assessment

    @property
    def display_code(self):
        return self.latest.display_code

    @property
    def has_notes(self):
        return any(area.tried for area in self.areas)


def checks_for(code):
    """Every stored check with this return code, oldest first, each scored by its own version."""
    checks = []
    for assessment in Assessment.objects.filter(code=code).select_related("age_band").order_by("created_at", "pk"):
        try:
            _, result = journey.rescore(assessment)
        except Exception:  # an old version that no longer builds must not hide the rest of the record
            logger.warning("Check %s could not be scored again for its progress record", assessment.pk, exc_info=True)
            continue
        checks.append(Check(len(checks) + 1, assessment, {d.code: d for d in result.domains}))
    return checks


def progress_record(code):
    """The progress record for a return code, or None when no check with it is stored."""
    checks = checks_for(code)
    if not checks:
        return None
    names, order = {}, []
    # Areas in the order the latest check shows them, then any only earlier checks had.
    for check in reversed(checks):
        for domain in check.domains.values():
            if domain.code not in names:
                names[domain.code] = domain.name
                order.append(domain.code)
    latest_order = list(checks[-1].domains)
    order = latest_order + [code for code in order if code not in latest_order]
    notes = list(StrategyNote.objects.filter(code=code))
    areas = [
        AreaProgress(
            code=area,
            name=names[area],
            points=[check.domains.get(area) for check in checks],
            checks=checks,
            tried=[note for note in notes if note.area == area],
        )
        for area in order
    ]
    return ProgressRecord(code=code, checks=checks, areas=areas)


def for_referral(code):
    """{area code: {"progress": [[check and date, score, suggestion]], "tried": [[what, how often, how long, helped]]}}:
    the record in words, copied into a referral so the therapist sees every check and what was tried."""
    record = progress_record(code)
    if record is None:
        return {}
    copied = {}
    for area in record.areas:
        copied[area.code] = {
            "progress": [
                [f"Check {check.number}, {check.date:%-d %B %Y}", score, suggestion]
                for check, score, suggestion in area.rows()
            ],
            "tried": [
                [note.what, note.get_how_often_display(), note.weeks_in_words, note.get_helped_display()]
                for note in area.tried
            ],
        }
    return copied
