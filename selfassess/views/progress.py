"""A child's progress record: find it with the return code, see every check, note what was tried, check again.

The code a family typed (or the result they just saw) is kept in the session, never in the address:
a return code opens a child's answers.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from home.models import AdviceTopicPage
from portal.ratelimit import rate_limited
from selfassess import journey, progress, return_codes
from selfassess.forms import ReturnCodeForm
from selfassess.models import Assessment, current_version
from selfassess.strategy_forms import StrategyNoteForm

NOT_FOUND = "We could not find results with that code. Check the code and try again"


def record_code(session):
    """The return code of the record this browser opened: one looked up, or the result just stored."""
    code = session.get(journey.RECORD_KEY)
    if isinstance(code, str):
        return code
    finished = session.get(journey.RESULT_KEY)
    if isinstance(finished, int):
        return Assessment.objects.filter(pk=finished).values_list("code", flat=True).first()
    return None


def open_record(request):
    """The record this browser opened, in the family's language; in English throughout (with the notice in
    their language) if an area's name has no translation yet, never a mixed page (docs/languages.md)."""
    code = record_code(request.session)
    found = progress.progress_record(code) if code else None
    if found is not None and found.in_english:
        translation.activate(settings.LANGUAGE_CODE)  # LocaleMiddleware sets it afresh for the next request
    return found


@never_cache
@require_http_methods(["GET", "POST"])
def find(request):
    """Enter a return code; it opens the progress record (every check so far) for the family to check again."""
    version = current_version()
    form = ReturnCodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        try:
            return_codes.count_lookup(request)
        except return_codes.LookupsPaused:
            form.add_error(None, return_codes.LOOKUPS_PAUSED)
            response = render(request, "selfassess/progress.html", {"form": form, "version": version}, status=429)
            response["Retry-After"] = str(return_codes.PAUSED_RETRY_SECONDS)
            return response
        except return_codes.TooManyLookups:
            return return_codes.too_many_lookups(request)
        if form.is_valid():
            code = form.cleaned_data["code"]
            if Assessment.objects.filter(code=code).exists():
                request.session[journey.RECORD_KEY] = code
                return redirect("selfassess:record")
            form.add_error("code", NOT_FOUND)
    return render(request, "selfassess/progress.html", {"form": form, "version": version})


@never_cache
@require_http_methods(["GET"])
def record(request):
    found = open_record(request)
    if found is None:
        return redirect("selfassess:progress")
    return render(
        request,
        "selfassess/progress_record.html",
        {"record": found, "version": current_version(), "saved": request.GET.get("saved") == "1"},
    )


@never_cache
@require_POST
def check_again(request):
    """Answer the questions again under the same return code: the same areas, the age band pre-filled."""
    found = open_record(request)
    version = current_version()
    if found is None or version is None:
        return redirect("selfassess:progress")
    journey.start(request.session, version, previous=found.latest)
    return redirect("selfassess:age")


def advice_for(found):
    """The advice topics for the record's areas and the child's latest age band: what the result offered."""
    latest = found.latest
    return (
        AdviceTopicPage.objects.live()
        .public()
        .filter(life_areas__slug__in=[area.code for area in found.areas], age_bands=latest.age_band)
        .distinct()
        .order_by("title")
    )


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limited("selfassess-step")  # each post writes a note: the same allowance as the questions' steps
def tried(request):
    found = open_record(request)
    if found is None:
        return redirect("selfassess:progress")
    form = StrategyNoteForm(
        request.POST if request.method == "POST" else None,
        advice=advice_for(found),
        areas=[(area.code, area.name) for area in found.areas],
    )
    if request.method == "POST" and form.is_valid():
        form.save(found.code)
        return redirect(reverse("selfassess:record") + "?saved=1#tried")
    return render(
        request,
        "selfassess/tried.html",
        {"form": form, "record": found, "back_url": reverse("selfassess:record")},
    )
