"""The self-assessment in the family's language: the same version, with its words swapped for translations.

The journey is pinned to the English version and every decision (where to go next, what to store, the
outcome) is made with it. The version shown is a copy with the same codes, scores and thresholds and
translated words; forms built from it post back the same codes. If any of the version's words has no
translation, the whole self-assessment is shown in English with a message in the family's language
(`shown_version` returns None), so no page mixes two languages (docs/languages.md).
"""

import dataclasses
from types import SimpleNamespace

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

from selfassess import engine
from selfassess.definitions import TRIED_ADVICE_LABELS
from selfassess.models import TranslatedText

# The disciplines' names (home.models.taxonomy.Discipline), for the message catalogues.
DISCIPLINE_NAMES = (engine.gettext_noop("Occupational therapy"), engine.gettext_noop("Speech and language therapy"))
QUESTIONNAIRE_FIELDS = ("introduction", "red_flags_heading", "impact_question", "tried_advice_question")
RED_FLAG_FIELDS = ("question", "hint", "reason", "what_to_do")


def english_texts(version):
    """Every one of the version's own words a family can read on the journey and its result."""
    questionnaire, definition = version.questionnaire, version.definition
    texts = [getattr(questionnaire, name) for name in QUESTIONNAIRE_FIELDS]
    texts += [flag[name] for flag in version.red_flag_text.values() for name in RED_FLAG_FIELDS]
    texts += [option.label for option in definition.scale + definition.impact_options]
    texts += [band.name for band in version.age_bands]
    for domain in definition.domains:
        texts += [domain.name, version.domain_hints.get(domain.code) or ""]
        texts += [question.text for question in domain.questions]
    return {text for text in texts if text}


def catalogue(language):
    return dict(TranslatedText.objects.filter(language=language).values_list("english", "translation"))


def missing_texts(version, language):
    found = catalogue(language)
    return sorted(text for text in english_texts(version) if not found.get(text))


def words(language=None):
    """The engine's sentences in the active language (or `language`)."""
    with translation.override(language or translation.get_language()):
        return engine.Words(
            **{field.name: gettext(getattr(engine.ENGLISH, field.name)) for field in dataclasses.fields(engine.Words)}
        )


def outcome_label(outcome):
    return gettext(engine.OUTCOME_LABELS[outcome])


def discipline_name(name):
    return gettext(name) if name else name


def translated_version(version, language):
    """The version in `language`, or None if any of its words is not translated yet."""
    found = catalogue(language)
    if any(not found.get(text) for text in english_texts(version)):
        return None

    def say(text):
        return found.get(text, text) if text else text

    definition = version.definition
    with translation.override(language):
        domains = tuple(
            dataclasses.replace(
                domain,
                name=say(domain.name),
                discipline=gettext(domain.discipline) if domain.discipline else "",
                questions=tuple(dataclasses.replace(q, text=say(q.text)) for q in domain.questions),
            )
            for domain in definition.domains
        )
        red_flags = tuple(
            dataclasses.replace(
                flag,
                question=say(flag.question),
                reason=say(flag.reason),
                discipline=gettext(flag.discipline) if flag.discipline else "",
            )
            for flag in definition.red_flags
        )
        tried_advice_labels = {code: gettext(label) for code, label in TRIED_ADVICE_LABELS.items()}
    red_flag_text = {
        code: {**value, **{name: say(value[name]) for name in RED_FLAG_FIELDS}}
        for code, value in version.red_flag_text.items()
    }
    questionnaire = SimpleNamespace(
        **{name: say(getattr(version.questionnaire, name)) for name in QUESTIONNAIRE_FIELDS},
        # The red-flag form reads each flag's words from here, in the questionnaire's order.
        red_flags=[SimpleNamespace(value=red_flag_text[flag.code]) for flag in definition.red_flags],
        pk=version.questionnaire.pk,
    )
    return dataclasses.replace(
        version,
        questionnaire=questionnaire,
        definition=dataclasses.replace(
            definition,
            domains=domains,
            red_flags=red_flags,
            scale=tuple(dataclasses.replace(o, label=say(o.label)) for o in definition.scale),
            impact_options=tuple(dataclasses.replace(o, label=say(o.label)) for o in definition.impact_options),
        ),
        age_bands=tuple(SimpleNamespace(pk=band.pk, slug=band.slug, name=say(band.name)) for band in version.age_bands),
        red_flag_text=red_flag_text,
        domain_hints={code: say(hint) for code, hint in version.domain_hints.items()},
        tried_advice_labels=tried_advice_labels,
    )


def shown_version(version):
    """What the family reads: the version in the active language, or the English version itself.

    Returns (version to show, whether the language had to fall back to English)."""
    language = translation.get_language()
    if version is None or language == settings.LANGUAGE_CODE:
        return version, False
    shown = translated_version(version, language)
    if shown is None:
        return version, True
    return shown, False


def is_english():
    return translation.get_language() == settings.LANGUAGE_CODE


def routing(result, discipline_name=lambda name: name):
    """Everything in a result that decides what help a family is offered, without its words."""
    return (
        result.overall,
        tuple(flag.code for flag in result.red_flags),
        tuple((d.code, d.score, d.max_score, d.tier, d.escalated) for d in result.domains),
        tuple(discipline_name(name) for name in result.referral_disciplines),
        result.offer_check_again,
    )


def result_in_language(english_version, english_result, answers):
    """(version, result, translate) for the result page in the active language.

    The result is routed again with the translated words only to explain it in that language; if that ever
    routed differently from the English result (it cannot, as the engine reads codes and scores), the page
    shows the English result instead. `translate` gives an English text's translation, or None."""
    language = translation.get_language()
    shown = translated_version(english_version, language) if not is_english() else None
    if shown is None:
        return english_version, english_result, None
    result = engine.route(shown.definition, answers, words=words(language))
    with translation.override(language):
        same = routing(result) == routing(english_result, discipline_name=lambda name: gettext(name))
    if not same:
        return english_version, english_result, None
    found = catalogue(language)
    return shown, result, found.get
