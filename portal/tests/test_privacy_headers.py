"""Pages with personal details are never cached; every public POST has a ceiling."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from resources.tests.factories import TrainingEventFactory

pytestmark = pytest.mark.django_db


NO_STORE_PATHS = [
    "/refer/",
    "/refer/status/",
    "/refer/check-your-answers/",
    "/self-assessment/",
    "/self-assessment/progress/",
    "/schools/training/",
    "/admin/login/",
    "/admin/",
]


def test_pages_with_personal_details_are_never_stored_and_others_can_be(client, demo_site):
    # One test rather than one per path: loading the demo site is the slow part.
    for path in NO_STORE_PATHS:
        response = client.get(path)
        assert response.status_code in (200, 302, 400), path
        assert "no-store" in response["Cache-Control"], path
        assert "public" not in response["Cache-Control"], path
    for path in ("/", "/search/?q=help"):
        assert "no-store" not in client.get(path).get("Cache-Control", ""), path


def test_training_booking_pages_are_never_stored(client):
    event = TrainingEventFactory(capacity=3)
    response = client.get(f"/schools/training/{event.pk}/book/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_the_referral_confirmation_is_never_stored(client):
    from referrals.tests.factories import ReferralFactory

    referral = ReferralFactory()
    response = client.get(f"/refer/sent/{referral.confirmation_token}/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


@override_settings(RATELIMIT_ENABLED=True, RATE_LIMITS={"public-post": (3, 600)})
def test_any_public_post_meets_a_ceiling_but_staff_sign_in_has_its_own(client):
    cache.clear()
    statuses = [client.post("/refer/start/", REMOTE_ADDR="192.0.2.7").status_code for _ in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert "Too many attempts" in client.post("/self-assessment/start/", REMOTE_ADDR="192.0.2.7").content.decode()
    assert client.post("/refer/start/", REMOTE_ADDR="192.0.2.8").status_code == 302
    assert client.get("/refer/", REMOTE_ADDR="192.0.2.7").status_code == 200
    assert client.post("/admin/login/", {"username": "x", "password": "y"}, REMOTE_ADDR="192.0.2.7").status_code == 200
    cache.clear()


@override_settings(RATELIMIT_ENABLED=True, RATE_LIMITS={"search": (2, 60), "public-post": (300, 600)})
def test_search_is_limited_per_client(client):
    cache.clear()
    statuses = [client.get("/search/?q=help", REMOTE_ADDR="192.0.2.9").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    cache.clear()
