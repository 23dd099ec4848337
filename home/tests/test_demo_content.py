import io
import os

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site

from home.models import AdviceTopicPage, HomePage

pytestmark = pytest.mark.django_db


def run_loader():
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": Site.objects.count(),
    }


def test_second_run_changes_nothing_and_says_so(demo_site):
    # demo_site is the first run (shared with the other tests that read the demo).
    before = counts()
    second = run_loader()
    assert "No changes" in second
    assert counts() == before


def test_the_demo_records_where_each_team_is_used_as_the_admin_shows_it(demo_site):
    """A team's "Usage" in the admin lists its waiting times. Those links are only recorded once the admin's
    viewsets are registered, which happens when the URLconf is first read: a demo loaded before that (in a test
    run it depends on the order) had 26 reference rows instead of 220, and no waiting time in any team's usage."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ReferenceIndex

    from home.models import WaitingTime

    waiting_times = ContentType.objects.get_for_model(WaitingTime)
    used_by = ReferenceIndex.objects.filter(base_content_type=waiting_times, content_type=waiting_times)
    assert WaitingTime.objects.exists()
    assert used_by.values("object_id").distinct().count() == WaitingTime.objects.count()


def test_demo_site_has_the_pages_a_family_needs(client, demo_site):
    home = HomePage.objects.get(locale=Locale.get_default())  # the Polish and Urdu home pages are translations
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert AdviceTopicPage.objects.live().count() >= 6
    assert AdviceTopicPage.objects.filter(age_bands__slug="under-5").exists()
    assert AdviceTopicPage.objects.filter(age_bands__slug="12-to-18").exists()
    assert AdviceTopicPage.objects.values("life_areas").distinct().count() >= 4
    for path in [
        "/",
        "/advice/",
        "/how-to-get-help/",
        "/about-occupational-therapy/",
        "/who-does-what/",
        "/accessibility-statement/",
        "/privacy-notice/",
        "/contact-us/",
    ]:
        assert client.get(path).status_code == 200, path


def test_demo_logins_are_printed_and_work(client, demo_loader_output):
    # What the loader printed on its first run on this worker, from empty tables: the suite loads the
    # demo once per run and keeps its output (portal/tests/demo_fixtures.py), so this test does not load it again.
    password = os.environ["DEMO_PASSWORD"]
    assert "Created" in demo_loader_output
    for username in ("admin", "editor", "approver", "service-manager", "schools-editor", "triage-north"):
        assert f"{username}" in demo_loader_output
        assert client.login(username=username, password=password)
    assert password in demo_loader_output
    assert get_user_model().objects.get(username="admin").is_superuser
    assert get_user_model().objects.get(username="editor").groups.filter(name="Editors").exists()
    assert get_user_model().objects.get(username="service-manager").groups.filter(name="Service managers").exists()
    assert get_user_model().objects.get(username="schools-editor").groups.filter(name="Schools editors").exists()
