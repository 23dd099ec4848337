import pytest


@pytest.fixture
def home_demo(demo_site):
    """The demo's home page: the whole demo is shared by the tests that read it (portal/tests/demo_fixtures.py), which is quicker
    than loading even the home app's part of it for each test."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific
