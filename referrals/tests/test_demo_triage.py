"""The acceptance check on the demo data: triage-north sees only North, accepts one, and the family sees it."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from referrals.models import EventKind, Referral, ReferralStatus
from referrals.models.referral import STATUS_FOR_FAMILIES

pytestmark = pytest.mark.django_db

NORTH = "stevenage-north-herts"


def family_status_page(client, referral):
    dob = referral.child_date_of_birth
    response = client.post(
        "/refer/status/",
        {
            "reference": referral.reference,
            "date_of_birth_0": dob.day,
            "date_of_birth_1": dob.month,
            "date_of_birth_2": dob.year,
        },
    )
    assert response.status_code == 302
    return client.get(response.headers["Location"]).content.decode()


def test_triage_north_sees_only_north_accepts_one_and_family_status_changes(client, demo_site):
    waiting = Referral.objects.filter(team__slug=NORTH, status=ReferralStatus.RECEIVED).order_by("pk").first()
    other_team = Referral.objects.exclude(team__slug=NORTH).order_by("pk").first()
    family = Client()
    assert STATUS_FOR_FAMILIES[ReferralStatus.RECEIVED] in family_status_page(family, waiting)

    client.force_login(get_user_model().objects.get(username="triage-north"))
    queue = client.get("/admin/referrals/?status=received").content.decode()
    assert waiting.reference in queue
    assert other_team.reference not in queue
    all_pages = [client.get(f"/admin/referrals/?p={page}").content.decode() for page in range(1, 5)]
    assert not any(ref.reference in page for page in all_pages for ref in Referral.objects.exclude(team__slug=NORTH))
    assert client.get(f"/admin/referrals/{other_team.pk}/").status_code == 404

    response = client.post(
        f"/admin/referrals/{waiting.pk}/accept/",
        {"accept-tier": ReferralStatus.ACCEPTED_SPECIALIST, "accept-priority": "routine", "accept-note": ""},
    )
    assert response.status_code == 302
    assert waiting.events.filter(kind=EventKind.ACCEPTED).exists()

    page = family_status_page(Client(), waiting)
    assert STATUS_FOR_FAMILIES[ReferralStatus.ACCEPTED_SPECIALIST] in page
    assert STATUS_FOR_FAMILIES[ReferralStatus.RECEIVED] not in page
