"""The schools pages cost the same number of queries with one pack or session as with thirty."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.tests.factories import make_home_page
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


@pytest.mark.parametrize("query", ["", "?audience=primary", "?audience=primary&key_stage=ks2&topic=handwriting"])
def test_pack_listing_queries_do_not_grow_with_packs(client, schools, query):
    hub, packs, training, tags = schools
    add_packs(packs, tags, [0])
    url = packs.url + query
    with_one, html = queries_for(client, url)
    assert "Pack 0" in html
    add_packs(packs, tags, range(1, 30))
    with_thirty, html = queries_for(client, url)
    # The listing may paginate; it must still show more packs than the one it had.
    assert len(set(re.findall(r"Pack \d+", html))) > 1
    assert with_thirty == with_one


def test_schools_hub_queries_do_not_grow_with_packs(client, schools):
    hub, packs, training, tags = schools
    add_packs(packs, tags, [0])
    with_one, _ = queries_for(client, hub.url)
    add_packs(packs, tags, range(1, 30))
    with_thirty, _ = queries_for(client, hub.url)
    assert with_thirty == with_one


def test_pack_page_queries_do_not_grow_with_tags(client, schools):
    hub, packs, training, tags = schools
    add_packs(packs, tags, [0])
    pack = packs.get_children().specific().get()
    with_one, _ = queries_for(client, pack.url)
    pack.audiences.add(*[AudienceFactory() for _ in range(29)])
    pack.key_stages.add(*[KeyStageFactory() for _ in range(29)])
    pack.topics.add(*[PackTopicFactory() for _ in range(29)])
    pack.save_revision().publish()
    with_thirty, _ = queries_for(client, pack.url)
    assert with_thirty == with_one


def test_training_listing_queries_do_not_grow_with_sessions(client, schools):
    hub, packs, training, tags = schools
    TrainingEventFactory(title="Session 0")
    with_one, html = queries_for(client, training.url)
    assert "Session 0" in html
    TrainingEventFactory.create_batch(29)
    with_thirty, html = queries_for(client, training.url)
    assert html.count("Training session") >= 29
    assert with_thirty == with_one
