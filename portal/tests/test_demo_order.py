"""The order the suite runs in (portal/tests/demo_order.py): the demo group first, then the tests with no database
(while the first worker migrates), then those with one, the ones that commit after the ones that do not."""

import random

import pytest

from portal.tests.demo_order import order_for_one_demo_load


class Marker:
    def __init__(self, kwargs):
        self.kwargs = kwargs


class Collected:
    """Just what the ordering reads of a collected test."""

    def __init__(self, name, fixtures=(), **markers):
        self.nodeid = name
        self.fixturenames = list(fixtures)
        self.markers = {name: Marker(kwargs) for name, kwargs in markers.items()}

    def get_closest_marker(self, name):
        return self.markers.get(name)


def a_suite():
    return [
        Collected("reads the demo", ["db", "demo_site"], django_db={}),
        Collected("no database"),
        Collected("no database, slow", slow={}),
        Collected("database", ["db"], django_db={}),
        Collected("database, by fixture only", ["db", "django_db_setup"]),
        Collected("commits", ["transactional_db", "django_db_serialized_rollback"], django_db={"transaction": True}),
        Collected("live server", ["live_server", "django_db_serialized_rollback"]),
        Collected("browser", ["live_demo_site", "live_server", "django_db_serialized_rollback"]),
        Collected("real server", ["db", "django_db_setup"], real_server={}, django_db={}),
    ]


@pytest.mark.parametrize("seed", range(5))
def test_whatever_order_they_were_collected_in(seed):
    tests = a_suite()
    random.Random(seed).shuffle(tests)

    order_for_one_demo_load(tests)

    # Tests alike keep the order they were collected in.
    assert [{test.nodeid} for test in tests[:3]] == [{"reads the demo"}, {"no database, slow"}, {"no database"}]
    assert {test.nodeid for test in tests[3:5]} == {"database", "database, by fixture only"}
    # The real server's tests do not commit (the server has a database of its own): before those that do.
    assert tests[5].nodeid == "real server"
    # A test that commits empties the tables after it: no test that expects the migrations' rows may follow it.
    assert {test.nodeid for test in tests[6:8]} == {"commits", "live server"}
    assert tests[8].nodeid == "browser"
