"""The test database is migrated once per run, not once per xdist worker.

Migrating an empty database takes 20-30 s on a 2-core machine, nearly all of it Django working out the model states
of 240 migrations (Wagtail's and ours), not SQL. Each worker used to do it at the start, both at once. Now the first
worker to need a database migrates it and leaves a copy; another worker copies that (SQLite: sqlite3's backup API,
milliseconds; PostgreSQL: `CREATE DATABASE ... TEMPLATE`, about a second). While the first migrates, the other runs
the tests that need no database, which `order_for_one_demo_load` (portal/tests/demo_order.py) hands out first.

The copy is the migrated database exactly: every table, Wagtail's root page, the groups, content types and
permissions the migrations and their post-migrate handlers made, with the same ids. Only `manage.py migrate` is
replaced, inside Django's own `create_test_db`: serialized rollback's snapshot and the rest are made as before.
Without xdist (one process) nothing changes. A worker that cannot copy (the copy was removed under it) migrates.
"""

import contextlib
import fcntl
import sqlite3

import pytest

_config = None


def pytest_configure(config):
    global _config
    _config = config


class MigratedOnce:
    """Stands in for `call_command` while a worker sets up its test databases (`django_db_modify_db_settings`)."""

    def __init__(self, call_command, config):
        self.call_command = call_command
        # The run's temporary folder, which the workers' own folders are in (as portal/tests/demo_copy.py's).
        self.folder = config._tmp_path_factory.getbasetemp().parent
        self.run = config.workerinput["testrunuid"]
        self.set_up = set()  # the databases already migrated or copied: a later `migrate` is a real one

    def __call__(self, name, *args, **options):
        alias = options.get("database", "default")
        if name != "migrate" or args or alias in self.set_up:
            return self.call_command(name, *args, **options)
        from django.db import connections

        self.set_up.add(alias)
        connection = connections[alias]
        if connection.vendor not in {"sqlite", "postgresql"}:
            return self.call_command(name, *args, **options)
        with self.locked(connection.vendor) as done:
            if done.exists() and self.copy(connection, done.read_text()):
                return None
            result = self.call_command(name, *args, **options)
            done.write_text(self.keep(connection))
            return result

    @contextlib.contextmanager
    def locked(self, vendor):
        """The other workers wait while one migrates; `done` names the copy once there is one."""
        with open(self.folder / f"migrated-{self.run}-{vendor}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield self.folder / f"migrated-{self.run}-{vendor}.done"

    def keep(self, connection):
        if connection.vendor == "sqlite":
            path = self.folder / f"migrated-{self.run}.sqlite3"
            connection.ensure_connection()
            copy = sqlite3.connect(path)
            try:
                connection.connection.backup(copy)
            finally:
                copy.close()
            return str(path)
        # PostgreSQL copies a database only while nobody is connected to it: this worker's connection is closed
        # first (Django opens it again when next asked).
        template = f"test_migrated_{self.run[:16]}"
        name = connection.settings_dict["NAME"]
        connection.close()
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{template}" TEMPLATE "{name}"')
        _config.add_cleanup(lambda: self.drop(connection, template))
        return template

    def copy(self, connection, kept):
        try:
            if connection.vendor == "sqlite":
                connection.ensure_connection()
                source = sqlite3.connect(kept)
                try:
                    source.backup(connection.connection)
                finally:
                    source.close()
                return True
            name = connection.settings_dict["NAME"]
            connection.close()
            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
                cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{kept}"')
            return True
        except Exception as error:  # noqa: BLE001 (the copy is a shortcut: without it, this worker migrates)
            print(f"Could not copy the migrated test database ({error}); migrating it here instead.")  # noqa: T201
            if connection.vendor == "postgresql":
                with connection._nodb_cursor() as cursor:
                    cursor.execute(f'CREATE DATABASE "{connection.settings_dict["NAME"]}"')
            return False

    @staticmethod
    def drop(connection, template):
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{template}"')


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """Just before pytest-django sets up the test databases: migrate them once per run (above)."""
    if getattr(_config, "workerinput", None) is None:
        yield
        return
    import django.core.management

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            django.core.management, "call_command", MigratedOnce(django.core.management.call_command, _config)
        )
        yield
