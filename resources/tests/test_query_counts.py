"""The schools pages cost the same number of queries with one pack or session as with many.

A query per pack, tag or session shows as surely with 1 against a few as with 1 against 30, so each
test adds only as many as it takes to get past what the page caps: the pack listing shows
PACKS_PER_PAGE packs a page, so it gets one pack more than that (a full page and a second one, so
the pagination links are drawn too); the hub, a pack's tags and the training listing have no cap.
Each pack is made as an editor makes it (one revision, published), so it renders as a real one does.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.tests.factories import make_home_page
from resources.listing import PACKS_PER_PAGE
from resources.tests.factories import (
    AudienceFactory,
    KeyStageFactory,
    PackTopicFactory,
    TrainingEventFactory,
    make_document,
    make_pack,
    make_schools_tree,
)

pytestmark = pytest.mark.django_db

# Extra items added after the first count where the page has no cap.
MORE = 3


def queries_for(client, url):
    first = client.get(url)  # the first request also loads the site, its settings and the page tree
    assert first.status_code == 200, f"{url} answered {first.status_code}"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


@pytest.fixture
def schools(db):
    home = make_home_page()
    hub, packs, training = make_schools_tree(home)
    tags = {
        "audiences": [AudienceFactory(slug="primary"), AudienceFactory(slug="secondary")],
        "key_stages": [KeyStageFactory(slug="ks1"), KeyStageFactory(slug="ks2")],
        "topics": [PackTopicFactory(slug="handwriting"), PackTopicFactory(slug="sensory")],
    }
    return hub, packs, training, tags


def add_packs(index, tags, numbers):
    document = make_document()
    for number in numbers:
        make_pack(index, f"Pack {number}", document=document, **tags)


LISTING_QUERIES = ["", "?audience=primary", "?audience=primary&key_stage=ks2&topic=handwriting"]


def test_pack_listing_queries_do_not_grow_with_packs(client, schools):
    # The three listings (unfiltered, one filter, three) are counted over the same packs: making them is the cost.
    hub, packs, training, tags = schools
    add_packs(packs, tags, [0])
    urls = [packs.url + query for query in LISTING_QUERIES]
    with_one = {}
    for url in urls:
        with_one[url], html = queries_for(client, url)
        assert "Pack 0" in html
    add_packs(packs, tags, range(1, PACKS_PER_PAGE + 1))  # past a page of packs
    grew = []
    for url in urls:
        with_more, html = queries_for(client, url)
        assert len(set(re.findall(r"Pack \d+", html))) == PACKS_PER_PAGE, url  # a full page
        assert "Page 1 of 2" in html or "page=2" in html, f"{url} does not paginate"
        if with_more != with_one[url]:
            grew.append(f"{url}: {with_one[url]} queries with one pack, {with_more} with {PACKS_PER_PAGE + 1}")
    assert not grew, "\n".join(grew)


def test_schools_hub_queries_do_not_grow_with_packs(client, schools):
    hub, packs, training, tags = schools
    add_packs(packs, tags, [0])
    with_one, _ = queries_for(client, hub.url)
    add_packs(packs, tags, range(1, MORE + 1))
    with_more, _ = queries_for(client, hub.url)
    assert with_more == with_one


def test_pack_page_queries_do_not_grow_with_tags(client, schools):
    hub, packs, training, tags = schools
    add_packs(packs, tags, [0])
    pack = packs.get_children().specific().get()
    with_one, _ = queries_for(client, pack.url)
    pack.audiences.add(*[AudienceFactory() for _ in range(MORE)])
    pack.key_stages.add(*[KeyStageFactory() for _ in range(MORE)])
    pack.topics.add(*[PackTopicFactory() for _ in range(MORE)])
    pack.save_revision().publish()
    with_more, _ = queries_for(client, pack.url)
    assert with_more == with_one


def test_training_listing_queries_do_not_grow_with_sessions(client, schools):
    hub, packs, training, tags = schools
    TrainingEventFactory(title="Session 0")
    with_one, html = queries_for(client, training.url)
    assert "Session 0" in html
    TrainingEventFactory.create_batch(MORE)
    with_more, html = queries_for(client, training.url)
    assert html.count("Training session") >= MORE
    assert with_more == with_one
