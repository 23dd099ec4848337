"""The family's answers while they go through the steps, kept in the session.

The state is pinned to one questionnaire revision, so a version published mid-journey cannot
mix its questions with answers given to the old one. `next_step` is the single rule for where
a family goes after any step: the first thing still missing, or check your answers.
"""

import hashlib
import secrets

from django.db import transaction

from selfassess import engine
from selfassess.definitions import version_for_revision
from selfassess.engine import Answers, DomainAnswers, Outcome
from selfassess.models import Assessment
from selfassess.models.assessment import new_return_code

SESSION_KEY = "selfassess_journey"
RESULT_KEY = "selfassess_result"
# The return code of the progress record this browser opened (selfassess/views/progress.py).
RECORD_KEY = "selfassess_record"


class JourneyMissing(Exception):
    """No journey in the session (it expired, or never started), or its version has gone."""


def start(session, version, previous=None):
    state = {
        "id": new_journey_id(),
        "revision": version.revision_id,
        "age_band": None,
        "red_flags": None,
        "areas": None,
        "domains": {},
    }
    if previous is not None:
        state["previous"] = previous.pk
        if version.age_band(previous.age_band.slug):
            state["age_band"] = previous.age_band.slug
        state["areas"] = [slug for slug in previous.areas if slug in version.life_areas] or None
    session[SESSION_KEY] = state
    return state


def load(session):
    state = session.get(SESSION_KEY)
    if not isinstance(state, dict) or not isinstance(state.get("revision"), int):
        raise JourneyMissing
    try:
        version = version_for_revision(state["revision"])
    except Exception as error:  # a deleted revision or a definition that no longer builds
        raise JourneyMissing from error
    if not isinstance(state.get("id"), str):  # a journey begun before journeys carried an id
        state["id"] = new_journey_id()
        save(session, state)
    return state, version


def new_journey_id():
    return secrets.token_urlsafe(12)


def identity(state, version, step, area=None):
    """What each step's page carries and must post back: the journey, and which questions it showed.

    `questions` is a digest of the version, the step and, on an area page, the age band and the
    question texts, so answers matched to questions by position are refused if the questions differ.
    """
    parts = [str(version.revision_id), step]
    if step == "area":
        domain = version.definition.domain(area)
        parts += [area, str(state.get("age_band"))] + [q.text for q in domain.questions_for(state.get("age_band"))]
    elif step == "red-flags":
        parts += [flag.code for flag in version.definition.red_flags]
    elif step == "areas":
        parts += [domain.code for domain in version.definition.domains]
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]
    return {"journey": state["id"], "questions": digest}


def posted_identity_fits(post, expected, required):
    """Whether a post belongs to this journey and these questions. A post that carries no identity is
    accepted only where `required` is false (steps whose answers are keyed by code, not by position)."""
    sent = {name: post.get(name) for name in expected}
    if not any(sent.values()):
        return not required
    # Not a secret (the session cookie is): a plain comparison, which takes any text a post can carry.
    return all(sent[name] == expected[name] for name in expected)


def save(session, state):
    session[SESSION_KEY] = state
    session.modified = True


def chosen_domains(state, version):
    """The chosen areas in the questionnaire's order, whatever order they were posted in."""
    areas = state.get("areas") or []
    return [d for d in version.definition.domains if d.code in areas]


def domain_answers_fit(state, version, domain):
    stored = state["domains"].get(domain.code)
    if not isinstance(stored, dict):
        return False
    try:
        answers = Answers(
            age_band=state["age_band"],
            red_flags={f.code: False for f in version.definition.red_flags},
            domains={domain.code: DomainAnswers(tuple(stored["scores"]), stored["impact"], stored["tried_advice"])},
        )
        engine.route(version.definition, answers)
    except (KeyError, TypeError, engine.InvalidAnswers):
        return False
    return True


def immediate_danger(state, version):
    flags = state.get("red_flags") or {}
    return any(flags.get(f.code) and f.outcome == Outcome.IMMEDIATE for f in version.definition.red_flags)


def next_step(state, version):
    """(step name, area code or None): the first step still missing an answer."""
    definition = version.definition
    if state.get("age_band") not in definition.age_bands:
        return "age", None
    flags = state.get("red_flags")
    if not isinstance(flags, dict) or set(flags) != {f.code for f in definition.red_flags}:
        return "red-flags", None
    if immediate_danger(state, version):
        return "get-help-now", None
    if not chosen_domains(state, version):
        return "areas", None
    for domain in chosen_domains(state, version):
        if not domain_answers_fit(state, version, domain):
            return "area", domain.code
    return "check", None


def set_age_band(state, version, age_band):
    old = state.get("age_band")
    if old and old != age_band:
        # Questions can differ by age band: answers to another band's questions must not carry over.
        for domain in version.definition.domains:
            if domain.questions_for(old) != domain.questions_for(age_band):
                state["domains"].pop(domain.code, None)
    state["age_band"] = age_band


def set_areas(state, areas):
    state["areas"] = list(areas)
    state["domains"] = {code: answers for code, answers in state["domains"].items() if code in areas}


def answers_from(state, version):
    domains = {
        d.code: DomainAnswers(
            tuple(state["domains"][d.code]["scores"]),
            state["domains"][d.code]["impact"],
            state["domains"][d.code]["tried_advice"],
        )
        for d in chosen_domains(state, version)
    }
    return Answers(age_band=state["age_band"], red_flags=dict(state["red_flags"]), domains=domains)


def complete(state, version):
    """Score the answers with the pinned version and store the assessment. Raises InvalidAnswers."""
    if next_step(state, version) != ("check", None):
        raise engine.InvalidAnswers("The answers are not complete")
    answers = answers_from(state, version)
    result = engine.route(version.definition, answers)
    previous = Assessment.objects.filter(pk=state.get("previous")).first() if state.get("previous") else None
    with transaction.atomic():
        return Assessment.objects.create(
            # A repeat keeps the family's return code: one progress record across every check.
            code=previous.code if previous else unused_return_code(),
            questionnaire=version.questionnaire,
            revision_id=version.revision_id,
            age_band=version.age_band(answers.age_band),
            areas=[d.code for d in chosen_domains(state, version)],
            answers={
                "age_band": answers.age_band,
                "red_flags": answers.red_flags,
                "domains": {code: state["domains"][code] for code in answers.domains},
            },
            overall_outcome=result.overall.code,
            previous=previous,
        )


def stored_answers(assessment):
    stored = assessment.answers
    return Answers(
        age_band=stored["age_band"],
        red_flags=stored["red_flags"],
        domains={
            code: DomainAnswers(tuple(a["scores"]), a["impact"], a["tried_advice"])
            for code, a in stored["domains"].items()
        },
    )


def unused_return_code():
    """A new record's code. Codes are shared by a record's checks, so the database no longer refuses a
    repeat: a new record must not land on another family's code (50 random bits make this rare)."""
    while True:
        code = new_return_code()
        if not Assessment.objects.filter(code=code).exists():
            return code


def rescore(assessment):
    """The assessment's result, worked out again from its own questionnaire version."""
    version = version_for_revision(assessment.revision_id)
    return version, engine.route(version.definition, stored_answers(assessment))
