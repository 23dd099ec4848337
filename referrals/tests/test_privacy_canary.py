"""A referral full of recognisable "canary" details must not leak them into logs, URLs, email
subjects, the team's notice email or error reports."""

import logging

import pytest
from django.core import mail
from django.test import override_settings

from portal.logging import PersonalDataFilter
from referrals import notifications
from referrals.sending import send_due
from referrals.tests.journeys import parent_answers

pytestmark = pytest.mark.django_db

CANARY = {
    "first name": "Zebedee",
    "last name": "Canarybird",
    "parent name": "Philomena Canarybird",
    "email": "canary.parent@example.org",
    "phone": "07700 900982",
    "phone digits": "07700900982",
    "NHS number": "401 023 2137",
    "NHS digits": "4010232137",
    "postcode": "SG1 9ZZ",
    "help wanted": "Zebedee cannot hold a spoon",
}


def canary_answers(area_pk):
    return parent_answers(
        area_pk,
        child={
            "first_name": CANARY["first name"],
            "last_name": CANARY["last name"],
            "nhs_number": CANARY["NHS number"],
        },
        postcode={"postcode": CANARY["postcode"].lower()},
        needs={"help_wanted": CANARY["help wanted"]},
        contact={
            "name": CANARY["parent name"],
            "email": CANARY["email"],
            "phone": CANARY["phone"],
            "update_preference": "email",
        },
    )


def leaks(text):
    lowered = text.lower()
    found = [label for label, value in CANARY.items() if value.lower() in lowered]
    # The surname alone is distinctive enough to catch partial leaks.
    if "canarybird" in lowered and "last name" not in found:
        found.append("last name")
    return found


def as_written(record):
    """The record as our log handlers would write it: through the personal-data filter."""
    copy = logging.makeLogRecord(record.__dict__)
    PersonalDataFilter().filter(copy)
    return logging.Formatter("%(name)s %(levelname)s %(message)s").format(copy)


def walk(client, answers):
    responses = [client.post("/refer/start/")]
    for slug, data in answers.items():
        responses.append(client.post(f"/refer/{slug}/", data))
        assert responses[-1].status_code == 302, (slug, responses[-1].content.decode()[:2000])
    return responses


def test_canary_details_stay_out_of_logs_urls_and_emails(client, teams, area, caplog):
    caplog.set_level(logging.DEBUG)
    responses = walk(client, canary_answers(area.pk))
    check = client.get("/refer/check-your-answers/")
    assert CANARY["first name"] in check.content.decode()  # the journey really carried the canaries
    responses.append(client.post("/refer/check-your-answers/"))
    confirmation_url = responses[-1]["Location"]
    responses.append(client.get(confirmation_url))
    responses.append(client.post("/refer/status/", {"reference": "NOPE123", "date_of_birth_0": "1"}))
    assert send_due() == (2, 0, 0)

    assert len(mail.outbox) == 2
    locations = [r["Location"] for r in responses if r.has_header("Location")]
    assert len(locations) >= len(canary_answers(area.pk))
    for location in locations:
        assert leaks(location) == [], location
    for message in mail.outbox:
        assert leaks(message.subject) == [], message.subject
    (team_notice,) = [m for m in mail.outbox if m.to == ["north@example.nhs.uk"]]
    assert leaks(team_notice.body) == []
    (family,) = [m for m in mail.outbox if m.to == [CANARY["email"]]]
    assert leaks(family.body) == []

    for record in caplog.records:
        assert leaks(as_written(record)) == [], as_written(record)


@override_settings(ADMINS=[("Ops", "ops@example.nhs.uk")], DEBUG=False)
def test_error_reports_do_not_carry_the_form_or_the_referral(client, teams, area, monkeypatch, caplog):
    walk(client, canary_answers(area.pk))

    def broken(referral):
        raise RuntimeError(f"queue failed for {referral.contact_email} in {referral.postcode}")

    monkeypatch.setattr(notifications, "queue_new_referral", broken)
    client.raise_request_exception = False
    response = client.post("/refer/check-your-answers/", {"first_name": CANARY["first name"]})
    assert response.status_code == 500

    (report,) = [m for m in mail.outbox if m.to == ["ops@example.nhs.uk"]]
    assert "RuntimeError" in report.body  # the report is still useful
    assert leaks(report.subject) == [] and leaks(report.body) == [], leaks(report.body)
    for record in caplog.records:
        assert leaks(as_written(record)) == []


def test_the_filter_scrubs_each_kind_of_detail_from_messages_arguments_and_tracebacks():
    record = logging.makeLogRecord(
        {
            "msg": "Sent to %s (%s), NHS %s, at %s, id %d",
            "args": (CANARY["email"], "+44 7700 900982", "4010232137", "sg19zz", 42),
        }
    )
    try:
        raise ValueError("bad address 020 7946 0958")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    text = as_written(record) + (record.exc_text or "")
    filtered = logging.makeLogRecord(record.__dict__)
    PersonalDataFilter().filter(filtered)
    assert filtered.getMessage() == "Sent to [email] ([phone]), NHS [nhs-number], at [postcode], id 42"
    assert "7946" not in filtered.exc_text and "[phone]" in filtered.exc_text
    assert "ValueError" in filtered.exc_text
    assert leaks(text.replace(record.exc_text or "", "")) == []
