"""The backup and restore commands in docs/deployment.md work: a dump restores into a complete database."""

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from referrals.tests.factories import ReferralFactory

BASE_DIR = Path(__file__).resolve().parents[2]


def server_url(database_name):
    settings = connection.settings_dict
    host, port = settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return f"postgres://{settings['USER']}{password}@{host}:{port}/{database_name}"


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="pg_dump and pg_restore need PostgreSQL; CI runs this in its PostgreSQL pass",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_nightly_dump_restores_with_every_referral_and_every_migration(tmp_path):
    pg_dump, pg_restore = shutil.which("pg_dump"), shutil.which("pg_restore")
    assert pg_dump and pg_restore, "pg_dump and pg_restore are needed to check backups (Debian's postgresql-client)"
    referral = ReferralFactory()
    dump = tmp_path / "portal.dump"
    source = server_url(connection.settings_dict["NAME"])
    subprocess.run([pg_dump, "--format=custom", "--no-owner", f"--file={dump}", source], check=True, timeout=120)

    restored = f"portal_restore_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{restored}"')
    try:
        subprocess.run(
            [pg_restore, "--no-owner", "--exit-on-error", f"--dbname={server_url(restored)}", str(dump)],
            check=True,
            timeout=120,
        )
        with psycopg.connect(server_url(restored)) as copy:
            row = copy.execute(
                "SELECT child_first_name FROM referrals_referral WHERE reference = %s", [referral.reference]
            ).fetchone()
        assert row == (referral.child_first_name,)

        # The restored database has every migration applied: the app could start on it as it is.
        env = {**os.environ, "DATABASE_URL": server_url(restored), "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
        checked = subprocess.run(
            [sys.executable, "manage.py", "migrate", "--check"],
            cwd=BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
    finally:
        with psycopg.connect(server_url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{restored}" WITH (FORCE)')
