"""The Teams listing offers "Update waits" only to staff who may add a waiting time: a service
manager reads teams and waits, and was offered a link that then refused them."""

import pytest
from django.contrib.auth import get_user_model

from portal.tests.support import sign_in_with_second_factor

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("username", "offered"), [("service-manager", False), ("admin", True)])
def test_update_waits_is_offered_only_to_those_who_may_update_them(client, demo_site, username, offered):
    sign_in_with_second_factor(client, get_user_model().objects.get(username=username))
    listing = client.get("/admin/teams/")
    assert listing.status_code == 200
    assert ("Update waits" in listing.content.decode()) is offered
    if offered:
        assert client.get("/admin/waiting_times/new/").status_code == 200
