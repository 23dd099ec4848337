import pytest

from home.demo.loader import ChangeLog


@pytest.fixture
def home_demo(db):
    """Just the home app's demo content and the demo users: much quicker than the whole demo site."""
    from home.demo.site import load_site
    from home.management.commands.load_demo_content import ensure_users

    log = ChangeLog()
    home = load_site(log)
    ensure_users(log, "demo-password-for-tests")
    return home
