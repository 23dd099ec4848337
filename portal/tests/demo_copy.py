"""How a test run keeps the demo site: loaded once, kept (`DemoCopy`), shared between xdist workers through a file
(`shared_between_workers`), and copied back wherever a test needs it (portal/tests/demo_fixtures.py's fixtures)."""

import datetime
import io

from django.core.management import call_command
from django.db import transaction

from portal.tests.sqlite_image import SqliteImage, committed


def load_demo():
    """Run the demo loader and return what it printed."""
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


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


_pytest_config = None  # set by demo_fixtures' pytest_configure (`remember`)


def remember(config):
    global _pytest_config
    _pytest_config = config


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
