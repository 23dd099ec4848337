"""Security issue 14, finding 4: a booking named like a formula must reach a spreadsheet as text.

Anyone can book training, and pack titles are typed by editors; staff open both exports in Excel.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from home.tests.factories import make_home_page
from portal.tests.support import assert_text, exported_rows, value_of
from resources.models import PackDownloadDay, TrainingBooking
from resources.tests.factories import TrainingEventFactory, make_pack, make_schools_tree

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://example.invalid","x")'


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.org", "x" * 12))
    return client


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_training_attendees_export_turns_formulas_into_text(admin_client, export_format):
    event = TrainingEventFactory(title="Sensory needs in class")
    TrainingBooking.objects.create(
        event=event, name=HYPERLINK, role="@SUM(1)", school="+1", email="formula@example.sch.uk"
    )
    TrainingBooking.objects.create(
        event=event, name="-1", role="Class teacher", school="Oakfield Primary", email="plain@example.sch.uk"
    )

    response = admin_client.get(reverse("training_bookings:index") + f"?export={export_format}")

    assert response.status_code == 200
    heading, *rows = exported_rows(response, export_format)
    assert [value_of(cell) for cell in heading] == [
        "Training session",
        "Name",
        "Role",
        "School or setting",
        "Email",
        "Status",
        "Booked on",
        "Moved up from the waiting list on",
    ]
    by_email = {value_of(row[4]): row for row in rows}
    formula = by_email["formula@example.sch.uk"]
    assert_text(formula[1], "'" + HYPERLINK)
    assert_text(formula[2], "'@SUM(1)")
    assert_text(formula[3], "'+1")
    plain = by_email["plain@example.sch.uk"]
    assert_text(plain[1], "'-1")
    assert_text(plain[3], "Oakfield Primary")
    assert value_of(plain[0]).startswith("Sensory needs in class (")
    if export_format == "xlsx":
        # Dates stay dates: only text is touched.
        assert isinstance(plain[6].value, datetime.datetime)


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_pack_downloads_export_turns_formulas_into_text(admin_client, export_format):
    _, index, _ = make_schools_tree(make_home_page())
    for title, count in [(HYPERLINK, 3), ("@SUM(1)", 2), ("-1", 1), ("Handwriting", 4)]:
        PackDownloadDay.objects.create(pack=make_pack(index, title), date=datetime.date(2026, 2, 1), count=count)

    response = admin_client.get(reverse("resources_pack_downloads") + f"?export={export_format}")

    assert response.status_code == 200
    _, *rows = exported_rows(response, export_format)
    titles = {value_of(row[1]): row for row in rows}
    assert set(titles) == {"'" + HYPERLINK, "'@SUM(1)", "'-1", "Handwriting"}
    for title, row in titles.items():
        assert_text(row[1], title)
        assert_text(row[0], "2026-02")
    if export_format == "xlsx":
        # A count is a number, not text, so it is left alone.
        assert titles["'-1"][2].value == 1
        assert titles["'-1"][2].data_type == "n"
