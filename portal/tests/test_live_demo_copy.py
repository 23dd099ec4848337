"""The demo that browser tests share is loaded once per worker and copied back before each of them
(portal/tests/demo_copy.py, DemoCopy): a copy must be as good as a fresh load."""

import sqlite3
import urllib.request
from collections import Counter
from contextlib import closing

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.db import connection
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from home.models import AdviceTopicPage
from resources.models import TrainingEvent


def add_a_searchable_session(title):
    event = TrainingEvent.objects.first()
    event.pk = None
    event.title = title
    event.save()  # indexes it: a clash with a copied search row failed here
    return event


def test_the_copied_demo_takes_new_search_entries_and_keeps_its_files(live_demo):
    # However this worker's tests ran before, the demo is now loaded or copied; copy it back once more.
    added = add_a_searchable_session("Made before the copy")
    live_demo.restore()
    assert not TrainingEvent.objects.filter(pk=added.pk).exists()

    if connection.vendor == "sqlite":
        # The full-text table is filled by a trigger: one row per entry, never a second copy.
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry_fts")
            assert cursor.fetchone()[0] == IndexEntry.objects.count()
    event = add_a_searchable_session("Made after the copy")
    assert event in get_search_backend().search("made after the copy", TrainingEvent)

    for document in get_document_model().objects.all()[:3]:
        assert default_storage.exists(document.file.name)


def rows_by_table(tables):
    """What `DemoCopy.capture` took, each table's rows in any order (SQLite's rows, PostgreSQL's COPY lines)."""
    if connection.vendor == "postgresql":
        return {table: Counter(content.splitlines()) for table, content in tables.items()}
    return {table: Counter(rows) for table, (_width, rows) in tables.items()}


def test_a_restore_is_the_demo_row_for_row_and_ids_are_never_given_twice(live_demo, live_server, tmp_path):
    # On SQLite the database is put back page for page from an image of the first restore (`SqliteImage`).
    page = AdviceTopicPage.objects.live().order_by("pk").first()
    before = add_a_searchable_session("Made before the restore")
    AdviceTopicPage.objects.filter(pk=page.pk).update(title="Changed before the restore")
    TrainingEvent.objects.exclude(pk=before.pk).order_by("pk").first().delete()

    live_demo.restore()
    if connection.vendor == "sqlite":
        assert live_demo.image is not None, "SQLite's live-server tests get the demo back page for page"

    # Every table holds exactly the demo's rows (its migrations' data too: content types, Wagtail's root page).
    assert rows_by_table(live_demo.capture(connection)) == rows_by_table(live_demo.tables)
    # The search index is the demo's, and the live server (another thread, its own connection) sees it all.
    assert page in get_search_backend().search(page.title, AdviceTopicPage)
    with urllib.request.urlopen(f"{live_server.url}{page.url}") as response:  # noqa: S310 (the test's own server)
        html = response.read().decode()
    assert escape(page.title) in html and "Changed before the restore" not in html
    # A row added now gets an id above any handed out before the restore.
    after = add_a_searchable_session("Made after the restore")
    assert after.pk > before.pk
    assert after in get_search_backend().search("made after the restore", TrainingEvent)

    if connection.vendor == "sqlite":
        # The image written to a file (for a server in another process) is the demo too.
        live_demo.image.save_as(tmp_path / "demo.sqlite3")
        with closing(sqlite3.connect(tmp_path / "demo.sqlite3")) as saved:
            (pages,) = saved.execute("SELECT count(*) FROM wagtailcore_page").fetchone()
        assert pages == Page.objects.count()


@pytest.fixture
def migrations_data_before_the_demo(transactional_db):
    """Read before `live_demo_site` puts the demo in, as resources/tests/test_browser.py's `wagtail_roots` does."""
    return Page.get_first_root_node(), ContentType.objects.get_for_model(Page)


def test_a_fixture_set_up_before_the_demo_finds_the_migrations_data(migrations_data_before_the_demo, live_demo_site):
    # Serialized rollback put back the migrations' data (or, on SQLite once the image is kept, the image: it has them).
    root, page_type = migrations_data_before_the_demo
    assert root is not None
    assert ContentType.objects.filter(pk=page_type.pk, model="page").exists()
