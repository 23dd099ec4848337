"""Self-assessment steps cost the same number of queries whether a family chose one area or all.

The areas come from the published questionnaire (every area the service offers), so "many" here
is all of them rather than thirty.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from selfassess.models import current_version
from selfassess.tests.journeys import MILD, walk_to_check

pytestmark = pytest.mark.django_db


def all_areas():
    return [domain.code for domain in current_version().definition.domains]


def queries_for(client, url, method="get", data=None):
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data or {})
    assert response.status_code in (200, 302), f"{url} answered {response.status_code}"
    return len(queries)


def counts_after_walking(areas, url, method="get", data=None):
    client = Client()
    walk_to_check(client, areas, MILD)
    client.get(url)  # a warm-up: the first request loads the site and the questionnaire version
    return queries_for(client, url, method, data)


@pytest.fixture
def many(questionnaire):
    areas = all_areas()
    assert len(areas) >= 5, "the demo questionnaire should offer several areas"
    return areas


@pytest.mark.parametrize(
    "url", ["/self-assessment/age/", "/self-assessment/areas/", "/self-assessment/areas/getting-dressed/"]
)
def test_step_gets_do_not_grow_with_areas_chosen(many, url):
    assert counts_after_walking(many, url) == counts_after_walking(["getting-dressed"], url)


def test_check_answers_does_not_grow_with_areas_chosen(many):
    url = "/self-assessment/check-your-answers/"
    assert counts_after_walking(many, url) == counts_after_walking(["getting-dressed"], url)


def test_area_step_post_does_not_grow_with_areas_chosen(many):
    url = "/self-assessment/areas/getting-dressed/"
    assert counts_after_walking(many, url, "post", MILD) == counts_after_walking(["getting-dressed"], url, "post", MILD)


def test_result_page_does_not_grow_with_areas_chosen(many):
    def result_queries(areas):
        client = Client()
        walk_to_check(client, areas, MILD)
        client.post("/self-assessment/check-your-answers/")
        client.get("/self-assessment/result/")
        return queries_for(client, "/self-assessment/result/")

    assert result_queries(many) == result_queries(["getting-dressed"])
