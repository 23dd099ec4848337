"""The demo that browser tests share is loaded once per worker and copied back before each of them
(conftest.py, LiveDemo): a copy must be as good as a fresh load."""

import pytest
from django.core.files.storage import default_storage
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from resources.models import TrainingEvent

# Both run on one worker, one after the other, so the second always works on a copy.
pytestmark = pytest.mark.xdist_group("live-demo-copy")


@pytest.mark.parametrize("visit", ["first", "again"])
def test_the_copied_demo_takes_new_search_entries_and_keeps_its_files(live_demo_site, visit):
    if connection.vendor == "sqlite":
        # The full-text table is filled by a trigger: one row per entry, never a second copy.
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM wagtailsearch_indexentry_fts")
            assert cursor.fetchone()[0] == IndexEntry.objects.count()

    event = TrainingEvent.objects.first()
    event.pk = None
    event.title = f"A copy made on the {visit} visit"
    event.save()  # indexes it: a clash with a copied search row failed here
    assert event in get_search_backend().search(f"copy made on the {visit} visit", TrainingEvent)

    for document in get_document_model().objects.all()[:3]:
        assert default_storage.exists(document.file.name)
