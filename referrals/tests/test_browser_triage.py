"""Issue 19 in a real Chromium: triage-north works from the dashboard and the queue, and records a
decision, a first appointment last Tuesday and a discharge with an outcome, publishes the team's waits, then
opens the saved view of untriaged referrals from the dashboard, marks two read and assigns one; axe on each
screen changed."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from home.models import WaitingTime, WaitingTimeSource
from portal.tests.support import shot, shot_of
from referrals.models import EventKind, Referral, ReferralStatus

pytestmark = pytest.mark.browser


def last_tuesday():
    today = timezone.localdate()
    return today - datetime.timedelta(days=(today.weekday() - 1) % 7 or 7)


@pytest.mark.slow
def test_triage_from_dashboard_to_discharge_with_axe(live_demo_site, browser_page, axe):
    page = browser_page
    page.goto(f"{live_demo_site.url}/admin/login/")
    page.get_by_label("Username").fill("triage-north")
    page.get_by_label("Password").fill("demo-password-for-tests")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    panel = page.get_by_test_id("triage-summary")
    text = panel.inner_text()
    assert re.search(r"\d+ new", text) and re.search(r"\d+ waiting over 12 weeks", text), text
    assert re.search(r"\d+ urgent not yet contacted", text), text
    shot(page, "1-dashboard")
    axe(page, "dashboard with the triage panel")

    panel.get_by_role("link", name=re.compile(r"\d+ new")).click()
    page.wait_for_url("**/admin/referrals/?status=received")
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Referrals"
    shot(page, "2-queue-new")
    shot_of(page.locator("table.listing"), "2b-queue-table")
    axe(page, "queue: new referrals")

    page.get_by_role("link", name=re.compile("^Age")).click()
    page.wait_for_url("**ordering=age**")
    assert page.locator("th[aria-sort=ascending]").inner_text().startswith("Age")
    axe(page, "queue sorted by age")
    page.get_by_role("link", name=re.compile("^Age")).click()
    page.wait_for_url("**ordering=-age**")
    assert page.locator("th[aria-sort=descending]").count() == 1

    page.goto(f"{live_demo_site.url}/admin/referrals/?status=received")
    first = page.locator("table.listing tbody a").first
    reference = first.inner_text()
    first.click()
    page.wait_for_url("**/admin/referrals/*/")
    assert reference in page.get_by_role("heading", level=1).inner_text()
    shot(page, "3-referral")
    shot_of(page.locator("#action-close").locator(".."), "3b-discharge-form")
    axe(page, "referral in full")

    page.get_by_label("Specialist help (assessment with a therapist)").check()
    page.locator("#action-accept").locator("..").get_by_label("Urgent").check()
    page.get_by_role("button", name="Accept").click()
    expect(page.get_by_test_id("status")).to_have_text("Accepted: specialist help")

    page.get_by_label("First appointment date").fill(last_tuesday().isoformat())
    page.get_by_role("button", name="Record first appointment").click()
    expect(page.get_by_test_id("status")).to_have_text("First appointment booked")

    page.get_by_label("Goals met").check()
    page.get_by_role("button", name="Discharge or close").click()
    expect(page.get_by_test_id("status")).to_have_text("Closed")
    shot(page, "4-discharged")
    axe(page, "referral after discharge")

    referral = Referral.objects.get(reference=reference)
    assert (referral.status, referral.outcome, referral.first_appointment_date) == (
        ReferralStatus.CLOSED,
        "goals-met",
        last_tuesday(),
    )
    kinds = list(referral.events.exclude(kind=EventKind.SUBMITTED).values_list("kind", "actor__username"))
    assert kinds == [
        (EventKind.VIEWED, "triage-north"),
        (EventKind.ACCEPTED, "triage-north"),
        (EventKind.APPOINTMENT, "triage-north"),
        (EventKind.CLOSED, "triage-north"),
    ]

    shot_of(page.locator("table.listing").last, "4b-history")

    page.goto(f"{live_demo_site.url}/admin/referrals/?status=closed&ordering=-received")
    assert reference in page.locator("table.listing").inner_text()
    shot(page, "5-queue-closed")
    shot_of(page.locator("table.listing"), "5b-queue-closed-table")
    axe(page, "queue: closed referrals")

    page.get_by_role("link", name="Waiting times from referrals").click()
    page.wait_for_url("**/admin/referrals/waiting-times/")
    assert "Stevenage and North Hertfordshire" in page.locator("main").inner_text()
    shot_of(page.locator("table.listing").first, "6-waiting-times")
    axe(page, "waiting times from referrals")
    before = WaitingTime.objects.filter(source=WaitingTimeSource.COMPUTED).count()
    page.get_by_role("button", name="Publish these figures").click()
    page.wait_for_url("**/admin/referrals/waiting-times/")
    published = WaitingTime.objects.filter(source=WaitingTimeSource.COMPUTED).exclude(
        team__slug="stevenage-north-herts"
    )
    assert not published.exists()
    # The demo's routine pathways have figures; if none had 5 children seen, the button would say so instead.
    after = WaitingTime.objects.filter(source=WaitingTimeSource.COMPUTED).count()
    message = "Published" if after > before else "Nothing to publish: too few children"
    assert message in page.locator(".messages").inner_text()
    axe(page, "waiting times after publishing")

    # The saved view, one click from the dashboard; then bulk actions on the ticked referrals.
    page.goto(f"{live_demo_site.url}/admin/")
    page.get_by_test_id("triage-summary").get_by_role("link", name="My teams' untriaged").click()
    page.wait_for_url("**/admin/referrals/?status=received")
    expect(page.get_by_role("navigation", name="Saved views").locator("[aria-current=page]")).to_have_text(
        "My teams' untriaged"
    )
    references = page.locator("table.listing tbody td:nth-child(2) a").all_inner_texts()[:2]
    for reference in references:
        page.get_by_label(f"Select {reference}", exact=True).check()
    shot(page, "7-saved-view-ticked")
    axe(page, "saved view with referrals ticked")
    page.get_by_role("button", name="Mark selected as read").click()
    expect(page.locator(".messages")).to_contain_text("Marked 2 referrals as read")
    rows = page.locator("table.listing tbody tr")
    for reference in references:
        expect(rows.filter(has_text=reference)).not_to_contain_text("New to you")
    axe(page, "queue after marking read")

    page.get_by_label(f"Select {references[0]}", exact=True).check()
    page.get_by_label("Assign to").select_option(label="triage-north")
    page.get_by_role("button", name="Assign selected").click()
    expect(page.locator(".messages")).to_contain_text("Assigned 1 referral to triage-north")
    expect(rows.filter(has_text=references[0])).to_contain_text("triage-north")
    shot(page, "8-assigned")
    axe(page, "queue after assigning")
    events = Referral.objects.get(reference=references[0]).events
    assert events.filter(kind=EventKind.ASSIGNED, actor__username="triage-north").exists()
    assert events.filter(kind=EventKind.MARKED_READ, actor__username="triage-north").exists()

    page.get_by_role("link", name="Assigned to me").click()
    page.wait_for_url("**assigned=me")
    assert references[0] in page.locator("table.listing").inner_text()
    axe(page, "assigned to me")
