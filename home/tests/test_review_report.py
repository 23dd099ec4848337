import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from home.reports import pages_due_for_review
from home.tests.factories import make_home_page, make_information_page
from home.tests.story_factories import make_story, make_story_index

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 24)


@pytest.fixture
def pages():
    owner = get_user_model().objects.create_user("clinician", email="clinician@example.nhs.uk", password="x" * 12)
    home = make_home_page()

    def page(title, due, **fields):
        return make_information_page(
            home, title=title, last_reviewed=due - datetime.timedelta(days=365), next_review_due=due, **fields
        )

    overdue = page("Overdue page", TODAY - datetime.timedelta(days=10), owner=owner)
    due_soon = page("Due soon page", TODAY + datetime.timedelta(days=20))
    page("Fine page", TODAY + datetime.timedelta(days=200))
    story = make_story(make_story_index(home), "Old story", last_reviewed=datetime.date(2024, 1, 1))
    return {"owner": owner, "overdue": overdue, "due_soon": due_soon, "story": story}


def test_lists_overdue_and_due_soon_pages_most_urgent_first(pages):
    items = pages_due_for_review(today=TODAY)
    assert [(item.title, item.status) for item in items] == [
        ("Old story", "Overdue"),
        ("Overdue page", "Overdue"),
        ("Due soon page", "Due soon"),
    ]
    assert items[1].owner_name == "clinician"
    assert items[2].owner_name == "No owner"


def test_admin_report_shows_pages_and_owners(client, pages, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda: TODAY)
    client.force_login(get_user_model().objects.create_superuser("boss", "b@example.org", "x" * 12))
    html = client.get(reverse("content_review_report")).content.decode()
    assert "Overdue page" in html and "Due soon page" in html and "Old story" in html
    assert "Fine page" not in html
    assert "clinician" in html


def test_the_download_is_dated_and_headed_as_the_report_is_on_screen(client, pages, monkeypatch):
    from portal.tests.support import exported_rows

    monkeypatch.setattr(timezone, "localdate", lambda: TODAY)
    client.force_login(get_user_model().objects.create_superuser("boss", "b@example.org", "x" * 12))
    response = client.get(reverse("content_review_report"), {"export": "csv"})
    assert 'filename="pages-due-for-review-2026-11-24.csv"' in response["Content-Disposition"]
    rows = exported_rows(response, "csv")
    assert rows[0] == ["Page", "Status", "Next review due", "Last reviewed", "Owner"]
    assert ["Overdue page", "Overdue", "2026-11-14", "2025-11-14", "clinician"] in rows


def test_digest_emails_each_owner_their_pages(pages, monkeypatch):
    monkeypatch.setattr(timezone, "localdate", lambda: TODAY)
    call_command("send_review_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["clinician@example.nhs.uk"]
    assert "Overdue page" in message.body
    assert "Due soon page" not in message.body  # it has no owner, so the report lists it instead


def test_demo_has_an_overdue_page_in_the_report(home_demo):
    statuses = {item.title: item.status for item in pages_due_for_review()}
    assert statuses.get("Getting ready for school on time") == "Overdue"


def test_editors_see_reading_age_when_editing(client, pages):
    client.force_login(get_user_model().objects.create_superuser("boss", "b@example.org", "x" * 12))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[pages["overdue"].pk])).content.decode()
    assert "Reading age:" in html
    assert "Flesch reading ease" in html
