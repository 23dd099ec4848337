"""Families' sessions on a shared computer (security issue 14, finding 6).

The referral and self-assessment journeys live in Django's session. The session ends when the
browser closes, expires on the server after SESSION_COOKIE_AGE without a step being saved, and
holds no answers once the referral is sent or the self-assessment is stored.
"""

import datetime

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone

from referrals import journey
from referrals.models import Referral
from referrals.tests.journeys import parent_answers, walk_to_check

pytestmark = pytest.mark.django_db


def stored_session(client):
    return Session.objects.get(session_key=client.session.session_key)


def seconds_left(client):
    return (stored_session(client).expire_date - timezone.now()).total_seconds()


def idle_for(client, seconds):
    """Pretend the family last saved a step `seconds` ago, by moving the server-side expiry back."""
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() + datetime.timedelta(seconds=settings.SESSION_COOKIE_AGE - seconds)
    )


def test_family_sessions_end_with_the_browser_and_after_an_hour_idle(client, teams, area):
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    assert settings.SESSION_COOKIE_AGE == 60 * 60
    response = client.post("/refer/start/")
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == "" and cookie["expires"] == "", "the cookie must not outlive the browser"
    assert 3590 < seconds_left(client) <= 3600
    # Each step saved restarts the idle clock.
    idle_for(client, 50 * 60)
    assert seconds_left(client) < 11 * 60
    client.post("/refer/who/", parent_answers(area.pk)["who"])
    assert 3590 < seconds_left(client) <= 3600


def test_coming_back_after_the_idle_time_shows_answers_were_cleared(client, teams, area):
    answers = parent_answers(area.pk)
    client.post("/refer/start/")
    client.post("/refer/who/", answers["who"])
    idle_for(client, 61 * 60)
    for response in (client.get("/refer/child/"), client.post("/refer/child/", answers["child"])):
        assert response.status_code == 200  # neither a server error nor a silent redirect
        page = response.content.decode()
        assert "Start your referral again" in page
        assert "to keep them private" in page and "60 minutes" in page
        assert 'href="/refer/"' in page and "Start again" in page
    assert Referral.objects.count() == 0


def test_self_assessment_after_the_idle_time_shows_answers_were_cleared(client):
    from selfassess.definitions import version_for_revision
    from selfassess.tests.factories import load_questionnaire_only

    version_for_revision.cache_clear()
    load_questionnaire_only()
    client.post("/self-assessment/start/")
    client.post("/self-assessment/age/", {"age_band": "5-to-11"})
    idle_for(client, 61 * 60)
    response = client.get("/self-assessment/safety-questions/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "to keep them private" in page and "60 minutes" in page
    assert "Start again" in page
    version_for_revision.cache_clear()


def test_sending_clears_the_answers_from_the_session_but_not_the_confirmation(client, teams, area):
    walk_to_check(client, parent_answers(area.pk))
    first = client.post("/refer/check-your-answers/")
    referral = Referral.objects.get()
    data = stored_session(client).get_decoded()
    assert "Pip" not in str(data) and "SG1" not in str(data) and "answers" not in str(data)
    assert data[journey.SESSION_KEY] == {"sent": referral.confirmation_token}
    # The confirmation still opens; a second "Send" and the back button still find it, and nothing twice.
    assert referral.reference in client.get(first["Location"]).content.decode()
    assert client.post("/refer/check-your-answers/")["Location"] == first["Location"]
    assert client.get("/refer/contact/")["Location"] == first["Location"]
    assert Referral.objects.count() == 1
    # Starting again begins a new, empty journey.
    client.post("/refer/start/")
    assert client.get("/refer/who/").status_code == 200
    assert client.session[journey.SESSION_KEY]["answers"] == {}


def test_storing_a_self_assessment_clears_its_answers_from_the_session(client):
    from selfassess import journey as selfassess_journey
    from selfassess.definitions import version_for_revision
    from selfassess.models import Assessment
    from selfassess.tests.factories import load_questionnaire_only
    from selfassess.tests.journeys import MILD, complete

    version_for_revision.cache_clear()
    load_questionnaire_only()
    page = complete(client, ["getting-dressed"], MILD).content.decode()
    assessment = Assessment.objects.get()
    data = stored_session(client).get_decoded()
    assert selfassess_journey.SESSION_KEY not in data
    # Only which result to show and the record's return code stay (the progress pages read it), no answers.
    assert data == {selfassess_journey.RESULT_KEY: assessment.pk, selfassess_journey.RECORD_KEY: assessment.code}
    assert f"/refer/?assessment={assessment.code}" in page or assessment.display_code in page
    assert client.get("/self-assessment/result/").status_code == 200
    version_for_revision.cache_clear()
