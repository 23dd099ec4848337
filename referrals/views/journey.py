"""The referral journey: start page, one page per step, stop pages, check answers and sending."""

import logging

from django.conf import settings
from django.db import DatabaseError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from home.finder import team_for_postcode
from home.models import ReferrerKind, Team
from home.postcodes import MAX_INPUT_LENGTH, InvalidPostcode, parse_postcode
from portal.ratelimit import rate_limited
from referrals import attachments, from_assessment, journey, submit
from referrals.models.referral import age_in_years
from referrals.views import evidence
from referrals.views.answers import check_sections

logger = logging.getLogger(__name__)


def carried_disciplines(carried):
    """Who the self-assessment suggests a referral to, in the page's language."""
    names = carried.get("discipline_names")
    return from_assessment.disciplines_in_language(names) if names is not None else carried["disciplines"]


def carried_summary(state, assessment):
    """What the self-assessment adds, in the page's language (it is kept in English, as staff read it)."""
    return from_assessment.summary_in_language(journey.carried(state, assessment)["summary"]) if assessment else None


def max_age():
    return settings.REFERRAL_MAX_AGE_YEARS


def step_url(slug):
    if slug == journey.CHECK:
        return reverse("referrals:check")
    return reverse("referrals:step", args=[slug])


def back_url(slug, state=None):
    previous = journey.previous_slug(slug, state)
    return step_url(previous) if previous else reverse("referrals:start-page")


def restart(request, status=200):
    return render(request, "referrals/restart.html", {"idle_minutes": settings.SESSION_COOKIE_AGE // 60}, status=status)


def confirmation_redirect(token):
    return redirect("referrals:confirmation", token=token)


def load_journey(view):
    """The journey in the session, or the restart page; a journey already sent goes to its confirmation."""

    def wrapped(request, *args, **kwargs):
        token = journey.sent_token(request.session)
        if token:
            return confirmation_redirect(token)
        try:
            state = journey.load(request.session)
        except journey.JourneyMissing:
            return restart(request)
        return view(request, state, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@never_cache
@require_http_methods(["GET"])
def start_page(request):
    if "assessment" in request.GET:
        return remember_assessment(request, request.GET["assessment"][:20])
    if "postcode" in request.GET:
        return remember_postcode(request, request.GET["postcode"])
    assessment = from_assessment.find_assessment(request.session.get(journey.ASSESSMENT_KEY))
    return render(
        request,
        "referrals/start.html",
        {
            "assessment": assessment,
            "disciplines": carried_disciplines(journey.carried(request.session, assessment)) if assessment else "",
            "postcode": request.session.get(journey.POSTCODE_KEY),
            "idle_minutes": settings.SESSION_COOKIE_AGE // 60,
        },
    )


def remember_postcode(request, text):
    """/refer/?postcode=SG1+2AB, the team finder's "Refer online" link.

    A postcode one of our teams covers is kept in the session to fill in the postcode question;
    anything else is forgotten. Either way the family goes on to the plain /refer/ address.
    """
    request.session.pop(journey.POSTCODE_KEY, None)
    try:
        postcode = parse_postcode(text) if len(text) <= MAX_INPUT_LENGTH else None
    except InvalidPostcode:
        postcode = None
    if postcode is not None and team_for_postcode(postcode) is not None:
        request.session[journey.POSTCODE_KEY] = str(postcode)
    return redirect("referrals:start-page")


def remember_assessment(request, code):
    """/refer/?assessment=CODE, the self-assessment's "Ask for a referral" link.

    The code is looked up once, counted against the return-code limit, kept in the session if it
    finds an assessment, and the family is sent on to the plain /refer/ address: the code does not
    stay in the address bar, history or logs of later pages, and reloading does not count again.
    """
    request.session.pop(journey.ASSESSMENT_KEY, None)
    request.session.pop(journey.CARRIED_KEY, None)
    if code.strip():
        assessment, refused = from_assessment.look_up_code(request, code)
        if refused:
            return refused
        if assessment:
            request.session[journey.ASSESSMENT_KEY] = assessment.code
    return redirect("referrals:start-page")


@never_cache
@require_POST
@rate_limited("referral-step")
def start(request):
    # Only a code looked up through remember_assessment joins: a posted one would be an uncounted lookup.
    assessment = from_assessment.find_assessment(request.session.pop(journey.ASSESSMENT_KEY, None))
    postcode = request.session.pop(journey.POSTCODE_KEY, None)
    carried = request.session.pop(journey.CARRIED_KEY, None)
    journey.start(request.session, assessment.code if assessment else None, postcode=postcode, carried=carried)
    return redirect(step_url(journey.STEPS[0].slug))


def stop_reason(state, step, cleaned):
    """Why this answer means we cannot take the referral here: "age", "area", "referrer", or None."""
    if step.slug == "child" and age_in_years(cleaned["date_of_birth"], timezone.localdate()) > max_age():
        return "age"
    if step.slug == "postcode":
        team = journey.find_team(state, cleaned["postcode"])
        if team is None:
            state["stopped_postcode"] = cleaned["postcode"]
            return "area"
        kind = journey.context_for(state)["referrer_kind"]
        if kind and not team.accepts_referrals_from(kind):
            state["stopped_team"] = team.pk
            return "referrer"
    return None


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limited("referral-step")
@load_journey
def step(request, state, slug):
    current = journey.STEPS_BY_SLUG.get(slug)
    if current is None:
        raise Http404
    if not journey.can_visit(state, slug):
        return restart(request, status=400)
    if not journey.applies(state, current):
        return redirect(step_url(journey.next_step(state)))
    if current.slug == "evidence":
        return evidence.step(request, state, current, back_url(slug, state), step_url)
    context = journey.context_for(state)
    rechecking = False
    if request.method == "POST":
        form = current.form_class(request.POST, context=context)
        if form.is_valid():
            reason = stop_reason(state, current, form.cleaned_data)
            if reason:
                journey.save(request.session, state)
                return redirect("referrals:cannot-refer", reason=reason)
            journey.record(state, current, journey.raw_answers(form, request.POST), asked=journey.field_keys(form))
            journey.save(request.session, state)
            return redirect(step_url(journey.next_step(state)))
    else:
        form = journey.bound_form(state, current)
        if form is None:
            form = current.form_class(context=context, initial=journey.initial_for(state, current))
        elif not form.is_valid():
            # An earlier change means this page asks something new: show what was typed, not errors.
            form, rechecking = journey.refilled_form(state, current), True
    assessment = from_assessment.find_assessment(state.get("assessment")) if slug == "needs" else None
    return render(
        request,
        "referrals/step.html",
        {
            "form": form,
            "step": current,
            "title": current.title,
            "back_url": back_url(slug, state),
            "is_professional": form.is_professional,
            "rechecking": rechecking,
            "carried_over": carried_summary(state, assessment),
        },
    )


STOP_REASONS = {"age", "area", "referrer"}
# Who a team does not take referrals from, for the middle of a sentence.
REFERRERS_IN_WORDS = {
    ReferrerKind.PARENT: _("parents and carers"),
    ReferrerKind.SCHOOL: _("schools and nurseries"),
    ReferrerKind.PROFESSIONAL: _("GPs and health professionals"),
}


@never_cache
@require_http_methods(["GET"])
def cannot_refer(request, reason):
    if reason not in STOP_REASONS:
        raise Http404
    state = request.session.get(journey.SESSION_KEY) or {}
    team = Team.objects.filter(pk=state.get("stopped_team")).first() if reason == "referrer" else None
    kind = journey.context_for(state)["referrer_kind"] if state.get("answers") is not None else None
    return render(
        request,
        f"referrals/cannot_refer_{reason}.html",
        {
            "max_age": max_age(),
            "postcode": state.get("stopped_postcode"),
            "team": team,
            "referrer_label": REFERRERS_IN_WORDS.get(kind, ""),
            "back_url": step_url("child" if reason == "age" else "postcode"),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limited("referral-submit")
@load_journey
def check(request, state):
    if not journey.can_visit(state, journey.CHECK):
        return redirect(step_url(journey.next_step(state)))
    answers = journey.all_answers(state)
    if request.method == "POST":
        try:
            referral = submit.submit(state, answers)
        except submit.CannotSubmit:
            return restart(request, status=400)
        except DatabaseError:
            logger.exception("A referral could not be saved")
            return render(request, "referrals/not_sent.html", status=503)
        journey.mark_sent(request.session, referral.confirmation_token)
        return confirmation_redirect(referral.confirmation_token)
    assessment = from_assessment.find_assessment(state.get("assessment"))
    team = journey.team(state, answers["postcode"]["postcode"])
    return render(
        request,
        "referrals/check.html",
        {
            "sections": check_sections(answers, step_url, attachments.for_journey(state["key"]), team),
            "carried_over": carried_summary(state, assessment),
            "back_url": back_url(journey.CHECK, state),
        },
    )
