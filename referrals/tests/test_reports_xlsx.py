"""Issue 19, the service reports as a spreadsheet: beside the CSV, an XLSX of the same aggregates, one sheet per
table, numbers as numbers and shares as percentages, small numbers hidden, formulas never run, no child named."""

import datetime
import io

import openpyxl
import pytest
from django.utils import timezone

from referrals.models import ReferralStatus
from referrals.tests.factories import ReferralFactory, triage_user
from referrals.tests.test_reports import NUMBERS, REPORTS, SEEN, editor, manager

pytestmark = pytest.mark.django_db

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def workbook(response):
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_TYPE
    assert response["Content-Disposition"].startswith("attachment;") and ".xlsx" in response["Content-Disposition"]
    return openpyxl.load_workbook(io.BytesIO(response.content))


def sheet_rows(book, title):
    return [[cell.value for cell in row] for row in book[title].iter_rows()]


@pytest.fixture
def managed(client):
    client.force_login(manager())
    return client


def test_xlsx_holds_the_tables_with_small_numbers_hidden_and_no_formulas(managed, teams):
    teams["east"].name = '=HYPERLINK("http://example.org","click")'
    teams["east"].save()
    north = [ReferralFactory(team=teams["north"], child_first_name="Zebedee") for _ in range(6)]
    ReferralFactory(team=teams["east"])

    html = managed.get(NUMBERS).content.decode()
    assert "Download spreadsheet (XLSX)" in html
    book = workbook(managed.get(f"{NUMBERS}?export=xlsx"))

    about = sheet_rows(book, book.sheetnames[0])
    assert about[0][0] == "Referral numbers"
    rows = {row[0]: row[1:] for row in sheet_rows(book, "Referrals by team")}
    assert rows["Team"] == ["Referrals"]
    assert rows["North Team"] == [6]  # a number, not text
    assert rows['\'=HYPERLINK("http://example.org","click")'] == ["Fewer than 5"]
    for title in book.sheetnames:
        for row in book[title].iter_rows():
            for cell in row:
                assert cell.data_type != "f", (title, cell.coordinate, cell.value)
                assert "Zebedee" not in str(cell.value) and north[0].reference not in str(cell.value)


def test_xlsx_shares_are_percentages(managed, teams):
    today = timezone.localdate()
    for weeks in (4, 6, 8, 10, 30):  # four of five within 18 weeks
        ReferralFactory(
            team=teams["north"],
            status=ReferralStatus.APPOINTMENT_BOOKED,
            received_at=timezone.now() - datetime.timedelta(weeks=weeks, days=2),
            first_appointment_date=today - datetime.timedelta(days=1),
        )
    book = workbook(managed.get(f"{SEEN}?export=xlsx"))
    sheet = next(title for title in book.sheetnames if "by team" in title)
    row = next(row for row in book[sheet].iter_rows() if row[0].value == "North Team")
    assert row[1].value == 5
    assert row[2].value == pytest.approx(0.8) and row[2].number_format == "0%"


@pytest.mark.parametrize("url", REPORTS)
def test_every_report_exports_xlsx_to_managers_only(client, teams, url):
    client.force_login(manager())
    book = workbook(client.get(f"{url}?export=xlsx"))
    assert len(book.sheetnames) >= 2
    for user in (editor(), triage_user("triage-north", teams["north"])):
        client.force_login(user)
        assert client.get(f"{url}?export=xlsx").status_code in (302, 403)
