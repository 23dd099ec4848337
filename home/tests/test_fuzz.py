"""Hostile input to the site's own forms and filters: feedback, search, the page filters and the team finder."""

import datetime

import pytest
from django.core import signing
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from home.feedback import REF_SALT
from home.models import AccessRoutesPage, PageFeedback, WaitingTimesPage
from home.tests.factories import (
    AgeBandFactory,
    LifeAreaFactory,
    add_page,
    make_advice_tree,
    make_home_page,
    make_information_page,
)
from home.tests.story_factories import make_story, make_story_index
from home.tests.team_factories import NINE_TO_FIVE, TeamFactory, add_wait
from portal.tests.fuzzing import assert_handled, fuzz_settings, hostile_request, path_segment, quote, sampled, send

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

METHODS = ("GET", "GET", "GET", "POST")


@pytest.fixture
def site():
    home = make_home_page()
    about = make_information_page(home, "About us")
    dressing = LifeAreaFactory(name="Getting dressed", slug="getting-dressed")
    primary = AgeBandFactory(name="5 to 11", slug="5-to-11")
    advice, _ = make_advice_tree(home, topics=3, areas=[dressing], bands=[primary])
    stories = make_story_index(home)
    make_story(stories, "Buttons at last", areas=[dressing])
    finder = add_page(home, AccessRoutesPage, "How to get help", slug="how-to-get-help", summary="Routes.")
    waits = add_page(home, WaitingTimesPage, "Waiting times", slug="waiting-times", summary="Waits.")
    team = TeamFactory(name="North Team", districts=["SG1", "SG2"], weekday_hours=NINE_TO_FIVE)
    add_wait(team, 6, timezone.localdate() - datetime.timedelta(days=3))
    return {"home": home, "about": about, "advice": advice, "stories": stories, "finder": finder, "waits": waits}


@pytest.fixture
def feedback_fields(site):
    """Valid and forged values for the feedback form's fields, made once (a signed reference carries the time)."""
    page_ids = [str(page.pk) for page in site.values()] + ["0", "-1", "2147483648", "99999999999999999999"]
    answer = PageFeedback.objects.create(page=site["about"], useful=True)
    refs = [signing.dumps(answer.pk, salt=REF_SALT), signing.dumps(10**30, salt=REF_SALT), "1:forged", "x" * 300]
    return {"page": page_ids, "useful": ["yes", "no", "maybe"], "ref": refs, "comment": ["Too long.", ""]}


@fuzz_settings
@given(data=st.data())
def test_page_feedback(client, feedback_fields, data):
    """Answers and comments, with forged page ids, references and headers: never a server error or a stray record."""
    origin = data.draw(sampled([None, "http://testserver", "https://evil.example", "null", "\x00"]), label="origin")
    fetch_site = data.draw(sampled([None, "same-origin", "cross-site", "none", ""]), label="sec-fetch-site")
    headers = {name: value for name, value in (("Origin", origin), ("Sec-Fetch-Site", fetch_site)) if value}
    before = PageFeedback.objects.count()
    request = data.draw(hostile_request(feedback_fields), label="request")
    method = data.draw(sampled(["POST", "POST", "GET"]), label="method")
    response = send(client, method, "/feedback/", request, headers=headers)
    assert_handled(response)
    # One post is at most one answer; a comment only ever fills in an answer already given.
    assert PageFeedback.objects.count() - before <= 1


@fuzz_settings
@given(data=st.data())
def test_site_search(client, site, data):
    fields = {"q": ["dressed", "dresed", "advice", "", "a b c d e f g h i"], "type": ["advice", "stories"], "page": []}
    request = data.draw(hostile_request(fields), label="request")
    assert_handled(send(client, data.draw(sampled(METHODS), label="method"), "/search/", request))


@fuzz_settings
@given(data=st.data())
def test_advice_and_story_filters(client, site, data):
    fields = {"area": ["getting-dressed", "nope"], "age_band": ["5-to-11", "under-5"], "page": ["1", "2"]}
    page = data.draw(sampled(["advice", "stories"]), label="page")
    request = data.draw(hostile_request(fields), label="request")
    assert_handled(send(client, data.draw(sampled(METHODS), label="method"), site[page].url, request))


@fuzz_settings
@given(data=st.data())
def test_team_finder(client, site, data):
    fields = {"postcode": ["SG1 2AB", "sg12ab", " S.G.1 2-a-b ", "AL1 1AA", "SG1", "ZZ99 9ZZ"]}
    request = data.draw(hostile_request(fields), label="request")
    assert_handled(send(client, data.draw(sampled(METHODS), label="method"), site["finder"].url, request))


@fuzz_settings
@given(data=st.data())
def test_any_page_with_any_query_string(client, site, data):
    """Every page reads ?feedback= and ?ref= (the feedback box), some ?page=; odd paths end on the 404 page."""
    fields = {"feedback": ["more", "thanks", "expired", "unanswered"], "ref": ["1:forged"], "page": ["1", "2"]}
    pages = [page.url for page in site.values()] + ["/robots.txt", "/sitemap.xml", "/healthz"]
    path = data.draw(st.one_of(sampled(pages), path_segment().map(lambda text: f"/{quote(text)}/")), label="path")
    request = data.draw(hostile_request(fields), label="request")
    assert_handled(send(client, data.draw(sampled(METHODS), label="method"), path, request))
