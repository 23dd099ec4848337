"""Security issue 14, finding 4: a child's name typed like a formula reaches the triage spreadsheet as text.

Families type the child's name; a team opens the export in Excel.
"""

import csv
import io

import pytest

from referrals.tests.factories import ReferralFactory, triage_user

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://example.invalid","x")'


def test_referral_export_turns_formulas_into_text(client, teams):
    formula = ReferralFactory(team=teams["north"], child_first_name=HYPERLINK, child_last_name="")
    at_sign = ReferralFactory(team=teams["north"], child_first_name="@SUM(1)", child_last_name="Example")
    plus = ReferralFactory(team=teams["north"], child_first_name="+1", child_last_name="")
    minus = ReferralFactory(team=teams["north"], child_first_name="-1", child_last_name="")
    plain = ReferralFactory(team=teams["north"], child_first_name="Pip", child_last_name="O'Brien")
    client.force_login(triage_user("triage-north", teams["north"]))

    response = client.get("/admin/referrals/export/")

    assert response.status_code == 200
    heading, *rows = csv.reader(io.StringIO(response.content.decode()))
    name = heading.index("Child's name")
    names = {row[0]: row[name] for row in rows}
    assert names == {
        formula.reference: "'" + HYPERLINK,
        at_sign.reference: "'@SUM(1) Example",
        plus.reference: "'+1",
        minus.reference: "'-1",
        plain.reference: "Pip O'Brien",
    }
