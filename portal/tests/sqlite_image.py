"""A byte-for-byte image of the SQLite test database, kept in memory and put back in milliseconds.

sqlite3's backup API copies a database page by page. `DemoCopy` (portal/tests/demo_copy.py) keeps one image
of the committed demo per worker and puts it back before each live-server test, instead of emptying ~150 tables
and inserting every row again. SQLite only: on PostgreSQL the demo is copied back row by row as before.
"""

import sqlite3
import time


def committed(connection):
    """Whether Django's connection is outside any transaction, as a page copy needs: the copy is a transaction
    of its own, and rows a transaction had not committed would be lost under it."""
    return connection.vendor == "sqlite" and connection.get_autocommit() and not connection.in_atomic_block


def sequences(raw):
    """Each AUTOINCREMENT table's counter (`sqlite_sequence`): the highest id it has handed out."""
    if not raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
        return {}
    return dict(raw.execute("SELECT name, seq FROM sqlite_sequence").fetchall())


class SqliteImage:
    """The database as it is now (every table, index, trigger and the search index's full-text tables), in a
    private in-memory database of this process. Take it from a connection outside any transaction."""

    def __init__(self, connection):
        if not committed(connection):
            raise RuntimeError("An image of the database is taken outside any transaction")
        connection.ensure_connection()
        self.memory = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self.memory)

    def put_back(self, connection, patience=5.0):
        """Make the database the image again, page for page, except that no id counter goes back: a row added
        after this gets an id never handed out before on this worker, as after a flush (which keeps counters).

        The database is shared by every connection of this process to it: Django's in-memory test database is in
        shared-cache mode, and once Playwright has started, the test's code and the live server's thread use two
        connection objects. A statement another connection left open locks it: wait up to `patience` seconds."""
        if not committed(connection):
            raise RuntimeError("An image of the database is put back outside any transaction")
        connection.ensure_connection()
        raw = connection.connection
        counters = sequences(raw)
        deadline = time.monotonic() + patience
        while True:
            try:
                self.memory.backup(raw)
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        restored = sequences(raw)
        for table, seq in counters.items():
            if table not in restored:
                raw.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, seq))
            elif seq > restored[table]:
                raw.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (seq, table))

    def save_as(self, path):
        """Write the image to a SQLite file (e.g. for a server in another process)."""
        target = sqlite3.connect(path)
        try:
            self.memory.backup(target)
        finally:
            target.close()
