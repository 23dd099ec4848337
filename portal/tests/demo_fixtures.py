"""The demo site for tests: loaded once per run and copied back wherever a test needs it.

`demo_site` (inside the test's transaction, shared by consecutive tests that read it), `live_demo_site` (committed,
for a live server and a browser), and the hooks that order the tests so the demo goes in once. Loaded by the root
conftest.py.
"""

import contextlib
import datetime
import io

import pytest
from _pytest.nodeid import NodeId
from django.core.management import call_command
from django.db import transaction

from portal.tests.sqlite_image import SqliteImage, committed


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


def load_demo():
    """Run the demo loader and return what it printed."""
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


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
        names = item.fixturenames
        marker = item.get_closest_marker("django_db")
        committed = (
            "live_server" in names or "transactional_db" in names or (marker and marker.kwargs.get("transaction"))
        )
        serialized = "django_db_serialized_rollback" in names or (marker and marker.kwargs.get("serialized_rollback"))
        if committed and not serialized:
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


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Run the tests that read the demo site one after another, so the demo goes in once.

    About 250 tests read it inside their own transaction. They form one xdist group (`--dist loadgroup`
    sends a group to one worker, which runs it in order), and `shared_demo_site` below keeps the demo open
    across it. xdist hands out the work in this order (`--no-loadscope-reorder`, in pyproject.toml): the group
    first, so the worker that runs it loads the demo at once; the other starts with the tests that need no demo,
    and the tests that need it committed (a live server's, and the real gunicorn's, started from a copy) come
    last, by when the first worker's load is there to copy (`shared_between_workers`). xdist's own order, by
    the number of tests in a group, sent the real server's 11 tests second: its worker waited about 50 s at the
    start for the other to load the demo.
    """
    refuse_tests_that_would_lose_the_migrations_data(items)
    sharing, without_demo, committed_demo = [], [], []
    for item in items:
        if shares_the_demo(item):
            sharing.append(item)
        elif reads_the_demo(item):
            committed_demo.append(item)
        else:
            without_demo.append(item)
    for item in sharing:
        item.add_marker(pytest.mark.xdist_group("demo"))
    # The longest work first within each part (the real server's 11 tests on one worker, then tests marked slow),
    # so a run does not end with one worker on a minute-long test while the other has nothing left.
    for part in (without_demo, committed_demo):
        part.sort(
            key=lambda item: (item.get_closest_marker("real_server") is None, item.get_closest_marker("slow") is None)
        )
    items[:] = sharing + without_demo + committed_demo


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


def empty_tables_by_delete_on_postgresql():
    """Empty PostgreSQL's tables after a transactional test with DELETE, not TRUNCATE.

    Django's flush truncates every table in one statement, which PostgreSQL does by making new
    files for each of ~150 tables and their indexes: 3.7 seconds, after every live-server test.
    The tables hold a few thousand rows at most, which DELETE removes in about 0.3 seconds; the
    foreign keys Django makes are deferred, so the order does not matter inside flush's transaction.
    """
    from django.db.backends.postgresql.operations import DatabaseOperations

    truncate = DatabaseOperations.sql_flush

    def sql_flush(self, style, tables, *, reset_sequences=False, allow_cascade=False):
        if reset_sequences or allow_cascade or not tables:
            return truncate(self, style, tables, reset_sequences=reset_sequences, allow_cascade=allow_cascade)
        deletes = [f"DELETE FROM {self.quote_name(table)};" for table in tables]  # noqa: S608 (Django's table names)
        return ["SET CONSTRAINTS ALL DEFERRED;", *deletes]

    DatabaseOperations.sql_flush = sql_flush


_pytest_config = None


class shared_between_workers:
    """The demo as the first xdist worker to need it loaded it, for the others to copy instead of loading it
    again (30-40 s of work each): a file in the run's temporary folder, named for the run and the database, written
    while the loader holds a lock the others wait on. Without xdist there is nothing to share."""

    def __init__(self, vendor):
        workerinput = getattr(_pytest_config, "workerinput", None)
        self.path = None
        if workerinput is not None:
            # The run's temporary folder, which the workers' own folders are in (pytest keeps the last three runs').
            folder = _pytest_config._tmp_path_factory.getbasetemp().parent
            name = f"demo-{workerinput['testrunuid']}-{vendor}"
            self.path = folder / f"{name}.pickle"
            self.lock_path = folder / f"{name}.lock"
        self.snapshot = None

    def __enter__(self):
        if self.path is None:
            return self
        import fcntl
        import pickle

        self.lock = open(self.lock_path, "a")  # noqa: SIM115 (closed in __exit__)
        fcntl.flock(self.lock, fcntl.LOCK_EX)
        if self.path.exists():
            self.snapshot = pickle.loads(self.path.read_bytes())  # noqa: S301 (written by this run's worker)
        return self

    def keep(self, snapshot):
        if self.path is None:
            return
        import pickle

        partial = self.path.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(snapshot, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(self.path)

    def __exit__(self, *exc_info):
        if self.path is not None:
            self.lock.close()  # releases the lock


def pytest_configure(config):
    global _pytest_config
    _pytest_config = config
    config.pluginmanager.register(XdistGroupsOnPytest9(), "xdist-groups-on-pytest-9")
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


class DemoCopy:
    """The demo, loaded once per worker and then copied back row by row wherever a test needs it.

    Loading the demo takes 15-20 seconds (it publishes pages, writes revisions, renders pack PDFs,
    builds the search index); copying its rows and files back takes about a second. The first test
    on a worker that needs the demo (the shared one, or a live server's) runs the loader and keeps
    what it made; every later one gets that copy: the shared demo inside its open transaction, a
    live server's committed, and a test that reads the demo on its own inside its own transaction.
    Whatever the tables held is emptied first, so a copy is the demo exactly as loaded. On SQLite a live
    server's copy is a page-for-page image of the database after the worker's first one (`restore`).
    """

    def __init__(self):
        self.tables = None
        self.files = None
        self.output = None  # what the loader printed (home/tests/test_demo_content.py reads it)
        self.counters_behind = False
        self.image = None  # SQLite only: the committed demo, page for page (`restore`)

    def install(self):
        from django.db import connection

        if self.tables is None:
            with shared_between_workers(connection.vendor) as shared:
                if shared.snapshot is None:
                    self.output = load_demo()
                    self.tables = self.capture(connection)
                    self.files = self.capture_files()
                    shared.keep((self.output, self.tables, self.files))
                    return
                self.output, self.tables, self.files = shared.snapshot
                self.counters_behind = True
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True, reset_sequences=False)
        with transaction.atomic():
            self.copy_back(connection)
            if self.counters_behind:
                self.sequences_past_the_copy(connection)
                self.counters_behind = False
        self.put_back_files()

    def restore(self):
        """For a live server: the copy (or the first load), committed. Serialized rollback has put
        back what migrations made; the copy holds those rows too, so the flush loses nothing.
        Sequences are never reset by the flush, so rows a test adds get ids above the copied ones.

        On SQLite the first restore on a worker also keeps an image of the database it made (`SqliteImage`, in
        memory), and every later one puts that image back page by page: 5-15 ms, where the flush and the copy took
        0.2 s, and serialized rollback's 0.3 s before it is the image too (`migrations_data_from_the_image`). Files
        are put back as before."""
        from django.db import connection

        if self.image is not None and committed(connection):
            self.image.put_back(connection)
            self.put_back_files()
            return
        self.install()
        if self.image is None and committed(connection):
            self.image = SqliteImage(connection)

    @staticmethod
    def storage_names(storage, folder=""):
        folders, files = storage.listdir(folder)
        for name in files:
            yield f"{folder}/{name}" if folder else name
        for name in folders:
            yield from DemoCopy.storage_names(storage, f"{folder}/{name}" if folder else name)

    def capture_files(self):
        # The test settings keep files in memory, and a test that overrides STORAGES leaves a new,
        # empty storage behind: keep the demo's images, documents and PDFs to write back.
        from django.core.files.storage import default_storage

        files = {}
        for name in self.storage_names(default_storage):
            with default_storage.open(name) as file:
                files[name] = file.read()
        return files

    def put_back_files(self):
        from django.core.files.base import ContentFile
        from django.core.files.storage import default_storage

        for name, content in self.files.items():
            if not default_storage.exists(name):
                default_storage.save(name, ContentFile(content))

    @staticmethod
    def table_names(connection):
        names = set(connection.introspection.django_table_names(only_existing=True, include_views=False))
        if connection.vendor == "sqlite":
            # The search index's full-text table is virtual and filled by a trigger on its entries'
            # table: copying it as well would put every row in twice, and a later entry would then
            # collide with a copy's rowid.
            with connection.cursor() as cursor:
                cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")
                names -= {name for (name,) in cursor.fetchall()}
        return sorted(names)

    def capture(self, connection):
        tables = {}
        with connection.cursor() as cursor:
            raw = cursor.cursor
            for table in self.table_names(connection):
                quoted = connection.ops.quote_name(table)
                if connection.vendor == "postgresql":
                    # COPY moves every column type (JSON, arrays, ranges) without adapting values.
                    with raw.copy(f"COPY {quoted} TO STDOUT") as copy:
                        tables[table] = b"".join(bytes(block) for block in copy)
                else:
                    raw.execute(f"SELECT * FROM {quoted}")  # noqa: S608 (names from Django's introspection)
                    # Django reads times back as datetime.time, which sqlite3 cannot write: keep the text.
                    rows = [
                        tuple(value.isoformat() if isinstance(value, datetime.time) else value for value in row)
                        for row in raw.fetchall()
                    ]
                    tables[table] = (len(raw.description), rows)
        return tables

    @staticmethod
    def sequences_past_the_copy(connection):
        """Rows a test adds get ids above the copied ones. On SQLite inserting an id moves its counter on; on
        PostgreSQL a worker that copied another worker's demo has its counters at 1 until they are set, once
        (after that a flush leaves them where they are, so ids are never given out twice)."""
        if connection.vendor != "postgresql":
            return
        from django.apps import apps
        from django.core.management.color import no_style

        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
                cursor.execute(statement)

    def copy_back(self, connection):
        with connection.cursor() as cursor:
            raw = cursor.cursor
            for table, content in self.tables.items():
                quoted = connection.ops.quote_name(table)
                if connection.vendor == "postgresql":
                    if content:
                        with raw.copy(f"COPY {quoted} FROM STDIN") as copy:
                            copy.write(content)
                else:
                    width, rows = content
                    if rows:
                        marks = ", ".join(["%s"] * width)  # Django's SQLite cursor turns %s into ?
                        raw.executemany(f"INSERT INTO {quoted} VALUES ({marks})", rows)  # noqa: S608


_demo = DemoCopy()


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
