"""Security issue 14, finding 4: page titles and names shaped like formulas reach a spreadsheet as text."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from home.models import PageFeedback
from home.tests.factories import make_home_page, make_information_page
from portal.tests.support import assert_text, exported_rows, value_of

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://example.invalid","x")'


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.org", "x" * 12))
    return client


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_review_report_export_turns_formulas_into_text(admin_client, export_format):
    today = timezone.localdate()
    owner = get_user_model().objects.create_user("clinician", first_name="@SUM(1)", password="x" * 12)
    home = make_home_page()
    make_information_page(home, title=HYPERLINK, next_review_due=today - datetime.timedelta(days=10), owner=owner)
    make_information_page(home, title="+1", slug="plus-one", next_review_due=today + datetime.timedelta(days=5))

    response = admin_client.get(reverse("content_review_report") + f"?export={export_format}")

    assert response.status_code == 200
    _, *rows = exported_rows(response, export_format)
    by_title = {value_of(row[0]): row for row in rows}
    overdue = by_title["'" + HYPERLINK]
    assert_text(overdue[0], "'" + HYPERLINK)
    assert_text(overdue[1], "Overdue")
    assert_text(overdue[4], "'@SUM(1)")
    due_soon = by_title["'+1"]
    assert_text(due_soon[0], "'+1")
    assert_text(due_soon[4], "No owner")
    if export_format == "xlsx":
        # Dates stay dates: only text is touched.
        assert overdue[2].value == today - datetime.timedelta(days=10)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_feedback_report_export_turns_formulas_into_text(admin_client, export_format):
    home = make_home_page()
    for title, slug in [(HYPERLINK, "hyperlink"), ("-1", "minus-one"), ("@SUM(1)", "at-sum")]:
        page = make_information_page(home, title=title, slug=slug)
        PageFeedback.objects.create(page=page, useful=False, comment="=1+1")

    response = admin_client.get(reverse("page_feedback_report") + f"?export={export_format}")

    assert response.status_code == 200
    _, *rows = exported_rows(response, export_format)
    titles = {value_of(row[0]): row for row in rows}
    assert set(titles) == {"'" + HYPERLINK, "'-1", "'@SUM(1)"}
    for title, row in titles.items():
        assert_text(row[0], title)
    if export_format == "xlsx":
        # Counts are numbers, not text, so they are left alone.
        assert [cell.value for cell in titles["'-1"][1:4]] == [0, 1, 1]
        assert titles["'-1"][2].data_type == "n"
