import pytest

from portal.demo import ChangeLog


@pytest.fixture
def home_demo(db):
    """Just the home app's demo content and the demo users: much quicker than the whole demo site."""
    from home.demo import ensure_users
    from home.demo.site import load_site

    log = ChangeLog()
    home = load_site(log)
    ensure_users(log, "demo-password-for-tests")
    return home
