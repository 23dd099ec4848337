"""Which tests read the demo site, and the order a run takes them in so the demo goes in once (used by
portal/tests/demo_fixtures.py's hooks)."""

import pytest
from _pytest.nodeid import NodeId


def shares_the_demo(item):
    """Whether a test reads the demo site inside its own transaction (and needs no committed data)."""
    names = item.fixturenames
    marker = item.get_closest_marker("django_db")
    return (
        "demo_site" in names
        and "transactional_db" not in names
        and "live_server" not in names
        and "live_demo_site" not in names
        and not (marker and marker.kwargs.get("transaction"))
        and item.get_closest_marker("real_server") is None
    )


def refuse_tests_that_would_lose_the_migrations_data(items):
    """A test with committed data (a live server's, `transaction=True`) is followed by a flush. Unless it asks for
    serialized rollback, Django then makes the content types again under new ids, and every later test that
    restores the migrations' data (every browser test) fails on them: 36 errors from one new test once."""
    careless = []
    for item in items:
        marker = item.get_closest_marker("django_db")
        serialized = "django_db_serialized_rollback" in item.fixturenames or (
            marker and marker.kwargs.get("serialized_rollback")
        )
        if commits(item) and not serialized:
            careless.append(item.nodeid)
    if careless:
        raise pytest.UsageError(
            "These tests commit data but do not ask for serialized rollback (add the django_db_serialized_rollback "
            "fixture, or live_demo_site): " + ", ".join(careless)
        )


def reads_the_demo(item):
    names = item.fixturenames
    # The real server starts from a copy of the run's demo (portal/tests/real_server.py).
    return "demo_site" in names or "live_demo_site" in names or item.get_closest_marker("real_server") is not None


def needs_a_database(item):
    names = set(item.fixturenames)
    return item.get_closest_marker("django_db") is not None or bool(
        names & {"django_db_setup", "db", "transactional_db", "live_server"}
    )


def commits(item):
    """Whether the test commits what it writes (a live server's, `transaction=True`): the database is emptied after
    it, so it must come after every test that expects the migrations' rows (Wagtail's root page) without asking for
    them back, as Django and pytest-django order them."""
    names = item.fixturenames
    marker = item.get_closest_marker("django_db")
    return (
        "live_server" in names
        or "transactional_db" in names
        or bool(marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")))
    )


def parts(items):
    """The tests that share the demo in one transaction, those that need no demo (the ones with no database at all
    first), and those that need it committed."""
    sharing, without_demo, committed_demo = [], [], []
    for item in items:
        if shares_the_demo(item):
            sharing.append(item)
        elif reads_the_demo(item):
            committed_demo.append(item)
        else:
            without_demo.append(item)
    return sharing, without_demo, committed_demo


def group_the_demo_readers(items):
    """Run the tests that read the demo site one after another, so the demo goes in once.

    About 250 tests read it inside their own transaction. They form one xdist group (`--dist loadgroup`
    sends a group to one worker, which runs it in order), and `shared_demo_site` keeps the demo open across it.
    Marked before xdist names each group's tests (its own collection hook)."""
    refuse_tests_that_would_lose_the_migrations_data(items)
    for item in parts(items)[0]:
        item.add_marker(pytest.mark.xdist_group("demo"))


def order_for_one_demo_load(items):
    """The order xdist hands out the work in (`--no-loadscope-reorder`, in pyproject.toml).

    The demo group first, so the worker that runs it migrates and loads the demo at once. The other starts with the
    tests that need no database at all, while the first migrates, and then copies the migrated database
    (portal/tests/migrated_once.py) instead of migrating its own; then the tests that need a database but no demo
    and the real server's (its 11 tests on one worker), those that commit (`commits`) after the others.
    The tests that need the demo committed (a live server's) come last, by when the first worker's load is there
    to copy (`shared_between_workers`). xdist's own order, by the number of tests in a group, sent the real server's
    11 tests second: its worker waited about 50 s at the start for the other to load the demo.

    Run after pytest-django's own order (Django's: tests with a database, then transactional ones, then those with
    none), which would undo this one: the tests with no database ran last, when there was nothing left to overlap.
    """
    sharing, without_demo, committed_demo = parts(items)
    # The real server's tests do not commit (the server has its own database), so they come before the tests that
    # do, as pytest-django had them: after those, the tables are empty and the copy of the demo for the server was
    # followed by a clash of content types in the next live-server test's set-up.
    real_server = [item for item in committed_demo if item.get_closest_marker("real_server") is not None]
    committed_demo = [item for item in committed_demo if item.get_closest_marker("real_server") is None]
    # Within each part, the longest work first (tests marked slow), so a run does not end with one worker on a
    # minute-long test while the other has nothing left.
    without_demo.sort(key=lambda item: (needs_a_database(item), commits(item), item.get_closest_marker("slow") is None))
    committed_demo.sort(key=lambda item: item.get_closest_marker("slow") is None)
    first_to_commit = next((index for index, item in enumerate(without_demo) if commits(item)), len(without_demo))
    items[:] = sharing + without_demo[:first_to_commit] + real_server + without_demo[first_to_commit:] + committed_demo


class XdistGroupsOnPytest9:
    """Make `xdist_group` work on pytest 9.2: pytest-xdist 3.8 names a grouped test by setting
    `item._nodeid`, which pytest 9.2 no longer reads (the id lives in `item._id`), so every group
    was silently spread over the workers (two real servers were built, and two demo loads)."""

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items):
        for item in items:
            suffixed = getattr(item, "_nodeid", None)
            if suffixed and suffixed != item.nodeid and "@" in suffixed:
                item._id = NodeId.parse(suffixed)
