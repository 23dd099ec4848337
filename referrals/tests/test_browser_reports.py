"""Issue 19 in a real Chromium, as a manager would: the service-manager opens each report from the Reports
menu for the last 12 months, downloads its CSV and its spreadsheet, sees no child, gets an error summary for dates the wrong
way round, and reads a report at phone width; axe on every screen."""

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import expect

from portal.tests.support import ERROR_TITLE, shot
from referrals.models import Referral

pytestmark = pytest.mark.browser

REPORTS = [
    "Referral numbers",
    "Seen within 18 weeks",
    "Self-assessments and referrals",
    "Packs and training",
    "Page feedback numbers",
]


def open_from_reports_menu(page, label):
    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name=label, exact=True).click()
    page.wait_for_load_state()


@pytest.mark.slow
def test_a_manager_reads_every_report_and_exports_counts_only(live_demo_site, browser_page, axe):
    page = browser_page
    page.set_viewport_size({"width": 1024, "height": 2400})  # the admin scrolls in a panel: a tall window shows it all
    page.goto(f"{live_demo_site.url}/admin/login/")
    page.get_by_label("Username").fill("service-manager")
    page.get_by_label("Password").fill("demo-password-for-tests")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    children = list(Referral.objects.values_list("reference", "child_first_name", "child_last_name"))

    for number, label in enumerate(REPORTS, start=1):
        open_from_reports_menu(page, label)
        assert page.get_by_role("heading", level=1).inner_text().strip() == label
        main = page.locator("main")
        assert main.locator("svg[role=img]").count() >= 2
        assert main.locator("table.listing").count() >= 2
        text = main.inner_text()
        assert "There is a problem" not in text
        for reference, first, last in children:
            assert reference not in text and f"{first} {last}" not in text
        shot(page, f"{number}-{label.lower().replace(' ', '-')}")
        axe(page, label)

        with page.expect_download() as download:
            page.get_by_role("link", name="Download CSV (counts only)").click()
        rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
        assert rows[0] == ["Report", "From", "To", "Breakdown", "Group", "Measure", "Value"]
        assert {row[0] for row in rows[1:]} == {label}
        exported = " ".join(" ".join(row) for row in rows)
        assert not any(reference in exported for reference, _, _ in children)
        assert "@" not in exported

        with page.expect_download() as download:
            page.get_by_role("link", name="Download spreadsheet (XLSX)").click()
        assert download.value.suggested_filename.endswith(".xlsx")
        book = openpyxl.load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
        assert book.sheetnames[0] == "About" and book["About"]["A1"].value == label
        cells = [str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row]
        assert len(book.sheetnames) >= 3 and any(cell.isdigit() for cell in cells)
        assert not any(reference in cell for reference, _, _ in children for cell in cells)

    # Dates the wrong way round: an error summary that has focus and links to the field.
    open_from_reports_menu(page, "Referral numbers")
    page.get_by_label("From", exact=True).fill("2026-05-01")
    page.get_by_label("To", exact=True).fill("2026-04-01")
    page.get_by_role("button", name="Show figures").click()
    page.wait_for_load_state()
    expect(page).to_have_title(ERROR_TITLE)
    summary = page.locator("#error-summary")
    assert "There is a problem" in summary.inner_text()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    summary.get_by_role("link", name=re.compile("end date")).click()
    assert page.evaluate("document.activeElement.id") == "id_end"
    shot(page, "5-dates-the-wrong-way-round")
    axe(page, "report with a date error")

    # At phone width (WCAG reflow): the chart shrinks with the page.
    page.set_viewport_size({"width": 320, "height": 800})
    open_page = f"{live_demo_site.url}/admin/reports/seen-within-18-weeks/"
    page.goto(open_page)
    chart = page.locator("svg[role=img]").first.bounding_box()
    assert chart["width"] <= 320
    shot(page, "6-phone-width")
    axe(page, "report at 320 px")
