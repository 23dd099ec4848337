"""The referral journey's steps and the answers kept in the session until "Send referral".

Each step's answers are stored as the raw values that were posted, and re-validated by the
step's form whenever they are used: at check answers and again when the referral is saved.
`next_step` is the one rule for where a family goes: the first step without a valid answer.
After "Change" on check answers, that is check answers again, unless the change makes a later
step need a new answer. Changing who is referring keeps every answer: each step is checked again
under the new answer, and only a step that now asks something new is shown again, filled in with
what was typed (WCAG 2.2 3.3.7). The consent boxes are the one exception: "I agree" and "a parent
or carer agreed" are different statements, so a tick given to one is not carried to the other.
Some steps are asked of some referrers only (`Step.only_for`): the school's files.
"""

import uuid
from dataclasses import dataclass

from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext_lazy as _

from home.finder import team_for_postcode
from home.models import ReferrerKind, Team
from home.postcodes import parse_postcode
from referrals import forms, from_assessment

SESSION_KEY = "referral_journey"
# A self-assessment's return code, looked up (and counted) once from /refer/?assessment=, waiting
# for "Start now" to carry it into the journey.
ASSESSMENT_KEY = "referral_assessment"
# A postcode from the team finder's "Refer online" link (/refer/?postcode=), waiting for "Start now"
# to offer it as the answer to the postcode question, so the family need not type it again.
POSTCODE_KEY = "referral_postcode"
# What the self-assessment adds (from_assessment.carried), kept beside its code in the session until
# "Start now", then in the journey, so the answers are scored once per journey, not on every page.
CARRIED_KEY = "referral_assessment_carried"


class JourneyMissing(Exception):
    """No journey in the session: it expired, was never started, or was already sent."""


@dataclass(frozen=True)
class Step:
    slug: str
    form_class: type
    title: str  # the page's <title>, and its <h1> when no single field is the question
    # The referrer kinds asked this step; empty for everyone. Others pass it by as answered.
    only_for: tuple = ()


STEPS = (
    Step("who", forms.ReferrerForm, _("Who is making this referral?")),
    Step("child", forms.ChildForm, _("About the child")),
    Step("postcode", forms.PostcodeForm, _("What is the child's home postcode?")),
    Step("school", forms.SchoolForm, _("Which school or nursery does the child go to?")),
    Step("needs", forms.NeedsForm, _("What the child finds hard")),
    Step("evidence", forms.EvidenceForm, _("Send notes or work from school"), only_for=(ReferrerKind.SCHOOL,)),
    Step("services", forms.ServicesForm, _("Which other services are helping the child?")),
    Step("communication", forms.CommunicationForm, _("Communication needs")),
    Step("consent", forms.ConsentForm, _("Consent")),
    Step("contact", forms.ContactForm, _("Your contact details")),
)
STEPS_BY_SLUG = {step.slug: step for step in STEPS}
CHECK = "check"


def start(session, assessment_code=None, postcode=None, carried=None):
    state = {"key": str(uuid.uuid4()), "assessment": assessment_code, "answers": {}, "sent": None}
    if postcode:
        state["postcode_hint"] = postcode
    if assessment_code and isinstance(carried, dict) and carried.get("code") == assessment_code:
        state[CARRIED_KEY] = carried
    save(session, state)
    return state


def load(session):
    state = session.get(SESSION_KEY)
    if not isinstance(state, dict) or not isinstance(state.get("answers"), dict) or not state.get("key"):
        raise JourneyMissing
    return state


def save(session, state):
    session[SESSION_KEY] = state
    session.modified = True


def mark_sent(session, token):
    """Forget the answers once the referral is saved, keeping only its confirmation token.

    The next person at a shared computer then finds no child's details in the session, while a
    second "Send" or the back button still lead to the confirmation, not to a new journey.
    """
    session[SESSION_KEY] = {"sent": token}
    session.pop(ASSESSMENT_KEY, None)
    session.pop(CARRIED_KEY, None)
    session.pop(POSTCODE_KEY, None)


def sent_token(session):
    state = session.get(SESSION_KEY)
    return state.get("sent") if isinstance(state, dict) else None


def carried(holder, assessment):
    """What the journey carries from `assessment`: its areas in words ("summary") and who the referral
    goes to ("disciplines"). Kept in `holder` (the session before "Start now", the journey's state
    after) the first time it is needed, and read from there by every later page and by sending."""
    kept = holder.get(CARRIED_KEY)
    if not isinstance(kept, dict) or kept.get("code") != assessment.code:
        kept = holder[CARRIED_KEY] = from_assessment.carried(assessment)
    return kept


def find_team(state, postcode):
    """The team covering `postcode` (the postcode step's answer), looked up when that step is answered
    and carried in the journey: check answers shows this team and the referral goes to it."""
    team = team_for_postcode(parse_postcode(postcode))
    state["team"] = {"postcode": postcode, "pk": team.pk if team else None}
    return team


def team(state, postcode):
    """The team found at the postcode step; looked up again only for a postcode the journey has no team for."""
    found = state.get("team")
    if isinstance(found, dict) and found.get("postcode") == postcode:
        return Team.objects.filter(pk=found["pk"]).first() if found["pk"] else None
    return find_team(state, postcode)


def field_keys(form):
    """The names `form`'s inputs post under (a date's three boxes each have their own)."""
    keys = set()
    for name, field in form.fields.items():
        html_name = form.add_prefix(name)
        widgets = getattr(field.widget, "widgets", None)
        if widgets:
            keys.update(f"{html_name}_{index}" for index in range(len(widgets)))
        else:
            keys.add(html_name)
    return keys


def raw_answers(form, post):
    """The posted values that belong to `form`'s fields, as {key: [values]}: what we keep in the session."""
    return {key: post.getlist(key) for key in sorted(field_keys(form)) if key in post}


def first_value(state, slug, name):
    values = (state["answers"].get(slug) or {}).get(name) or [""]
    return values[0] if isinstance(values[0], str) else ""


def context_for(state):
    """What earlier answers decide about later forms."""
    kind = first_value(state, "who", "referrer_kind")
    return {
        "referrer_kind": kind if kind in ReferrerKind.values else None,
        "has_assessment": bool(state.get("assessment")),
        # The child's school, as typed: a school referrer works there unless they say otherwise.
        "school": first_value(state, "school", "school").strip(),
    }


def applies(state, step):
    """Whether this journey is asked `step` (the school's files are asked of schools only)."""
    return not step.only_for or context_for(state)["referrer_kind"] in step.only_for


def bound_form(state, step):
    """The step's form bound to its stored answers, or None if the step has none."""
    stored = state["answers"].get(step.slug)
    if stored is None:
        return None
    return step.form_class(MultiValueDict(stored), context=context_for(state))


def initial_for(state, step):
    """What a step's empty form starts with: the postcode the family already gave the team finder."""
    if step.slug == "postcode" and state.get("postcode_hint"):
        return {"postcode": state["postcode_hint"]}
    return None


def refilled_form(state, step):
    """The step's form filled in with its stored answers, shown without errors.

    For a step whose answers no longer fit after an earlier change (a school referrer is asked for
    the parent's details): everything already typed is there, and what is new waits to be answered.
    """
    stored = bound_form(state, step)
    initial = {
        name: field.widget.value_from_datadict(stored.data, {}, stored.add_prefix(name))
        for name, field in stored.fields.items()
    }
    return step.form_class(context=context_for(state), initial=initial)


def cleaned_answers(state, step):
    """The step's answers, validated again now; None if missing or no longer valid."""
    if not applies(state, step):
        return {}
    form = bound_form(state, step)
    if form is None or not form.is_valid():
        return None
    return form.cleaned_data


def speaks_for_parent(state):
    return context_for(state)["referrer_kind"] == ReferrerKind.PARENT


def record(state, step, stored, asked=None):
    """Keep a step's answers. `asked`: the keys its form asked this time; answers kept under other
    keys (the parent's details, which a parent referrer is not asked) stay for if they are asked again."""
    was_parent = speaks_for_parent(state)
    if asked is not None:
        earlier = state["answers"].get(step.slug) or {}
        stored = {**{key: value for key, value in earlier.items() if key not in asked}, **stored}
    state["answers"][step.slug] = stored
    consent = state["answers"].get("consent")
    if consent and speaks_for_parent(state) != was_parent:
        # "I agree" and "a parent or carer agreed" are different statements: the ticks are asked
        # for again under the new words. Names, phone numbers and emails typed there are kept.
        for name in forms.ConsentForm.statements:
            consent.pop(name, None)


def next_step(state):
    """The slug of the first step without a valid answer, or "check"."""
    for step in STEPS:
        if cleaned_answers(state, step) is None:
            return step.slug
    return CHECK


def can_visit(state, slug):
    """A step can be visited once every step before it has a valid answer: no skipping ahead."""
    target = CHECK if slug == CHECK else slug
    order = [step.slug for step in STEPS] + [CHECK]
    first_missing = next_step(state)
    return order.index(target) <= order.index(first_missing)


def previous_slug(slug, state=None):
    """The page before `slug`: steps this journey is not asked are passed over."""
    order = [step.slug for step in STEPS if state is None or applies(state, step)] + [CHECK]
    if slug not in order:
        order = [step.slug for step in STEPS] + [CHECK]
    index = order.index(slug)
    return order[index - 1] if index > 0 else None


def all_answers(state):
    """{slug: cleaned data} for every step, or None if any step is missing or invalid."""
    answers = {}
    for step in STEPS:
        cleaned = cleaned_answers(state, step)
        if cleaned is None:
            return None
        answers[step.slug] = cleaned
    return answers
