"""The service managers' reports: counts over a date range, never a child.

Each app builds its own report (referrals: referral numbers, first seen within 18 weeks and
self-assessments; resources: packs and training) from these parts, because only it may read its
data (docs/architecture.md):

- `DateRangeForm`: from and to, by default the last 12 months (this month and the 11 before it);
  a bad date or range is an error summary, never a server error;
- `Section`: one breakdown (by month, by team, …) as rows of labelled cells; its chart is drawn
  from one column (`home.charts.bar_chart_svg`) and the page shows every number in a table too;
- `ServiceReportView`: the page, its permission check, and the figures shown as a CSV (one line per figure)
  or an XLSX spreadsheet (a sheet per table, counts as numbers, shares as percentages).

A count of people under `SMALL_NUMBER` (1 to 4) is shown as "Fewer than 5", in the table, the chart and
the CSV and the spreadsheet, and a share is worked out only from 5 or more (the NHS disclosure rule, as in `referrals.stats`).
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.views.generic import TemplateView
from openpyxl import Workbook
from openpyxl.styles import Font
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.charts import ChartPoint, bar_chart_svg
from portal.spreadsheets import safe_cell, safe_row

PERMISSION = "home.view_service_reports"
SMALL_NUMBER = 5
HIDDEN = f"Fewer than {SMALL_NUMBER}"
TOO_FEW = "Too few to show"
DEFAULT_MONTHS = 12
LONGEST_RANGE_DAYS = 366 * 5


def can_view_service_reports(user):
    return user.is_active and (user.is_superuser or user.has_perm(PERMISSION))


class ServiceReportMenuItem(MenuItem):
    """A Reports menu entry shown only to those who may open it (service managers and superusers)."""

    def is_shown(self, request):
        return can_view_service_reports(request.user)


def first_of_month(day):
    return day.replace(day=1)


def add_months(day, months):
    """The first of the month `months` after (or before, if negative) `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def default_range(today=None):
    """The last 12 months: from the first of the month 11 months ago to today."""
    today = today or timezone.localdate()
    return add_months(today, -(DEFAULT_MONTHS - 1)), today


def months_between(start, end):
    """The first day of each month from `start`'s month to `end`'s, in order."""
    months, month = [], first_of_month(start)
    while month <= end:
        months.append(month)
        month = add_months(month, 1)
    return months


def month_label(month):
    return month.strftime("%b %Y")


def date_input():
    """A browser date picker: its value must be ISO (2026-03-17), whatever the site's display format."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


class DateRangeForm(forms.Form):
    start = forms.DateField(
        label="From",
        required=False,
        input_formats=DATE_FORMATS,
        widget=date_input(),
        error_messages={"invalid": "Enter the start date as a real date, like 2026-03-17"},
    )
    end = forms.DateField(
        label="To",
        required=False,
        input_formats=DATE_FORMATS,
        widget=date_input(),
        error_messages={"invalid": "Enter the end date as a real date, like 2026-03-17"},
    )

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        start, end = default_range(self.today)
        self.fields["start"].initial = start
        self.fields["end"].initial = end

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        default_start, default_end = default_range(self.today)
        start = data.get("start") or default_start
        end = data.get("end") or default_end
        if end > self.today:
            self.add_error("end", "The end date must be today or earlier")
        elif start > end:
            self.add_error("end", "The end date must be the same as or after the start date")
        elif (end - start).days > LONGEST_RANGE_DAYS:
            self.add_error("start", "Choose a range of 5 years or less")
        data["start"], data["end"] = start, end
        return data

    def dates(self):
        """(start, end) of a valid form, or the default range for an empty one."""
        if not self.is_bound:
            return default_range(self.today)
        return self.cleaned_data["start"], self.cleaned_data["end"]


@dataclass(frozen=True)
class Cell:
    value: int | None  # None: hidden (a small number, or a share of too few)
    shown: str
    percent: bool = False

    @property
    def exported(self):
        """In the CSV: a count as a number; a share as "83%" (a spreadsheet reads it as a percentage); else words."""
        return self.value if self.value is not None and not self.percent else self.shown


def count_cell(count):
    """A count of people: 1 to 4 is hidden; 0 is shown (it identifies nobody)."""
    if 0 < count < SMALL_NUMBER:
        return Cell(None, HIDDEN)
    return Cell(count, f"{count:,}")


def plain_count_cell(count):
    """A count of things, not people (downloads): always shown."""
    return Cell(count, f"{count:,}")


def share_cell(part, whole):
    """A whole percent (rounded down, so 100% means all), worked out only from SMALL_NUMBER or more."""
    if whole < SMALL_NUMBER:
        return Cell(None, TOO_FEW if whole else "No one")
    percent = part * 100 // whole
    return Cell(percent, f"{percent}%", percent=True)


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple
    in_chart: bool = True  # a total is in the table, not drawn beside the parts it adds up


@dataclass
class Section:
    title: str
    group_heading: str  # the first column: "Month", "Team", …
    headings: tuple  # one per cell
    rows: list
    note: str = ""
    chart_column: int = 0
    percent: bool = False
    slug: str = field(default="")

    def __post_init__(self):
        self.slug = self.slug or slugify(self.title)

    @property
    def charted(self):
        return [row for row in self.rows if row.in_chart]

    @property
    def chart(self):
        points = [
            ChartPoint(row.label, cell.value, note=cell.shown.lower() if cell.value is None else "")
            for row, cell in ((row, row.cells[self.chart_column]) for row in self.charted)
        ]
        measure = self.headings[self.chart_column]
        return bar_chart_svg(
            points,
            chart_id=f"chart-{self.slug}",
            title=f"{self.title}: {measure.lower()}",
            description=self.describe(),
            unit="%" if self.percent else measure.lower(),
            top=100 if self.percent else None,
            hidden_label=(TOO_FEW if self.percent else HIDDEN).lower(),
        )

    def describe(self):
        """The chart's text alternative: every bar in words, as the table says it."""
        measure = self.headings[self.chart_column].lower()
        parts = [f"{row.label}: {row.cells[self.chart_column].shown}" for row in self.charted]
        return f"{measure.capitalize()} by {self.group_heading.lower()}. " + "; ".join(parts) + "."


class ServiceReportView(WagtailAdminTemplateMixin, TemplateView):
    """A report of counts for a date range. Subclasses set `page_title`, `slug` and `introduction` and
    give `sections(start, end)`, which must run a fixed number of queries however many records there are."""

    template_name = "reports/service_report.html"
    header_icon = "table"
    slug = ""
    introduction = ""

    def dispatch(self, request, *args, **kwargs):
        if not can_view_service_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def sections(self, start, end):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        asked = {key: value for key, value in request.GET.items() if key in ("start", "end")}
        self.form = DateRangeForm(asked or None)
        if self.form.is_bound and not self.form.is_valid():
            for name in self.form.errors:
                if name in self.form.fields:
                    self.form.fields[name].widget.attrs["aria-describedby"] = f"id_{name}-error"
            return self.render_to_response(self.get_context_data(**kwargs))
        start, end = self.form.dates()
        found = self.sections(start, end)
        if request.GET.get("export") == "csv":
            return self.csv_response(found, start, end)
        if request.GET.get("export") == "xlsx":
            return self.xlsx_response(found, start, end)
        return self.render_to_response(self.get_context_data(sections=found, start=start, end=end, **kwargs))

    def get_page_title(self):
        title = super().get_page_title()
        return f"Error: {title}" if self.form.errors else title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            form=self.form,
            introduction=self.introduction,
            small_number=SMALL_NUMBER,
            heading=self.page_title,
        )
        if "start" in kwargs:
            dates = f"start={kwargs['start']:%Y-%m-%d}&end={kwargs['end']:%Y-%m-%d}"
            context["csv_query"] = f"{dates}&export=csv"
            context["xlsx_query"] = f"{dates}&export=xlsx"
        return context

    def csv_response(self, sections, start, end):
        """The figures in the tables, one per line: aggregates only, hidden ones as the page words them."""
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.csv"'
        writer = csv.writer(response)
        writer.writerow(["Report", "From", "To", "Breakdown", "Group", "Measure", "Value"])
        for section in sections:
            for row in section.rows:
                for heading, cell in zip(section.headings, row.cells, strict=True):
                    writer.writerow(
                        safe_row(
                            [self.page_title, f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}", section.title, row.label]
                            + [heading, cell.exported]
                        )
                    )
        return response

    def xlsx_response(self, sections, start, end):
        """The tables as a spreadsheet: an "About" sheet, then one sheet per table, laid out as on the page."""
        book = Workbook()
        about = book.active
        about.title = "About"
        write_row(about, [self.page_title], bold=True)
        write_row(about, ["From", start])
        write_row(about, ["To", end])
        write_row(about, [f"Counts only: 1 to {SMALL_NUMBER - 1} people show as '{HIDDEN}'; no child is named."])
        used = {about.title}
        for section in sections:
            sheet = book.create_sheet(sheet_title(section.title, used))
            write_row(sheet, [section.group_heading, *section.headings], bold=True)
            for row in section.rows:
                write_row(sheet, [row.label, *row.cells])
            sheet.freeze_panes = "B2"
        for sheet in book:
            fit_columns(sheet)
        output = io.BytesIO()
        book.save(output)
        response = HttpResponse(output.getvalue(), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}.xlsx"'
        return response


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET_TITLE_LIMIT = 31
# Characters a sheet's name may not hold.
NOT_IN_SHEET_TITLES = re.compile(r"[\[\]:*?/\\]")


def sheet_title(title, used):
    """A sheet name from a table's title: within Excel's 31 characters, without the characters it refuses,
    and different from the names already `used` (which it joins)."""
    base = NOT_IN_SHEET_TITLES.sub(" ", title)[:SHEET_TITLE_LIMIT].strip()
    name, number = base, 2
    while name in used:
        suffix = f" ({number})"
        name, number = base[: SHEET_TITLE_LIMIT - len(suffix)].strip() + suffix, number + 1
    used.add(name)
    return name


def fit_columns(sheet, widest=60):
    """Each column as wide as its longest text (up to `widest` characters), so nothing opens cut off."""
    for column in sheet.iter_cols():
        longest = max(len(str(cell.value)) if cell.value is not None else 0 for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(widest, max(longest, 8) + 2)


def write_row(sheet, values, bold=False):
    """Append a row: a count as a number, a share as a percentage, a hidden figure as its words, a date as a date;
    text goes through `safe_cell` and is stored as text, so nothing in it runs as a formula."""
    row = sheet.max_row + 1 if sheet.max_row > 1 or sheet["A1"].value is not None else 1
    for column, value in enumerate(values, start=1):
        number_format = None
        if isinstance(value, Cell):
            if value.value is None:
                value = value.shown
            elif value.percent:
                value, number_format = value.value / 100, "0%"
            else:
                value = value.value
        elif isinstance(value, datetime.date):
            number_format = "yyyy-mm-dd"
        cell = sheet.cell(row=row, column=column, value=safe_cell(value))
        if isinstance(value, str):
            cell.data_type = "s"
        if number_format:
            cell.number_format = number_format
        if bold:
            cell.font = Font(bold=True)
