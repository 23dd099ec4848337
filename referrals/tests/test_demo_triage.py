"""The acceptance checks on the demo data: triage-north sees only North, accepts one, and the family sees it;
a decision changes North's computed wait at once, and publishing it changes the waiting-times page."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from home.models import Team
from referrals.models import EventKind, Outcome, Referral, ReferralStatus
from referrals.models.referral import STATUS_FOR_FAMILIES

pytestmark = pytest.mark.django_db

NORTH = "stevenage-north-herts"


def family_status_page(client, referral):
    dob = referral.child_date_of_birth
    response = client.post(
        "/refer/status/",
        {
            "reference": referral.reference,
            "date_of_birth_0": dob.day,
            "date_of_birth_1": dob.month,
            "date_of_birth_2": dob.year,
        },
    )
    assert response.status_code == 302
    return client.get(response.headers["Location"]).content.decode()


def test_triage_north_sees_only_north_accepts_one_and_family_status_changes(client, demo_site):
    waiting = Referral.objects.filter(team__slug=NORTH, status=ReferralStatus.RECEIVED).order_by("pk").first()
    other_team = Referral.objects.exclude(team__slug=NORTH).order_by("pk").first()
    family = Client()
    assert str(STATUS_FOR_FAMILIES[ReferralStatus.RECEIVED]) in family_status_page(family, waiting)

    client.force_login(get_user_model().objects.get(username="triage-north"))
    queue = client.get("/admin/referrals/?status=received").content.decode()
    assert waiting.reference in queue
    assert other_team.reference not in queue
    all_pages = [client.get(f"/admin/referrals/?p={page}").content.decode() for page in range(1, 5)]
    assert not any(ref.reference in page for page in all_pages for ref in Referral.objects.exclude(team__slug=NORTH))
    assert client.get(f"/admin/referrals/{other_team.pk}/").status_code == 404

    response = client.post(
        f"/admin/referrals/{waiting.pk}/accept/",
        {"accept-tier": ReferralStatus.ACCEPTED_SPECIALIST, "accept-priority": "routine", "accept-note": ""},
    )
    assert response.status_code == 302
    assert waiting.events.filter(kind=EventKind.ACCEPTED).exists()

    page = family_status_page(Client(), waiting)
    assert str(STATUS_FOR_FAMILIES[ReferralStatus.ACCEPTED_SPECIALIST]) in page
    assert str(STATUS_FOR_FAMILIES[ReferralStatus.RECEIVED]) not in page


STAFF_WAITS = "/admin/referrals/waiting-times/"


def cells(html, pattern):
    match = re.search(pattern, html, re.S)
    assert match, pattern
    return match.group(1)


def staff_routine_row(html, team):
    """The computed Routine assessment row of `team` on the staff screen, as its cells' text."""
    table = cells(html, f"<h2>{re.escape(escape(team.name))}</h2>(.*?)</table>")
    row = cells(table, r'<th scope="row">Routine assessment</th>(.*?)</tr>')
    return [" ".join(cell.split()) for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]


def public_routine_wait(html, team):
    section = cells(html, f'<section[^>]*id="team-{team.slug}"(.*?)</section>')
    return " ".join(cells(section, r"Routine assessment</dt>(.*?)</dd>").split())


def test_demo_decisions_change_the_computed_wait_at_once_and_publishing_changes_the_public_page(client, demo_site):
    north = Team.objects.get(slug=NORTH)
    client.force_login(get_user_model().objects.get(username="triage-north"))
    before = staff_routine_row(client.get(STAFF_WAITS).content.decode(), north)
    median, seen = before[0], before[1]
    assert re.fullmatch(r"\d+ weeks", median), before  # a figure, not "Too few to show"
    assert int(seen) >= 5, before
    public_before = public_routine_wait(Client().get("/waiting-times/").content.decode(), north)
    assert median not in public_before, "the demo's published figure should differ from the computed one"

    # Accept the longest-waiting routine referral, record a first appointment last Tuesday, discharge it.
    referral = Referral.objects.filter(team=north, status=ReferralStatus.RECEIVED, priority="routine").earliest(
        "received_at"
    )
    today = timezone.localdate()
    last_tuesday = today - datetime.timedelta(days=(today.weekday() - 1) % 7 or 7)
    base = f"/admin/referrals/{referral.pk}"
    for action, data in [
        ("accept", {"accept-tier": ReferralStatus.ACCEPTED_SPECIALIST, "accept-priority": "routine"}),
        ("appointment", {"appointment-date": last_tuesday.isoformat()}),
        ("close", {"close-outcome": Outcome.GOALS_MET, "close-date": today.isoformat()}),
    ]:
        assert client.post(f"{base}/{action}/", data).status_code == 302
    referral.refresh_from_db()
    assert (referral.status, referral.first_appointment_date) == (ReferralStatus.CLOSED, last_tuesday)

    after = staff_routine_row(client.get(STAFF_WAITS).content.decode(), north)
    assert int(after[1]) == int(seen) + 1, (before, after)  # counted at once, no job to wait for
    assert public_routine_wait(Client().get("/waiting-times/").content.decode(), north) == public_before

    assert client.post(f"{STAFF_WAITS}publish/").status_code == 302
    public_after = public_routine_wait(Client().get("/waiting-times/").content.decode(), north)
    assert public_after != public_before
    assert f"About {after[0]}" in public_after
