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
