import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from portal.ratelimit import client_fingerprint, rate_limited


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@rate_limited("test-group")
def example_view(request):
    return HttpResponse("ok")


@pytest.mark.django_db
@override_settings(RATELIMIT_ENABLED=True, RATE_LIMITS={"test-group": (3, 60)})
def test_posts_over_the_limit_get_the_friendly_429_page():
    factory = RequestFactory()
    statuses = [example_view(factory.post("/", REMOTE_ADDR="10.0.0.1")).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    response = example_view(factory.post("/", REMOTE_ADDR="10.0.0.1"))
    assert "Too many attempts" in response.content.decode()
    assert response["Retry-After"] == "60"
    # Another client, and GETs, are not affected.
    assert example_view(factory.post("/", REMOTE_ADDR="10.0.0.2")).status_code == 200
    assert example_view(factory.get("/", REMOTE_ADDR="10.0.0.1")).status_code == 200


def test_fingerprint_hides_the_address():
    request = RequestFactory().get("/", REMOTE_ADDR="192.0.2.44")
    assert "192.0.2.44" not in client_fingerprint(request)
    assert client_fingerprint(request) == client_fingerprint(RequestFactory().get("/", REMOTE_ADDR="192.0.2.44"))
