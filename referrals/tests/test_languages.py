"""A family who refers from the Polish or Urdu site: staff see the language they used, in English
(docs/languages.md). The referral journey's own words are not translated yet: it shows the 'not in your
language yet' notice with an interpreter."""

import pytest

from referrals.models import Referral
from referrals.tests.factories import triage_user
from referrals.tests.journeys import parent_answers

pytestmark = pytest.mark.django_db


def refer(client, prefix, answers):
    client.post(f"{prefix}/refer/start/")
    for slug, data in answers.items():
        response = client.post(f"{prefix}/refer/{slug}/", data)
        assert response.status_code == 302, (slug, response.content.decode()[:2000])
        assert response.url.startswith(f"{prefix}/refer/"), (slug, response.url)
    response = client.post(f"{prefix}/refer/check-your-answers/")
    assert response.status_code == 302, response.content.decode()[:2000]
    return Referral.objects.order_by("-pk").first()


@pytest.mark.parametrize(
    ("prefix", "language", "name"), [("", "en-gb", "English"), ("/pl", "pl", "Polish"), ("/ur", "ur", "Urdu")]
)
def test_staff_see_the_language_a_family_referred_in(client, teams, area, prefix, language, name):
    referral = refer(client, prefix, parent_answers(area.pk))
    assert referral.site_language == language
    client.cookies.clear()
    client.force_login(triage_user("triage-north", teams["north"]))
    detail = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert f"<dt>Language</dt><dd>{name}</dd>" in detail


def test_the_referral_form_in_polish_says_it_is_not_translated_and_offers_an_interpreter(client, teams):
    html = client.get("/pl/refer/").content.decode()
    assert 'class="nhsuk-inset-text portal-untranslated" lang="pl"' in html
    assert "Ta strona nie jest jeszcze w Twoim języku" in html


def test_a_polish_familys_self_assessment_reaches_staff_in_english_with_their_language(client, teams):
    from portal.demo import ChangeLog
    from selfassess.definitions import version_for_revision
    from selfassess.demo import translations
    from selfassess.models import Assessment
    from selfassess.tests.factories import load_questionnaire_only
    from selfassess.tests.journeys import SEVERE
    from selfassess.tests.test_languages import walk

    version_for_revision.cache_clear()
    load_questionnaire_only()
    translations.load(ChangeLog())
    result = walk(client, "/pl", ["getting-dressed"], SEVERE)["result"].content.decode()
    assessment = Assessment.objects.get()
    assert f'href="/pl/refer/?assessment={assessment.code}"' in result
    client.get(f"/pl/refer/?assessment={assessment.code}")
    answers = parent_answers(0)
    answers["needs"] = {"help_wanted": "Jak w samoocenie"}
    referral = refer(client, "/pl", answers)
    client.cookies.clear()
    client.force_login(triage_user("triage-north", teams["north"]))
    detail = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert "<dt>Language</dt><dd>Polish</dd>" in detail
    assert "Putting on and taking off clothes" in detail and "Cannot do it, or needs full help" in detail
    assert "Zakładanie" not in detail and "Nie potrafi" not in detail
    version_for_revision.cache_clear()
