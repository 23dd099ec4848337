"""The demo site for tests: loaded once per run and copied back wherever a test needs it.

`demo_site` (inside the test's transaction, shared by consecutive tests that read it), `live_demo_site` (committed,
for a live server and a browser), and the hooks that order the tests so the demo goes in once. Loaded by the root
conftest.py. Which tests read the demo and the order they run in are in portal/tests/demo_order.py; how the demo is
kept, shared between workers and copied back, in portal/tests/demo_copy.py.
"""

import contextlib

import pytest
from django.db import transaction

from portal.tests.demo_copy import _demo, empty_tables_by_delete_on_postgresql, remember
from portal.tests.demo_order import (
    XdistGroupsOnPytest9,
    group_the_demo_readers,
    order_for_one_demo_load,
    shares_the_demo,
)
from portal.tests.sqlite_image import committed


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep the snapshot of migration data (Wagtail's root page, groups) reachable from any context.

    Serialized rollback restores it before each live-server test from an attribute on the database
    connection. Starting Playwright switches greenlets, and with them the context Django keeps its
    connections in, so later tests get a fresh connection object without that attribute and
    nothing is restored. Holding the snapshot on the connection class survives the switch.
    """
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        snapshot = getattr(connection, "_test_serialized_contents", None)
        if snapshot is not None:
            type(connection)._test_serialized_contents = snapshot
    return django_db_setup


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    group_the_demo_readers(items)


class OrderLast:
    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items):
        order_for_one_demo_load(items)


def pytest_configure(config):
    remember(config)
    config.pluginmanager.register(XdistGroupsOnPytest9(), "xdist-groups-on-pytest-9")
    config.pluginmanager.register(OrderLast(), "order-for-one-demo-load")
    empty_tables_by_delete_on_postgresql()


class SharedDemo:
    """The demo (loaded, or copied back: `DemoCopy`), in a transaction left open across consecutive
    tests that read it.

    Each test's own transaction nests inside it (as a savepoint), so what a test changes is undone
    after it; the outer transaction is rolled back when the next test does not read the demo."""

    def __init__(self):
        self.outer = None
        self.blocker = None

    def open(self, request):
        if self.outer is not None:
            return
        request.getfixturevalue("django_db_setup")
        with self.blocker.unblock():
            self.outer = transaction.atomic()
            self.outer.__enter__()
            try:
                _demo.install()
            except BaseException:
                self.close()
                raise

    def close(self):
        if self.outer is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            outer, self.outer = self.outer, None
            outer.__exit__(None, None, None)


_shared_demo = SharedDemo()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    # After the test's own fixtures are gone: keep the load only if the next test reads it too.
    if nextitem is None or not shares_the_demo(nextitem):
        _shared_demo.close()
    return result


@pytest.fixture(scope="module", autouse=True)
def shared_demo_site(request, django_db_blocker):
    """Module-scoped so it opens before the first test's own transaction (the `db` fixture)."""
    _shared_demo.blocker = django_db_blocker
    if shares_the_demo(request._pyfuncitem):
        _shared_demo.open(request)


@pytest.fixture
def demo_site(db):
    # A test that runs apart from the others that read the demo (e.g. `-k` picked it alone, or xdist
    # sent it after a test of its module that does not) puts it in inside its own transaction.
    if _shared_demo.outer is None:
        _demo.install()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    if "live_demo_site" in item.fixturenames and _demo.image is not None:
        with migrations_data_from_the_image():
            return (yield)
    return (yield)


@contextlib.contextmanager
def migrations_data_from_the_image():
    """While a live-server test is set up on SQLite once the demo's image is kept, serialized rollback puts back the
    image instead of the migrations' data (content types, permissions, Wagtail's root page, groups: 0.3 s): the
    image holds those rows, so a fixture set up before `live_demo_site` that reads them (or gets or creates them,
    as `wagtail_roots` in resources/tests/test_browser.py does) finds them with the same ids. `live_demo_site` then
    puts the image back once more, over whatever such a fixture wrote, as the flush and copy did. The test still
    asks for serialized rollback, so the flush after it does not make the content types again, and
    `refuse_tests_that_would_lose_the_migrations_data` is satisfied."""
    from django.db.backends.sqlite3.creation import DatabaseCreation

    deserialize = DatabaseCreation.deserialize_db_from_string

    def image_instead(creation, data):
        if committed(creation.connection):
            _demo.image.put_back(creation.connection)
        else:
            deserialize(creation, data)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(DatabaseCreation, "deserialize_db_from_string", image_instead)
        yield


@pytest.fixture
def live_demo_site(django_db_serialized_rollback, live_server):
    """A live server with the demo committed; the page cache is emptied before every test
    (`empty_cache`), so nothing from an earlier test shows through."""
    _demo.restore()
    return live_server


@pytest.fixture
def live_demo(live_demo_site):
    """The worker's loaded-once demo itself, for the test that checks a copy is as good as a load."""
    return _demo


@pytest.fixture
def demo_loader_output(demo_site):
    """What the demo loader printed when this worker loaded the demo from empty tables."""
    return _demo.output
