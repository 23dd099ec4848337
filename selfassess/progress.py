"""One progress record per child: every check made with the same return code, area by area.

A family keeps one return code across repeats; each check is an `Assessment` with that code. The
record shows every check so far (a chart and a table per area), says in words what changed, and
lists what the family noted they tried (`StrategyNote`). An area not answered at a check is a gap
("Not checked"), never a score of 0: no answer is not "no difficulty".
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_noop

from home.charts import ChartPoint, line_chart_svg
from selfassess import journey
from selfassess.engine import OUTCOME_LABELS
from selfassess.models import Assessment
from selfassess.models.strategies import StrategyNote

NOT_CHECKED = gettext_noop("Not checked")
# How the latest check compares with an earlier one, and the same change said from the latest check.
COMPARED = {
    "less": gettext_noop("needs less help than"),
    "more": gettext_noop("needs more help than"),
    "same": gettext_noop("needs about the same help as"),
}
SINCE_LAST = {
    "less": gettext_noop("your child needs less help now"),
    "more": gettext_noop("your child needs more help now"),
    "same": gettext_noop("it is about the same now"),
}


def on(moment):
    """A check's date in the active language: "1 December 2026", "1 grudnia 2026"."""
    return date_format(moment, "j E Y")


def out_of(point):
    return gettext("%(score)s of %(max_score)s") % {"score": point.score, "max_score": point.max_score}


def suggestion(tier):
    return gettext(OUTCOME_LABELS[tier])


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
                yield check, gettext(NOT_CHECKED), ""
            else:
                yield check, out_of(point), suggestion(point.tier)

    def change_in_words(self):
        """What changed, from the first check that answered this area to the latest that did."""
        answered = self.answered
        latest_check, latest = answered[-1]
        if len(answered) == 1:
            return gettext("Checked once so far, on %(date)s: %(suggestion)s.") % {
                "date": on(latest_check.date),
                "suggestion": suggestion(latest.tier).lower(),
            }
        first_check, first = answered[0]
        words = gettext("Your child %(compared)s on %(date)s (score %(before)s, now %(now)s).") % {
            "compared": gettext(COMPARED[self.compared(first, latest)]),
            "date": on(first_check.date),
            "before": out_of(first),
            "now": out_of(latest),
        }
        if len(answered) > 2:
            # From three checks on, the latest change matters too: better than at first can be worse than last time.
            _, last_time = answered[-2]
            words += " " + gettext("At the check before, the score was %(score)s: %(since_last)s.") % {
                "score": out_of(last_time),
                "since_last": gettext(SINCE_LAST[self.compared(last_time, latest)]),
            }
        if latest.tier != first.tier:
            words += " " + gettext("We now suggest: %(suggestion)s.") % {"suggestion": suggestion(latest.tier).lower()}
        if self.points[-1] is None:
            words += " " + gettext("Not checked at the latest check, on %(date)s.") % {"date": on(self.checks[-1].date)}
        return words

    @staticmethod
    def compared(before, after):
        """How `after` compares with `before`: "less" (needs less help), "more" or "same"."""
        # Compare shares of the highest score: a newer questionnaire version may score out of more.
        was, now = before.score / before.max_score, after.score / after.max_score
        if now < was:
            return "less"
        if now > was:
            return "more"
        return "same"

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
            title=gettext("%(area)s: score at each check (out of %(highest)s; lower means less help needed)")
            % {"area": self.name, "highest": highest},
            description=self.change_in_words() + " " + gettext("The table below gives the same numbers."),
            unit=gettext("score"),
        )


def chart_labels(checks):
    """Each check's date; "Check 2" instead where two checks share a day, so every label is its own."""
    dates = [date_format(check.date, "j M Y") for check in checks]
    if len(set(dates)) == len(dates):
        return dates
    return [gettext("Check %(number)s") % {"number": check.number} for check in checks]


@dataclass
class ProgressRecord:
    code: str
    checks: list
    areas: list
    in_english: bool = False  # the family's language lacked an area's name: the record is shown in English

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
    names, in_english = names_in_language(names)
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
    return ProgressRecord(code=code, checks=checks, areas=areas, in_english=in_english)


def names_in_language(names):
    """The areas' names in the active language ({code: name}, whether they had to stay English): all of them
    translated (selfassess/languages.py's catalogue), or all English, never a mix."""
    language = translation.get_language()
    if language == settings.LANGUAGE_CODE:
        return names, False
    from selfassess.languages import catalogue

    found = catalogue(language)
    if all(found.get(name) for name in names.values()):
        return {code: found[name] for code, name in names.items()}, False
    return names, True


def for_referral(code):
    """{area code: {"progress": [[check and date, score, suggestion]], "tried": [[what, how often, how long, helped]]}}:
    the record in words, copied into a referral so the therapist sees every check and what was tried."""
    with translation.override(settings.LANGUAGE_CODE):  # for staff: English, whatever the family read
        return record_in_words(code)


def record_in_words(code):
    record = progress_record(code)
    if record is None:
        return {}
    copied = {}
    for area in record.areas:
        copied[area.code] = {
            "progress": [
                [f"Check {check.number}, {check.date:%-d %B %Y}", score, suggested]
                for check, score, suggested in area.rows()
            ],
            "tried": [
                [note.what, note.get_how_often_display(), note.weeks_in_words, note.get_helped_display()]
                for note in area.tried
            ],
        }
    return copied
