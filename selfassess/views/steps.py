"""The self-assessment steps: start, age band, red flags, areas, one page per area, check answers."""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from portal.ratelimit import rate_limited
from selfassess import engine, journey, languages
from selfassess.definitions import answers_in_words
from selfassess.forms import YES, AgeBandForm, AreasForm, DomainForm, RedFlagsForm
from selfassess.models import current_version


def step_url(step, area=None):
    if step == "area":
        return reverse("selfassess:area", args=[area])
    return reverse(f"selfassess:{step}")


def mixed_journey():
    return _(
        "These answers were for a different self-assessment, perhaps one started again in another tab or window, "
        "or an older page. We have not saved them. Check the questions below and answer them for your current "
        "self-assessment."
    )


def step_form(request, form_class, state, version, step, area=None, **kwargs):
    """The step's form, bound to the post only if it came from this journey's page for these questions;
    a post from another journey gets the page afresh with the refusal in the error summary.

    The area step's answers are matched to questions by position, so there a post must carry its identity;
    the other steps' answers are keyed by code, and only a post naming another journey is refused.
    The identity comes from the English version the journey is pinned to; the form shows the family's language."""
    identity = journey.identity(state, version, step, area)
    kwargs.update(identity=identity, version=request.shown_version)
    if request.method != "POST":
        return form_class(None, **kwargs)
    if journey.posted_identity_fits(request.POST, identity, required=step == "area"):
        return form_class(request.POST, **kwargs)
    form = form_class(None, **kwargs)
    form.refuse(mixed_journey())
    return form


def redirect_to_next(state, version):
    return redirect(step_url(*journey.next_step(state, version)))


def idle_minutes():
    """How long a family can stay on one question before their answers are cleared (the session's idle time)."""
    return settings.SESSION_COOKIE_AGE // 60


def start_again(request):
    """The "answers cleared, start again" page: after the idle time, a closed browser, or another browser."""
    return render(request, "selfassess/expired.html", {"idle_minutes": idle_minutes()})


def expired(request):
    finished = request.session.get(journey.RESULT_KEY)
    if request.method == "POST" and finished and request.resolver_match.url_name == "check":
        # "Check answers" sent twice: the first one already saved the result.
        return redirect("selfassess:result")
    return start_again(request)


def show_in_language(request, version):
    """Keep on the request the version the family reads (selfassess/languages.py): their language, or, if the
    questionnaire's words are not all translated into it, English throughout (so no page mixes languages;
    base.html tells the family why, in their language, and the journey carries on at the English addresses)."""
    request.shown_version, request.language_fell_back = languages.shown_version(version)
    if request.language_fell_back:
        translation.activate(settings.LANGUAGE_CODE)  # LocaleMiddleware sets it afresh for the next request
    return request.shown_version


def journey_step(view):
    """Load the pinned journey, or show the friendly restart page if there is none."""

    def wrapped(request, *args, **kwargs):
        try:
            state, version = journey.load(request.session)
        except journey.JourneyMissing:
            return expired(request)
        show_in_language(request, version)
        return view(request, state, version, *args, **kwargs)

    wrapped.__name__ = view.__name__
    return never_cache(rate_limited("selfassess-step")(require_http_methods(["GET", "POST"])(wrapped)))


@never_cache
def start_page(request):
    version = show_in_language(request, current_version())
    return render(request, "selfassess/start.html", {"version": version, "idle_minutes": idle_minutes()})


@never_cache
@require_POST
@rate_limited("selfassess-step")
def start(request):
    version = current_version()
    if version is None:
        return redirect("selfassess:start-page")
    state = journey.start(request.session, version)
    return redirect_to_next(state, version)


@journey_step
def age_band(request, state, version):
    form = step_form(request, AgeBandForm, state, version, "age", initial={"age_band": state.get("age_band")})
    if request.method == "POST" and form.is_valid():
        journey.set_age_band(state, version, form.cleaned_data["age_band"])
        journey.save(request.session, state)
        return redirect_to_next(state, version)
    return render(
        request,
        "selfassess/age_band.html",
        {"form": form, "back_url": reverse("selfassess:start-page"), "title": _("How old is your child?")},
    )


@journey_step
def red_flags(request, state, version):
    if state.get("age_band") is None:
        return redirect_to_next(state, version)
    initial = {f"flag_{code}": YES if value else "no" for code, value in (state.get("red_flags") or {}).items()}
    form = step_form(request, RedFlagsForm, state, version, "red-flags", initial=initial)
    if request.method == "POST" and form.is_valid():
        state["red_flags"] = form.answers()
        journey.save(request.session, state)
        return redirect_to_next(state, version)
    return render(
        request,
        "selfassess/red_flags.html",
        {
            "form": form,
            "back_url": reverse("selfassess:age"),
            "title": request.shown_version.questionnaire.red_flags_heading,
        },
    )


@journey_step
def get_help_now(request, state, version):
    if not journey.immediate_danger(state, version):
        return redirect_to_next(state, version)
    flags = [
        request.shown_version.red_flag_text[f.code]
        for f in version.definition.red_flags
        if state["red_flags"].get(f.code) and f.outcome == engine.Outcome.IMMEDIATE
    ]
    return render(
        request, "selfassess/get_help_now.html", {"flags": flags, "back_url": reverse("selfassess:red-flags")}
    )


def flagged_red_flags(state, version):
    flags = state.get("red_flags") or {}
    return [version.red_flag_text[f.code] for f in version.definition.red_flags if flags.get(f.code)]


@journey_step
def areas(request, state, version):
    step, _area = journey.next_step(state, version)
    if step in ("age", "red-flags", "get-help-now"):
        return redirect(step_url(step))
    form = step_form(request, AreasForm, state, version, "areas", initial={"areas": state.get("areas") or []})
    if request.method == "POST" and form.is_valid():
        journey.set_areas(state, form.cleaned_data["areas"])
        journey.save(request.session, state)
        return redirect_to_next(state, version)
    return render(
        request,
        "selfassess/areas.html",
        {
            "form": form,
            "back_url": reverse("selfassess:red-flags"),
            "title": _("Which areas of daily life are you worried about?"),
            "flagged": flagged_red_flags(state, request.shown_version),
        },
    )


@journey_step
def area(request, state, version, code):
    step, _area = journey.next_step(state, version)
    chosen = journey.chosen_domains(state, version)
    domain = next((d for d in chosen if d.code == code), None)
    if step in ("age", "red-flags", "get-help-now", "areas") or domain is None:
        # A skipped step, or an area the family did not choose: go where they should be.
        return redirect_to_next(state, version)
    form = step_form(
        request,
        DomainForm,
        state,
        version,
        "area",
        code,
        domain=request.shown_version.definition.domain(code),
        age_band=state["age_band"],
        initial=DomainForm.initial_from(state["domains"].get(code)),
    )
    if request.method == "POST" and form.is_valid():
        state["domains"][code] = form.answers()
        journey.save(request.session, state)
        return redirect_to_next(state, version)
    index = chosen.index(domain)
    back_url = step_url("area", chosen[index - 1].code) if index else reverse("selfassess:areas")
    return render(
        request,
        "selfassess/area.html",
        {
            "form": form,
            "back_url": back_url,
            "title": request.shown_version.definition.domain(code).name,
            "hint": request.shown_version.domain_hints.get(code),
            "step_number": index + 1,
            "step_count": len(chosen),
        },
    )


def answer_rows(state, version):
    """Rows for the check-answers summary list: (question, answer, change url, hidden label)."""
    definition = version.definition
    band = version.age_band(state["age_band"])
    rows = [(_("Age"), band.name if band else "", reverse("selfassess:age"), _("age"))]
    for flag in definition.red_flags:
        answer = _("Yes") if state["red_flags"][flag.code] else _("No")
        rows.append((flag.question, answer, reverse("selfassess:red-flags"), flag.question.lower()))
    chosen = journey.chosen_domains(state, version)
    rows.append(
        (
            _("Areas you are worried about"),
            _(", ").join(d.name for d in chosen),
            reverse("selfassess:areas"),
            _("areas"),
        )
    )
    return rows


def area_sections(state, version):
    return [
        {
            "name": domain.name,
            "rows": answers_in_words(version, state["age_band"], domain.code, state["domains"][domain.code]),
            "change_url": step_url("area", domain.code),
        }
        for domain in journey.chosen_domains(state, version)
    ]


@journey_step
def check(request, state, version):
    if journey.next_step(state, version) != ("check", None):
        return redirect_to_next(state, version)
    refused = None
    if request.method == "POST" and not journey.posted_identity_fits(
        request.POST, journey.identity(state, version, "check"), required=False
    ):
        refused = mixed_journey()
    elif request.method == "POST":
        try:
            assessment = journey.complete(state, version)
        except engine.InvalidAnswers:
            return expired(request)
        request.session.pop(journey.SESSION_KEY, None)
        request.session[journey.RESULT_KEY] = assessment.pk
        return redirect("selfassess:result")
    chosen = journey.chosen_domains(state, version)
    return render(
        request,
        "selfassess/check.html",
        {
            "back_url": step_url("area", chosen[-1].code),
            "rows": answer_rows(state, request.shown_version),
            "sections": area_sections(state, request.shown_version),
            "identity": journey.identity(state, version, "check"),
            "refused": refused,
        },
    )
