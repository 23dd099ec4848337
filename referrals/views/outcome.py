"""After sending: the confirmation page, and "Where is my referral?" for families."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from home.waiting_times import current_wait
from portal.ratelimit import rate_limited
from referrals import from_assessment
from referrals.forms import StatusForm
from referrals.models import Referral, ReferralStatus
from referrals.models.referral import WAITING_STATUSES
from referrals.pathways import pathway_for_referral
from referrals.references import normalise_reference
from referrals.timing import URGENT_TRIAGE_WORKING_DAYS, triage_days
from referrals.working_days import working_days_after
from selfassess import waiting_well

STATUS_SESSION_KEY = "referral_status_lookup"
NOT_FOUND = _("We could not find a referral with that reference number and date of birth. Check both and try again")


def advice_while_waiting(referral):
    """Advice for this child's areas and age band; the self-assessment's age band if there is no date of birth."""
    band = waiting_well.age_band_for(referral.age_on())
    if band is None and referral.assessment_id is not None:
        band = referral.assessment.age_band
    return in_family_language(waiting_well.while_you_wait(referral.life_areas.all(), band))


def topic_in_family_language(topic, english):
    """An advice topic: its translation in the page's language if it has a live one, else the English page,
    marked as English."""
    shown = topic if english else topic.localized
    in_english = not english and shown.locale_id == topic.locale_id
    return {"title": shown.title, "url": shown.url, "summary": shown.summary, "in_english": in_english}


def in_family_language(found):
    """The advice while waiting, in the page's language where it has been translated: areas' names and
    workshops from the self-assessment's translations. Advice pages are not translated yet, and workshops
    without a translation, are shown in English and marked so (lang="en-GB", "(in English)")."""
    if not found:
        return None
    english = translation.get_language() == settings.LANGUAGE_CODE
    words = from_assessment.family_catalogue()
    areas = [
        {
            "name": from_assessment.in_family_language(area.name, words),
            "topics": [topic_in_family_language(topic, english) for topic in area.topics],
        }
        for area in found.areas
    ]
    workshops = []
    for workshop in found.workshops:
        translated = {name: words.get(getattr(workshop, name)) for name in ("title", "description")}
        if english or not all(translated.values()):
            translated = {"title": workshop.title, "description": workshop.description}
        workshops.append(
            {
                **translated,
                "link_url": workshop.link_url,
                "in_english": not english and translated["title"] == workshop.title,
            }
        )
    return {"areas": areas, "workshops": workshops}


@never_cache
@require_http_methods(["GET"])
def confirmation(request, token):
    referral = get_object_or_404(
        Referral.objects.select_related("team"), confirmation_token=token, purged_at__isnull=True
    )
    received = timezone.localdate(referral.received_at)
    return render(
        request,
        "referrals/confirmation.html",
        {
            "referral": referral,
            "team": referral.team,
            "disciplines": from_assessment.referral_disciplines(referral),
            "triage_by": working_days_after(received, triage_days(referral.priority)),
            "triage_days": triage_days(referral.priority),
            "routine_days": settings.REFERRAL_TRIAGE_WORKING_DAYS,
            "urgent_days": URGENT_TRIAGE_WORKING_DAYS,
            "wait": current_wait(referral.team, pathway_for_referral(referral)),
            "while_you_wait": advice_while_waiting(referral),
        },
    )


def find_referral(reference, date_of_birth):
    """The referral only when both match: a wrong reference and a wrong date look the same to the asker."""
    normalised = normalise_reference(reference)
    if normalised is None:
        return None
    return (
        Referral.objects.filter(reference=normalised, child_date_of_birth=date_of_birth, purged_at__isnull=True)
        .select_related("team")
        .first()
    )


@never_cache
@require_http_methods(["GET", "POST"])
@rate_limited("referral-status")
def status_lookup(request):
    form = StatusForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        referral = find_referral(form.cleaned_data["reference"], form.cleaned_data["date_of_birth"])
        if referral is not None:
            request.session[STATUS_SESSION_KEY] = referral.pk
            return redirect("referrals:status-result")
        form.add_error(None, NOT_FOUND)
    return render(request, "referrals/status.html", {"form": form})


@never_cache
@require_http_methods(["GET"])
def status_result(request):
    referral = (
        Referral.objects.filter(pk=request.session.get(STATUS_SESSION_KEY), purged_at__isnull=True)
        .select_related("team")
        .first()
    )
    if referral is None:
        return redirect("referrals:status")
    waiting = referral.status in WAITING_STATUSES
    return render(
        request,
        "referrals/status_result.html",
        {
            "referral": referral,
            "team": referral.team,
            "disciplines": from_assessment.referral_disciplines(referral),
            "is_waiting": waiting,
            "is_received": referral.status == ReferralStatus.RECEIVED,
            "wait": current_wait(referral.team, pathway_for_referral(referral)) if waiting else None,
            "while_you_wait": advice_while_waiting(referral) if waiting else None,
        },
    )
