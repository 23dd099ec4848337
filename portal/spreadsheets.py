"""Exports staff open in Excel or LibreOffice: text that a spreadsheet would run as a formula arrives as text.

Names, titles and comments in our exports are typed by families, school staff and editors. A cell
such as `=HYPERLINK("http://…","click")` would otherwise run when staff open the file (OWASP "CSV
injection"). Every CSV and XLSX export goes through `safe_cell`, so there is one rule to test.
"""

# OWASP's list: each of these makes Excel or LibreOffice read the cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text starting with a formula character gets a leading `'`; anything else (numbers, dates) is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def safe_row(values):
    return [safe_cell(value) for value in values]


class FormulaSafeExportMixin:
    """For views using Wagtail's SpreadsheetExportMixin (index views, reports): put it first in the bases.

    Wagtail writes CSV cells as they are, and for XLSX only stops openpyxl storing `=` cells as
    formulas; both formats pass through `preprocess_field_value`, so escaping there covers both.
    """

    def preprocess_field_value(self, field, value, export_format):
        return safe_cell(super().preprocess_field_value(field, value, export_format))
