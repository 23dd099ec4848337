"""The demo that browser tests share is loaded once per worker and copied back before each of them
(portal/tests/demo_fixtures.py, DemoCopy): a copy must be as good as a fresh load."""

from django.core.files.storage import default_storage
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

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
