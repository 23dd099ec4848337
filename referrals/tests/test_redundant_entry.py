"""Changing "who is referring" on check your answers keeps every answer that still applies (WCAG 2.2 3.3.7).

Only a page that now asks something new is shown again, filled in with what was typed and without
errors; the consent boxes are ticked again only when their words change ("I agree" / "a parent agreed").
"""

import pytest

from referrals.models import Referral
from referrals.tests.journeys import parent_answers, school_answers, walk_to_check

pytestmark = pytest.mark.django_db
CHECK = "/refer/check-your-answers/"


def change_who(client, kind):
    return client.post("/refer/who/", {"referrer_kind": kind}).headers["Location"]


def test_parent_to_school_keeps_contact_and_asks_only_what_is_new(client, teams, area):
    walk_to_check(client, parent_answers(area.pk, contact={"phone": "01632 960 001", "update_preference": "either"}))
    assert change_who(client, "school") == "/refer/evidence/"  # new to schools, and optional
    assert client.post("/refer/evidence/", {"action": "continue"}).headers["Location"] == "/refer/consent/"

    consent = client.get("/refer/consent/")
    page = consent.content.decode()
    assert "<title>Error: " not in page and "There is a problem" not in page
    assert "You changed an earlier answer" in page
    assert "A parent or carer has agreed to this referral" in page
    # The parent's own tick was for "I agree": it is not carried to "a parent or carer agreed".
    assert "checked" not in page
    response = client.post(
        "/refer/consent/",
        {
            "parent_consent": "on",
            "sharing_consent": "on",
            "parent_name": "Robin Example",
            "parent_email": "r@example.org",
        },
    )
    assert response.headers["Location"] == "/refer/contact/"

    contact = client.get("/refer/contact/").content.decode()
    assert 'value="Sam Example"' in contact
    assert 'value="sam@example.org"' in contact
    assert 'value="01632 960 001"' in contact
    assert 'value="either" checked' in contact
    assert "There is a problem" not in contact
    response = client.post(
        "/refer/contact/",
        {
            "name": "Sam Example",
            "role": "SENCo",
            "email": "sam@example.org",
            "phone": "01632 960 001",
            "update_preference": "either",
        },
    )
    assert response.headers["Location"] == CHECK
    client.post(CHECK)
    referral = Referral.objects.get()
    assert (referral.referrer_kind, referral.referrer_name, referral.contact_phone) == (
        "school",
        "Sam Example",
        "01632 960 001",
    )
    assert referral.referrer_organisation == "Example Primary"  # the school, asked once


def test_school_to_professional_keeps_consent_and_contact(client, teams, area):
    answers = school_answers(area.pk, contact={"organisation": "Inclusion Support Service"})
    walk_to_check(client, answers)
    # The same statements ("a parent or carer agreed") and the same contact questions: nothing to ask again.
    assert change_who(client, "professional") == CHECK
    check = client.get(CHECK).content.decode()
    for kept in ("Robin Example", "robin@example.org", "Sandy Senco", "SENCo", "Inclusion Support Service"):
        assert kept in check


def test_school_to_professional_asks_only_where_they_work_when_it_was_the_school(client, teams, area):
    walk_to_check(client, school_answers(area.pk))  # "where you work" left empty: the child's school
    assert change_who(client, "professional") == "/refer/contact/"
    contact = client.get("/refer/contact/").content.decode()
    assert 'value="Sandy Senco"' in contact and 'value="SENCo"' in contact and 'value="senco@example.sch.uk"' in contact
    assert "There is a problem" not in contact


def test_school_to_parent_and_back_loses_nothing(client, teams, area):
    walk_to_check(client, school_answers(area.pk))
    assert change_who(client, "parent") == "/refer/consent/"
    client.post("/refer/consent/", {"parent_consent": "on", "sharing_consent": "on"})
    assert client.get(CHECK).status_code == 200
    # Back to the school: the parent's details typed on the consent page are still there.
    assert change_who(client, "school") == "/refer/consent/"
    page = client.get("/refer/consent/").content.decode()
    assert 'value="Robin Example"' in page and 'value="robin@example.org"' in page


def test_choosing_the_same_answer_again_changes_nothing(client, teams, area):
    walk_to_check(client, parent_answers(area.pk))
    assert change_who(client, "parent") == CHECK
