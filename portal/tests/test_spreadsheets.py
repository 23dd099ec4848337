"""The one rule every CSV and XLSX export follows: text a spreadsheet would run as a formula
gets a leading quote; everything else arrives as it was."""

import datetime
import decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal.spreadsheets import FORMULA_TRIGGERS, safe_cell, safe_row


@pytest.mark.parametrize(
    ("typed", "exported"),
    [
        ('=HYPERLINK("http://example.invalid","x")', '\'=HYPERLINK("http://example.invalid","x")'),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("=", "'="),
    ],
)
def test_text_starting_with_a_formula_character_gets_a_quote(typed, exported):
    assert safe_cell(typed) == exported


@pytest.mark.parametrize(
    "text",
    ["", "Pip Example", "SG1 2AB", "943 476 5919", "2026-03-01", "a=b", "1+1", " =1", "'=1", "Ms O'Brien"],
)
def test_safe_text_is_unchanged(text):
    assert safe_cell(text) == text


@pytest.mark.parametrize(
    "value",
    [
        None,
        -1,
        -1.5,
        0,
        decimal.Decimal("-3.20"),
        True,
        datetime.date(2026, 3, 1),
        datetime.datetime(2026, 3, 1, 9, 30),
        datetime.time(9, 30),
    ],
)
def test_values_that_are_not_text_are_unchanged(value):
    assert safe_cell(value) is value


def test_safe_row_escapes_each_cell():
    assert safe_row(["Pip", "=1+1", -1, None]) == ["Pip", "'=1+1", -1, None]


@given(st.text())
def test_no_text_comes_out_starting_with_a_formula_character_and_our_quote_is_all_we_add(text):
    exported = safe_cell(text)
    assert not exported.startswith(FORMULA_TRIGGERS)
    if exported != text:
        assert exported.startswith("'")
        assert exported[1:] == text
