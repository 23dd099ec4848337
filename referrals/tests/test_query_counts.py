"""The triage queue costs the same number of queries with one referral as with thirty."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from referrals.tests.factories import ReferralFactory, triage_user

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    first = client.get(url)  # the first request also loads the site and the admin's menus
    assert first.status_code == 200, f"{url} answered {first.status_code}"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.fixture
def north(client, teams):
    client.force_login(triage_user("triage-north", teams["north"]))
    return teams["north"]


@pytest.mark.parametrize("url", ["/admin/referrals/", "/admin/referrals/export/"])
def test_triage_queue_queries_do_not_grow_with_referrals(client, north, area, url):
    first = ReferralFactory(team=north, child_first_name="Firstchild")
    first.life_areas.add(area)
    with_one, html = queries_for(client, url)
    assert first.reference in html
    for number in range(29):
        last = referral = ReferralFactory(team=north, child_first_name=f"Child{number}")
        referral.life_areas.add(area)
    with_thirty, html = queries_for(client, url)
    assert last.reference in html
    assert with_thirty == with_one
