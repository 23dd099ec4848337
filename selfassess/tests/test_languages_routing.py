"""Clinical safety across languages (docs/clinical-safety.md H13): the same answers get exactly the same help in
English, Polish and Urdu, through the translations and sentences the result page really uses."""

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.demo import ChangeLog
from selfassess import engine, languages
from selfassess.demo import translations
from selfassess.engine import Answers, DomainAnswers, Outcome, TriedAdvice
from selfassess.models import current_version

pytestmark = pytest.mark.django_db
OTHER_LANGUAGES = ("pl", "ur")


@pytest.fixture
def version(questionnaire):
    translations.load(ChangeLog())
    return current_version()


@st.composite
def answers_to(draw, definition):
    """Any complete set of answers the journey could store for this definition."""
    age_band = draw(st.sampled_from(definition.age_bands))
    red_flags = {flag.code: draw(st.booleans()) for flag in definition.red_flags}
    immediate = any(red_flags[f.code] and f.outcome == Outcome.IMMEDIATE for f in definition.red_flags)
    chosen = draw(
        st.lists(st.sampled_from(definition.domains), min_size=0 if immediate else 1, unique_by=lambda d: d.code)
    )
    scores = sorted(definition.scale_scores)
    domains = {
        domain.code: DomainAnswers(
            tuple(draw(st.sampled_from(scores)) for _ in domain.questions_for(age_band)),
            draw(st.sampled_from(sorted(definition.impact_scores))),
            draw(st.sampled_from(TriedAdvice.ORDER)),
        )
        for domain in chosen
    }
    return Answers(age_band=age_band, red_flags=red_flags, domains=domains)


@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_same_answers_get_the_same_help_in_english_polish_and_urdu(version, data):
    answers = data.draw(answers_to(version.definition))
    english = engine.route(version.definition, answers)
    for language in OTHER_LANGUAGES:
        with translation.override(language):
            shown, result, translate = languages.result_in_language(version, english, answers)
            english_routing = languages.routing(english, discipline_name=languages.discipline_name)
        # The result page really used the translation (it did not fall back to English)...
        assert translate is not None and shown is not version, language
        # ...and offers exactly the same help: tiers, red flags, who a referral goes to, checking again.
        assert languages.routing(result) == english_routing, language
        assert [d.reasons for d in result.domains] != [d.reasons for d in english.domains] or not result.domains
        assert not any("because you told us" in reason for d in result.domains for reason in d.reasons), language
