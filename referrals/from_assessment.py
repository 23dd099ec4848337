"""What a family's self-assessment adds to their referral: the one place referrals reads selfassess.

The areas, tiers and answers are copied into the referral in words, as the family saw them,
so triage reads them even if the questionnaire changes later, and the family is never asked again.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from home.models import LifeArea
from selfassess import languages, progress, return_codes
from selfassess.definitions import answers_in_words
from selfassess.engine import OUTCOME_LABELS, Outcome, disciplines_in_words
from selfassess.journey import rescore
from selfassess.models import Assessment
from selfassess.models.assessment import normalise_return_code


def look_up_code(request, code):
    """A return code a person typed or followed a link with, counted against the same limit as the
    progress check: (the assessment or None, None), or (None, the page to show) when refused."""
    try:
        return return_codes.look_up(request, code), None
    except return_codes.TooManyLookups:
        return None, return_codes.too_many_lookups(request)
    except return_codes.LookupsPaused:
        return None, return_codes.lookups_paused(request)


def find_assessment(code):
    """The assessment for a code already looked up (kept in the session): not counted again."""
    if not code:
        return None
    return Assessment.objects.filter(code=normalise_return_code(code)).select_related("age_band").first()


def scored(assessment):
    """The assessment's (version, result), scored once per assessment object: the summary and the
    disciplines both need it, and an assessment is never changed once made."""
    if not hasattr(assessment, "_scored"):
        assessment._scored = rescore(assessment)
    return assessment._scored


def carried(assessment):
    """What a referral journey carries from the assessment (referrals.journey.carried): its areas in
    words and who the referral goes to, worked out together once."""
    return {
        "code": assessment.code,
        "summary": summary(assessment),
        "disciplines": disciplines(assessment),
        "discipline_names": list(discipline_names(assessment)),
    }


def summary(assessment):
    """[{area, slug, tier, answers: [[question, answer]], progress, tried}] for each area the family chose, in
    the words of check your answers (selfassess.definitions.answers_in_words); progress and tried come from
    the family's progress record (selfassess.progress.for_referral)."""
    version, result = scored(assessment)
    stored = assessment.answers["domains"]
    age_band = assessment.answers["age_band"]
    # Every check with the family's return code, and what they noted they tried, so triage sees both.
    record = progress.for_referral(assessment.code)
    return [
        {
            "area": domain.name,
            "slug": domain.code,
            "tier": OUTCOME_LABELS[domain.tier],
            "answers": [list(row) for row in answers_in_words(version, age_band, domain.code, stored[domain.code])],
            "progress": record.get(domain.code, {}).get("progress", []),
            "tried": record.get(domain.code, {}).get("tried", []),
        }
        for domain in result.domains
    ]


def discipline_names(assessment):
    """The English names of the disciplines the result named for a referral, else those of every area chosen."""
    _, result = scored(assessment)
    named = result.referral_disciplines or tuple(dict.fromkeys(d.discipline for d in result.domains))
    return tuple(name for name in named if name)


def disciplines(assessment):
    """Who the referral goes to, in English words ("speech and language therapy"), for staff."""
    return disciplines_in_words(list(discipline_names(assessment)))


def disciplines_in_language(names):
    """English discipline names in words in the active language, for the middle of a family's sentence."""
    return disciplines_in_words(
        [gettext(name) for name in names], conjunction=gettext(" and "), separator=gettext(", ")
    )


def referral_disciplines(referral):
    """Who a sent referral goes to, in words in the active language: from its self-assessment if it has one,
    else from the areas chosen."""
    if referral.assessment_id is not None:
        return disciplines_in_language(discipline_names(referral.assessment))
    areas = referral.life_areas.all()
    return disciplines_in_language(list(dict.fromkeys(area.get_discipline_display() for area in areas)))


def family_catalogue():
    """The questionnaire's translations into the active language: {English text: translation}."""
    language = translation.get_language()
    return {} if language == settings.LANGUAGE_CODE else languages.catalogue(language)


def in_family_language(text, found=None):
    """An English word of the self-assessment's (an area, a question, an answer, an outcome) in the active
    language: the questionnaire's translation, else the interface's; English if there is neither."""
    if not text or translation.get_language() == settings.LANGUAGE_CODE:
        return text
    if found is None:
        found = family_catalogue()
    return found.get(text) or gettext(text)


def summary_in_language(carried_summary):
    """The carried-over areas, tiers and answers (stored in English, as staff read them) in the active language,
    for the family's own pages: the needs step and check answers."""
    if not carried_summary or translation.get_language() == settings.LANGUAGE_CODE:
        return carried_summary
    found = family_catalogue()
    return [
        {
            **area,
            "area": in_family_language(area["area"], found),
            "tier": in_family_language(area["tier"], found),
            "answers": [[in_family_language(q, found), in_family_language(a, found)] for q, a in area["answers"]],
        }
        for area in carried_summary
    ]


def life_areas(assessment):
    return list(LifeArea.objects.filter(slug__in=assessment.areas))


def is_urgent(assessment):
    """An assessment that routed to an urgent referral makes the referral urgent from the start."""
    return assessment.overall_outcome == Outcome.SPECIALIST_URGENT.code
