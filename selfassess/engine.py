"""The self-assessment's scoring and routing rules, in plain Python.

No Django here on purpose: the same rules score a family's answers, check the safety scenarios
before a questionnaire version is published, and run under property tests.

Outcomes are ordered from least to most urgent; the overall outcome is the most urgent of the
red-flag outcomes and every area's tier. Answers that do not fit the definition raise
`InvalidAnswers` rather than produce an outcome, because a wrong outcome is worse than none.
"""

from dataclasses import dataclass, field
from enum import IntEnum


def gettext_noop(message):
    """Marks words for the message catalogues (locale/), which translate them where they are shown. The
    engine itself only ever speaks English, so stored outcomes and staff screens stay English."""
    return message


class Outcome(IntEnum):
    UNIVERSAL = 0
    TARGETED = 1
    SPECIALIST = 2
    SPECIALIST_URGENT = 3
    GP_WITHIN_DAYS = 4
    GP_TODAY = 5
    IMMEDIATE = 6

    @property
    def code(self):
        return self.name.lower().replace("_", "-")

    @classmethod
    def from_code(cls, code):
        try:
            return cls[str(code).upper().replace("-", "_")]
        except KeyError:
            raise InvalidDefinition(f"Unknown outcome {code!r}") from None


OUTCOME_LABELS = {
    Outcome.UNIVERSAL: gettext_noop("Advice you can start today"),
    Outcome.TARGETED: gettext_noop("Advice and a group or workshop"),
    Outcome.SPECIALIST: gettext_noop("Ask for a referral"),
    Outcome.SPECIALIST_URGENT: gettext_noop("Ask for an urgent referral"),
    Outcome.GP_WITHIN_DAYS: gettext_noop("Speak to your GP or health visitor within days"),
    Outcome.GP_TODAY: gettext_noop("Speak to your GP today"),
    Outcome.IMMEDIATE: gettext_noop("Get help now"),
}
TIERS = (Outcome.UNIVERSAL, Outcome.TARGETED, Outcome.SPECIALIST)


@dataclass(frozen=True)
class Words:
    """The sentences a result is explained in. {name} is an area's name, {label} an answer's, {questions} the
    questions given that answer and {reason} a red flag's reason. Another language passes its own (only the
    words change: the same code decides every tier, which is how every language routes alike)."""

    needs_a_lot: str = gettext_noop("because you told us your child needs a lot of help with {name}")
    needs_some: str = gettext_noop("because you told us your child needs some extra help with {name}")
    advice_alongside: str = gettext_noop(
        "your answers about {name} on their own point to advice, which you can use alongside the help above"
    )
    mostly_manages: str = gettext_noop(
        "because you told us your child mostly manages {name}, so advice is a good place to start"
    )
    manages: str = gettext_noop("because you told us your child manages {name} like other children their age")
    finds_some_hard: str = gettext_noop("because you told us your child finds some of {name} hard")
    twelve_weeks_not_enough: str = gettext_noop(
        "because you told us you have used the advice for 12 weeks and it has not helped enough"
    )
    hardest_answers: str = gettext_noop("because you told us '{label}' for: {questions}")
    question_separator: str = "; "
    red_flag: str = gettext_noop("because you told us {reason}")


ENGLISH = Words()
TWELVE_WEEKS_NOT_ENOUGH = ENGLISH.twelve_weeks_not_enough


class TriedAdvice:
    """Whether the family has used the advice for at least 12 weeks, from least to most worrying."""

    HELPED = "helped"
    NOT_YET = "not-yet"
    NOT_ENOUGH = "not-enough"
    ORDER = (HELPED, NOT_YET, NOT_ENOUGH)


class InvalidDefinition(ValueError):
    """The questionnaire itself cannot be scored (for example, thresholds the wrong way round)."""


class InvalidAnswers(ValueError):
    """The answers do not fit the questionnaire version: missing, unknown or out of range."""


@dataclass(frozen=True)
class ScaleOption:
    label: str
    score: int


@dataclass(frozen=True)
class RedFlag:
    code: str
    question: str
    outcome: Outcome
    reason: str = ""  # "the child has lost skills", completes "because you told us …"
    discipline: str = ""  # who a referral for this flag goes to ("Occupational therapy"), if anyone


@dataclass(frozen=True)
class Question:
    text: str
    age_bands: tuple = ()  # empty means every age band


@dataclass(frozen=True)
class Domain:
    code: str
    name: str
    questions: tuple
    targeted_threshold: int
    specialist_threshold: int
    discipline: str = ""  # "Occupational therapy", "Speech and language therapy"

    def questions_for(self, age_band):
        return tuple(q for q in self.questions if not q.age_bands or age_band in q.age_bands)


@dataclass(frozen=True)
class Definition:
    age_bands: tuple  # codes
    red_flags: tuple
    domains: tuple
    scale: tuple
    impact_options: tuple
    impact_weight: int = 2

    def __post_init__(self):
        if not self.age_bands:
            raise InvalidDefinition("The questionnaire needs at least one age band")
        if not self.scale or not self.impact_options:
            raise InvalidDefinition("The questionnaire needs an answer scale and impact options")
        for options in (self.scale, self.impact_options):
            scores = [option.score for option in options]
            if len(set(scores)) != len(scores) or min(scores) < 0:
                raise InvalidDefinition("Answer scores must be different from each other and not negative")
        if self.impact_weight < 0:
            raise InvalidDefinition("The impact weighting cannot be negative")
        codes = [flag.code for flag in self.red_flags]
        if len(set(codes)) != len(codes):
            raise InvalidDefinition("Two red flags share a code")
        domain_codes = [domain.code for domain in self.domains]
        if len(set(domain_codes)) != len(domain_codes):
            raise InvalidDefinition("Two areas use the same area of daily life")
        for domain in self.domains:
            if domain.targeted_threshold > domain.specialist_threshold:
                raise InvalidDefinition(f"{domain.name}: the targeted threshold is above the specialist threshold")
            for band in self.age_bands:
                if not domain.questions_for(band):
                    raise InvalidDefinition(f"{domain.name} has no questions for age band {band}")

    @property
    def scale_scores(self):
        return {option.score for option in self.scale}

    @property
    def impact_scores(self):
        return {option.score for option in self.impact_options}

    def domain(self, code):
        for domain in self.domains:
            if domain.code == code:
                return domain
        raise InvalidAnswers(f"Unknown area {code!r}")

    def red_flag(self, code):
        for flag in self.red_flags:
            if flag.code == code:
                return flag
        raise InvalidAnswers(f"Unknown red flag {code!r}")

    def max_score(self, domain, age_band):
        questions = len(domain.questions_for(age_band))
        return questions * max(self.scale_scores) + self.impact_weight * max(self.impact_scores)

    def min_score(self, domain, age_band):
        questions = len(domain.questions_for(age_band))
        return questions * min(self.scale_scores) + self.impact_weight * min(self.impact_scores)

    def possible_scores(self, domain, age_band):
        """Every score some answers to the area's questions for this age band can give."""
        sums = {0}
        for _ in domain.questions_for(age_band):
            sums = {total + option for total in sums for option in self.scale_scores}
        return {total + self.impact_weight * impact for total in sums for impact in self.impact_scores}

    def unreachable_tiers(self, domain, age_band):
        """The tiers no answers can reach by score for this age band (a threshold out of range, or in a gap)."""
        reached = {tier_for_score(domain, score) for score in self.possible_scores(domain, age_band)}
        return tuple(tier for tier in TIERS if tier not in reached)

    def scale_label(self, score):
        return next(option.label for option in self.scale if option.score == score)

    def impact_label(self, score):
        return next(option.label for option in self.impact_options if option.score == score)


@dataclass(frozen=True)
class DomainAnswers:
    scores: tuple  # one per question for the age band, in order
    impact: int
    tried_advice: str


@dataclass(frozen=True)
class Answers:
    age_band: str
    red_flags: dict  # code -> bool, every red flag answered
    domains: dict = field(default_factory=dict)  # domain code -> DomainAnswers


@dataclass(frozen=True)
class DomainResult:
    code: str
    name: str
    score: int
    max_score: int
    tier: Outcome
    escalated: bool
    reasons: tuple
    discipline: str = ""


@dataclass(frozen=True)
class Result:
    overall: Outcome
    red_flags: tuple  # the red flags answered "yes"
    domains: tuple
    reasons: tuple

    @property
    def stopped(self):
        """An immediate-danger answer ends the questionnaire: nothing else matters now."""
        return self.overall == Outcome.IMMEDIATE and any(f.outcome == Outcome.IMMEDIATE for f in self.red_flags)

    @property
    def offer_check_again(self):
        """Only a result without red flags suggests checking again after 12 weeks: a red flag needs help now."""
        return not self.red_flags

    @property
    def referral_disciplines(self):
        """Who a referral goes to: the discipline of each area needing a referral, and of each red flag
        sending the family to a referral, in questionnaire order, each once."""
        named = [d.discipline for d in self.domains if d.tier == Outcome.SPECIALIST]
        named += [f.discipline for f in self.red_flags if f.outcome >= Outcome.SPECIALIST]
        return tuple(dict.fromkeys(name for name in named if name))

    def as_dict(self):
        return {
            "overall": self.overall.code,
            "red_flags": [flag.code for flag in self.red_flags],
            "reasons": list(self.reasons),
            "referral_disciplines": list(self.referral_disciplines),
            "domains": [
                {
                    "code": d.code,
                    "name": d.name,
                    "score": d.score,
                    "max_score": d.max_score,
                    "tier": d.tier.code,
                    "escalated": d.escalated,
                    "reasons": list(d.reasons),
                    "discipline": d.discipline,
                }
                for d in self.domains
            ],
        }


def disciplines_in_words(disciplines, conjunction=" and ", separator=", "):
    """("Occupational therapy", "Speech and language therapy") -> "occupational therapy and speech and language
    therapy", for the middle of a sentence."""
    names = [name.lower() for name in disciplines]
    return conjunction.join(filter(None, [separator.join(names[:-1]), names[-1]])) if names else ""


def _check_answers(definition, answers):
    if answers.age_band not in definition.age_bands:
        raise InvalidAnswers(f"Unknown age band {answers.age_band!r}")
    expected = {flag.code for flag in definition.red_flags}
    given = set(answers.red_flags)
    if given != expected:
        missing, unknown = sorted(expected - given), sorted(given - expected)
        raise InvalidAnswers(f"Red flag answers do not match: missing {missing}, unknown {unknown}")
    if any(not isinstance(value, bool) for value in answers.red_flags.values()):
        raise InvalidAnswers("Red flag answers must be yes or no")
    immediate = any(answers.red_flags[flag.code] and flag.outcome == Outcome.IMMEDIATE for flag in definition.red_flags)
    if not answers.domains and not immediate:
        raise InvalidAnswers("Choose at least one area")
    for code, domain_answers in answers.domains.items():
        domain = definition.domain(code)
        questions = domain.questions_for(answers.age_band)
        if len(domain_answers.scores) != len(questions):
            raise InvalidAnswers(f"{domain.name}: expected {len(questions)} answers, got {len(domain_answers.scores)}")
        if any(isinstance(s, bool) or s not in definition.scale_scores for s in domain_answers.scores):
            raise InvalidAnswers(f"{domain.name}: an answer is not on the scale")
        if isinstance(domain_answers.impact, bool) or domain_answers.impact not in definition.impact_scores:
            raise InvalidAnswers(f"{domain.name}: the impact answer is not one of the options")
        if domain_answers.tried_advice not in TriedAdvice.ORDER:
            raise InvalidAnswers(f"{domain.name}: unknown answer about trying the advice")


def tier_for_score(domain, score):
    if score >= domain.specialist_threshold:
        return Outcome.SPECIALIST
    if score >= domain.targeted_threshold:
        return Outcome.TARGETED
    return Outcome.UNIVERSAL


def route_domain(definition, domain, age_band, domain_answers, red_flagged=False, words=ENGLISH):
    """One area's tier and the reasons for it, in words built from the answers the family chose.

    `red_flagged`: a red flag was answered yes, so the area's words must not reassure ("mostly manages").
    """
    score = sum(domain_answers.scores) + definition.impact_weight * domain_answers.impact
    max_score = definition.max_score(domain, age_band)
    name = domain.name.lower()
    tier = tier_for_score(domain, score)
    if tier == Outcome.SPECIALIST:
        reasons = [words.needs_a_lot.format(name=name)]
    elif tier == Outcome.TARGETED:
        reasons = [words.needs_some.format(name=name)]
    elif red_flagged:
        reasons = [words.advice_alongside.format(name=name)]
    elif score > 0:
        reasons = [words.mostly_manages.format(name=name)]
    else:
        reasons = [words.manages.format(name=name)]
    # Advice used for 12 weeks that has not helped enough is never offered again as the only help:
    # the area moves up one tier, as long as any difficulty was reported.
    escalated = False
    if domain_answers.tried_advice == TriedAdvice.NOT_ENOUGH and score > 0:
        if tier == Outcome.UNIVERSAL:
            reasons = [words.finds_some_hard.format(name=name)]
        if tier < Outcome.SPECIALIST:
            tier, escalated = Outcome(tier + 1), True
        reasons.append(words.twelve_weeks_not_enough)
    reasons.extend(hardest_answers(definition, domain, age_band, domain_answers, tier, words))
    return DomainResult(
        domain.code, domain.name, score, max_score, tier, escalated, tuple(reasons), discipline=domain.discipline
    )


def hardest_answers(definition, domain, age_band, domain_answers, tier, words=ENGLISH):
    """'because you told us 'Cannot do it, or needs full help' for: …', in the label the family chose."""
    worst = max(domain_answers.scores, default=0)
    if tier == Outcome.UNIVERSAL or worst <= min(definition.scale_scores):
        return []
    questions = [
        question.text
        for question, answer in zip(domain.questions_for(age_band), domain_answers.scores, strict=True)
        if answer == worst
    ]
    return [
        words.hardest_answers.format(
            label=definition.scale_label(worst), questions=words.question_separator.join(questions)
        )
    ]


def route(definition, answers, words=ENGLISH):
    """Score `answers` against `definition`; raise InvalidAnswers rather than guess. `words` only changes the
    language the reasons are written in."""
    _check_answers(definition, answers)
    flagged = tuple(flag for flag in definition.red_flags if answers.red_flags[flag.code])
    domains = tuple(
        route_domain(
            definition, domain, answers.age_band, answers.domains[domain.code], red_flagged=bool(flagged), words=words
        )
        for domain in definition.domains
        if domain.code in answers.domains
    )
    outcomes = [flag.outcome for flag in flagged] + [d.tier for d in domains]
    overall = max(outcomes, default=Outcome.UNIVERSAL)
    reasons = tuple(words.red_flag.format(reason=flag.reason or flag.question.lower().rstrip("?")) for flag in flagged)
    return Result(overall=overall, red_flags=flagged, domains=domains, reasons=reasons)
