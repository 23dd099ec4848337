"""Issue 19, item 5: on the demo, every service report has something in every breakdown, signed in as the
demo's service manager, and still shows no child."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model

from referrals.models import Referral
from referrals.tests.test_reports import table

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager_client(client, demo_site):
    client.force_login(get_user_model().objects.get(username="service-manager"))
    return client


def test_demo_referrals_cover_every_route_tier_and_most_outcomes(manager_client):
    html = manager_client.get("/admin/reports/referral-numbers/").content.decode()

    routes = table(html, "referrals-by-route")
    assert all(int(cells[0]) >= 5 for label, cells in routes.items() if label != "Other"), routes
    tiers = table(html, "referrals-by-tier")
    assert all(int(cells[0]) >= 5 for cells in tiers.values()), tiers
    outcomes = table(html, "discharges-and-closures-by-outcome")
    assert sum(1 for cells in outcomes.values() if cells[0] not in ("0", "Fewer than 5")) >= 6, outcomes
    months = table(html, "referrals-received-each-month")
    assert sum(1 for cells in months.values() if cells[0] not in ("0", "Fewer than 5")) >= 10, months
    # No child: not one demo reference or first name on the page.
    for reference, first_name in Referral.objects.values_list("reference", "child_first_name")[:50]:
        assert reference not in html and f">{first_name}<" not in html


def test_demo_first_seen_within_18_weeks_differs_between_teams(manager_client):
    html = manager_client.get("/admin/reports/seen-within-18-weeks/").content.decode()
    shares = {team: cells[1] for team, cells in table(html, "within-18-weeks-by-team").items()}
    assert all(share.endswith("%") for share in shares.values()), shares
    assert len(set(shares.values())) > 1, shares


def test_demo_self_assessments_lead_to_referrals_and_repeats_show_change(manager_client):
    html = manager_client.get("/admin/reports/self-assessments/").content.decode()
    outcomes = table(html, "self-assessments-by-outcome")
    for label in ("Advice you can start today", "Advice and a group or workshop", "Ask for a referral"):
        assert int(outcomes[label][0]) >= 5, outcomes
    assert int(outcomes["Ask for a referral"][1]) >= 5, outcomes
    repeats = table(html, "repeat-self-assessments")
    assert all(int(cells[0]) >= 5 for cells in repeats.values()), repeats
    areas = table(html, "areas-of-daily-life-chosen")
    assert all(int(cells[0]) >= 5 for cells in areas.values()), areas


def test_demo_pack_downloads_and_bookings_show_and_export(manager_client):
    html = manager_client.get("/admin/reports/packs-and-training/").content.decode()
    months = table(html, "pack-downloads-each-month")
    assert sum(1 for cells in months.values() if cells[0] != "0") >= 11, months
    assert len(table(html, "pack-downloads-by-pack")) >= 5
    assert table(html, "training-bookings-by-session")

    response = manager_client.get("/admin/reports/packs-and-training/?export=csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "Report" and len(rows) > 20
    assert not any("@" in cell for row in rows for cell in row)  # no booker's email


def test_demo_page_feedback_has_answers_most_months_and_the_waiting_times_page_most_no(manager_client):
    html = manager_client.get("/admin/reports/page-feedback-numbers/").content.decode()
    months = table(html, "answers-each-month")
    assert sum(1 for cells in months.values() if int(cells[0]) >= 5) >= 10, months
    pages = table(html, "pages-by-answers")
    assert len(pages) >= 8, pages
    assert next(iter(pages)) == "Waiting times", pages  # most answers of no first
    assert "It would help to know" not in html  # comments are for page editors, not counted here
