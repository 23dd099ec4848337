"""Issue 19: the queue, the staff waiting times and every service report cost the same number of queries with
5 referrals as with 500 (and their CSV and spreadsheet downloads no more). The 500 are written in bulk, so the
test stays quick: a query per referral in a page would show as 450 more queries, not as a slow test."""

import datetime
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import AgeBand, ReferrerKind
from referrals.models import EventKind, Outcome, Priority, Referral, ReferralEvent, ReferralStatus
from referrals.tests.factories import make_area, triage_user
from referrals.tests.test_reports import manager

pytestmark = pytest.mark.django_db

STATUSES = [
    ReferralStatus.RECEIVED,
    ReferralStatus.ACCEPTED_SPECIALIST,
    ReferralStatus.APPOINTMENT_BOOKED,
    ReferralStatus.CLOSED,
    ReferralStatus.DECLINED,
    ReferralStatus.ACCEPTED_TARGETED,
]
SEEN = (ReferralStatus.APPOINTMENT_BOOKED, ReferralStatus.CLOSED)
ACCEPTED = (ReferralStatus.ACCEPTED_SPECIALIST, ReferralStatus.ACCEPTED_TARGETED, *SEEN)


def bulk_referrals(teams, areas, count, start=0, assigned_to=None, assessments=()):
    """`count` referrals across `teams`, every status, route, priority and area, each with its events: in a few
    queries whatever `count` is."""
    now, today = timezone.now(), timezone.localdate()
    kinds = list(ReferrerKind)
    referrals = []
    for index in range(start, start + count):
        status = STATUSES[index % len(STATUSES)]
        received = now - datetime.timedelta(days=5 + index % 400)
        referrals.append(
            Referral(
                reference=f"RF-Q{index:06d}",
                idempotency_key=uuid.uuid4(),
                confirmation_token=f"scale-{index}",
                team=teams[index % len(teams)],
                status=status,
                priority=Priority.URGENT if index % 7 == 0 else Priority.ROUTINE,
                received_at=received,
                referrer_kind=kinds[index % len(kinds)],
                referrer_name="Test Referrer",
                child_first_name="Scale",
                child_last_name=f"Child{index}",
                child_date_of_birth=today - datetime.timedelta(days=365 * (2 + index % 14)),
                postcode="SG1 1AA",
                help_wanted="Dressing.",
                parent_consent=True,
                sharing_consent=True,
                first_appointment_date=(received + datetime.timedelta(weeks=index % 30)).date()
                if status in SEEN
                else None,
                closed_at=now - datetime.timedelta(days=index % 60) if status == ReferralStatus.CLOSED else None,
                outcome=list(Outcome)[index % len(Outcome)] if status == ReferralStatus.CLOSED else "",
                assigned_to=assigned_to if index % 3 == 0 else None,
                assessment=assessments[index % len(assessments)] if assessments and index % 4 == 0 else None,
                assessment_summary=[{"area": "x"}] if index % 5 == 0 else [],
            )
        )
    made = Referral.objects.bulk_create(referrals)
    Referral.life_areas.through.objects.bulk_create(
        Referral.life_areas.through(referral_id=referral.pk, lifearea_id=areas[index % len(areas)].pk)
        for index, referral in enumerate(made)
    )
    ReferralEvent.objects.bulk_create(
        ReferralEvent(referral=referral, kind=EventKind.ACCEPTED, to_status=ReferralStatus.ACCEPTED_SPECIALIST)
        for referral in made
        if referral.status in ACCEPTED
    )
    return made


def bulk_assessments(count, questionnaire):
    from selfassess.models import Assessment

    band = AgeBand.objects.order_by("pk").first()
    revision = questionnaire.live_revision_id or questionnaire.latest_revision_id
    outcomes = ["universal", "targeted", "specialist"]

    def build(index, previous=None):
        return Assessment(
            questionnaire=questionnaire,
            revision_id=revision,
            age_band=band,
            areas=["getting-dressed"],
            answers={},
            overall_outcome=outcomes[index % 3],
            previous=previous,
            created_at=timezone.now() - datetime.timedelta(days=1 + index % 300),
        )

    first = Assessment.objects.bulk_create(build(index) for index in range(count // 2))
    again = Assessment.objects.bulk_create(build(index + 1, previous) for index, previous in enumerate(first))
    return first + again


def queries_for(client, url):
    assert client.get(url).status_code == 200  # the first request also loads the site and the admin's menus
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response


@pytest.fixture
def areas(db):
    return [make_area(name, name.lower().replace(" ", "-"), order) for order, name in enumerate(["Dressing", "Play"])]


QUEUE_URLS = [
    "/admin/referrals/",
    "/admin/referrals/?ordering=areas",
    "/admin/referrals/?status=received",
    "/admin/referrals/?assigned=me",
    "/admin/referrals/?status=all&ordering=-age",
    "/admin/referrals/waiting-times/",
    "/admin/",
]


def test_the_queue_and_staff_waiting_times_cost_the_same_with_5_and_500_referrals(client, teams, areas):
    north = triage_user("triage-north", teams["north"], teams["east"])
    client.force_login(north)
    mine = [teams["north"], teams["east"], teams["south"]]
    bulk_referrals(mine, areas, 5, assigned_to=north)
    with_five = {url: queries_for(client, url)[0] for url in QUEUE_URLS}
    bulk_referrals(mine, areas, 495, start=5, assigned_to=north)
    for url in QUEUE_URLS:
        count, response = queries_for(client, url)
        assert count == with_five[url], (url, with_five[url], count)
    assert Referral.objects.count() == 500


REPORT_URLS = [
    "/admin/reports/referral-numbers/",
    "/admin/reports/seen-within-18-weeks/",
    "/admin/reports/self-assessments/",
    "/admin/reports/packs-and-training/",
]


def test_every_service_report_and_its_downloads_cost_the_same_with_5_and_500_referrals(client, teams, areas):
    from selfassess.tests.factories import load_questionnaire_only

    assessments = bulk_assessments(40, load_questionnaire_only())
    client.force_login(manager())
    mine = list(teams.values())
    bulk_referrals(mine, areas, 5, assessments=assessments)
    urls = [f"{url}{query}" for url in REPORT_URLS for query in ("", "?export=csv", "?export=xlsx")]
    with_five = {url: queries_for(client, url)[0] for url in urls}
    bulk_referrals(mine, areas, 495, start=5, assessments=assessments)
    bulk_assessments(460, assessments[0].questionnaire)
    for url in urls:
        count, _ = queries_for(client, url)
        assert count == with_five[url], (url, with_five[url], count)
