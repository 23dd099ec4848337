import datetime
import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from referrals.models import EventKind, OutboxMessage, ReferralEvent, ReferralStatus
from referrals.tests.factories import VALID_NHS_NUMBER, ReferralFactory

pytestmark = pytest.mark.django_db

PERSONAL = {
    "referrer_name": "Rita Referrer",
    "referrer_role": "SENCo",
    "referrer_organisation": "Example Primary",
    "contact_email": "rita@example.org",
    "contact_phone": "01632 960 001",
    "child_first_name": "Pip",
    "child_last_name": "Example",
    "nhs_number": VALID_NHS_NUMBER.replace(" ", ""),
    "postcode": "SG1 2AB",
    "school": "Example Primary",
    "help_wanted": "Pip cannot hold a pencil.",
    "tried_already": "Pencil grips from Aunt Jo.",
    "other_services": "Dr Smith at the Lister",
    "language": "Polish",
    "accessible_formats": "Large print",
    "parent_name": "Pat Example",
    "parent_phone": "07700 900 982",
    "parent_email": "pat@example.org",
    "decision_note": "Pip's needs fit the motor group.",
    "assessment_summary": [{"area": "Writing", "tier": "Specialist"}],
}


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def ended_referral(team, days, status=ReferralStatus.CLOSED):
    referral = ReferralFactory(team=team, status=status, received_at=days_ago(days + 60), **PERSONAL)
    if status == ReferralStatus.CLOSED:
        referral.closed_at = days_ago(days)
        referral.save()
    ReferralEvent.objects.create(referral=referral, kind=EventKind.SUBMITTED, at=referral.received_at)
    ReferralEvent.objects.create(
        referral=referral,
        kind=EventKind.CLOSED if status == ReferralStatus.CLOSED else EventKind.DECLINED,
        at=days_ago(days),
        note="Mum says Pip is much better",
    )
    OutboxMessage.objects.create(referral=referral, kind="x", to="pat@example.org", subject="S", body="Pip")
    return referral


def purge(*args):
    out = io.StringIO()
    call_command("purge_referrals", *args, stdout=out)
    return out.getvalue()


def has_personal_details(referral):
    referral.refresh_from_db()
    values = [getattr(referral, name) for name in PERSONAL] + [referral.child_date_of_birth]
    notes = list(referral.events.values_list("note", flat=True))
    return any(
        str(value) in str(text) for value in PERSONAL.values() if isinstance(value, str) for text in values + notes
    ) or bool(referral.child_date_of_birth)


@override_settings(REFERRAL_RETENTION_DAYS=365)
def test_purge_removes_personal_details_of_old_ended_referrals_only(teams):
    north = teams["north"]
    old_closed = ended_referral(north, 400)
    old_declined = ended_referral(north, 400, ReferralStatus.DECLINED)
    recent_closed = ended_referral(north, 300)
    old_but_open = ReferralFactory(team=north, status=ReferralStatus.ACCEPTED_SPECIALIST, received_at=days_ago(900))

    assert "2 referrals" in purge("--dry-run")
    assert has_personal_details(old_closed)
    assert not old_closed.purged_at

    assert "Purged the personal details of 2 referrals" in purge()
    for referral in (old_closed, old_declined):
        assert not has_personal_details(referral)
        assert referral.purged_at is not None
        assert referral.postcode == "SG1"  # only the district, for area counts
        assert referral.team == north and referral.received_at  # still counted
        assert not OutboxMessage.objects.filter(referral=referral).exists()
        purged_event = referral.events.get(kind=EventKind.PURGED)
        assert purged_event.actor is None
        assert "Pip" not in purged_event.note
    for referral in (recent_closed, old_but_open):
        referral.refresh_from_db()
        assert referral.purged_at is None
        assert referral.child_first_name == "Pip"
    assert OutboxMessage.objects.filter(referral=recent_closed).exists()


@override_settings(REFERRAL_RETENTION_DAYS=365)
def test_purge_is_idempotent(teams):
    referral = ended_referral(teams["north"], 400)
    purge()
    referral.refresh_from_db()
    first_purge = referral.purged_at
    assert "of 0 referrals" in purge()
    referral.refresh_from_db()
    assert referral.purged_at == first_purge
    assert referral.events.filter(kind=EventKind.PURGED).count() == 1


@override_settings(REFERRAL_RETENTION_DAYS=365)
def test_purged_referral_is_gone_for_families_and_blank_for_staff(client, teams):
    from referrals.tests.factories import triage_user

    referral = ended_referral(teams["north"], 400)
    purge()
    assert client.get(f"/refer/sent/{referral.confirmation_token}/").status_code == 404
    client.force_login(triage_user("triage-north", teams["north"]))
    page = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert referral.reference in page
    assert "Pip" not in page and "pat@example.org" not in page
    assert "Removed on" in page


def session_row(data, expires_in):
    """A django_session row holding `data`, expiring `expires_in` from now."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session

    store = SessionStore()
    store.update(data)
    store.create()
    Session.objects.filter(session_key=store.session_key).update(expire_date=timezone.now() + expires_in)
    return store.session_key


def session_exists(key):
    from django.contrib.sessions.models import Session

    return Session.objects.filter(session_key=key).exists()


JOURNEY = {
    "key": "00000000-0000-4000-8000-000000000000",
    "assessment": None,
    "answers": {"child": {"first_name": ["Pip"], "last_name": ["Example"]}, "postcode": {"postcode": ["SG1 2AB"]}},
    "sent": None,
}


@override_settings(SESSION_COOKIE_AGE=3600)
def test_purge_removes_sessions_holding_journeys_made_under_longer_lifetimes_and_expired_ones(teams):
    """Finding 6: a session row from before sessions were cut to an hour outlived sending and purging."""
    hour = datetime.timedelta(hours=1)
    old_referral_journey = session_row({"referral_journey": JOURNEY}, 13 * 24 * hour)
    old_assessment = session_row({"selfassess_journey": {"revision": 1, "age_band": "5-to-11"}}, 10 * 24 * hour)
    old_status_lookup = session_row({"referral_status_lookup": 1}, 14 * 24 * hour)
    expired = session_row({"referral_journey": JOURNEY}, -hour)
    expired_other = session_row({"anything": 1}, -datetime.timedelta(seconds=1))
    current_journey = session_row({"referral_journey": JOURNEY}, hour / 2)
    staff = session_row({"_auth_user_id": "1", "staff_seen_at": 1}, 10 * 24 * hour)

    output = purge("--dry-run")
    assert "5 sessions" in output
    assert session_exists(old_referral_journey) and session_exists(expired)

    assert "Removed 5 sessions" in purge()
    for key in (old_referral_journey, old_assessment, old_status_lookup, expired, expired_other):
        assert not session_exists(key), key
    # A family mid-journey now keeps it; a staff sign-in is left to its own expiry rules.
    assert session_exists(current_journey) and session_exists(staff)


@override_settings(SELFASSESS_RETENTION_DAYS=30, SESSION_COOKIE_AGE=3600)
def test_purge_removes_sessions_pointing_at_purged_self_assessments(client):
    from selfassess.definitions import version_for_revision
    from selfassess.models import Assessment, current_version
    from selfassess.tests.factories import load_questionnaire_only
    from selfassess.tests.journeys import MILD, complete

    version_for_revision.cache_clear()
    load_questionnaire_only()
    complete(client, [current_version().definition.domains[0].code], MILD)
    assessment = Assessment.objects.get()
    Assessment.objects.update(created_at=timezone.now() - datetime.timedelta(days=31))
    half_hour = datetime.timedelta(minutes=30)
    result = session_row({"selfassess_result": assessment.pk}, half_hour)
    retake = session_row({"selfassess_journey": {"revision": 1, "previous": assessment.pk}}, half_hour)
    referral = session_row({"referral_journey": {**JOURNEY, "assessment": assessment.code}}, half_hour)
    pending = session_row({"referral_assessment": assessment.code}, half_hour)
    unrelated = session_row({"selfassess_result": assessment.pk + 1}, half_hour)

    output = purge()
    assert "1 self-assessment" in output
    for key in (result, retake, referral, pending):
        assert not session_exists(key), key
    assert session_exists(unrelated)
    version_for_revision.cache_clear()
