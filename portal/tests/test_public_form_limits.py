"""Every public journey's POSTs are limited per client, with the friendly 429 page."""

import pytest
from django.core.cache import cache
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize(
    ("group", "path"),
    [
        ("selfassess-step", "/self-assessment/start/"),
        ("selfassess-step", "/self-assessment/age/"),
        ("training-booking", "/schools/training/999/book/"),
        ("training-booking", "/schools/training/cancel/not-a-token/"),
    ],
)
def test_repeated_posts_are_turned_away_politely(client, group, path):
    with override_settings(RATELIMIT_ENABLED=True, RATE_LIMITS={group: (2, 60), "public-post": (1000, 60)}):
        statuses = [client.post(path, {}).status_code for _ in range(3)]
    assert 429 not in statuses[:2]
    assert statuses[2] == 429
