import datetime

import pytest
from django.utils import timezone

from referrals.models import EventKind, OutboxMessage, Referral
from referrals.tests.journeys import parent_answers, walk_to_check

pytestmark = pytest.mark.django_db


def test_start_page_explains_and_starts(client):
    response = client.get("/refer/")
    content = response.content.decode()
    assert "Refer a child for therapy" in content
    assert "about 10 minutes" in content
    assert 'call <a href="tel:999">999</a>' in content
    response = client.post("/refer/start/")
    assert response.headers["Location"] == "/refer/who/"


def test_parent_journey_sends_one_referral_with_event_and_emails(client, teams, area):
    response = walk_to_check(client, parent_answers(area.pk))
    assert response.headers["Location"] == "/refer/check-your-answers/"
    check = client.get("/refer/check-your-answers/").content.decode()
    assert "943 476 5919" in check
    assert "SG1 2AB" in check
    assert "North Team" in check
    assert "Not provided" in check  # tried already, left empty
    response = client.post("/refer/check-your-answers/")
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert response.headers["Location"] == f"/refer/sent/{referral.confirmation_token}/"
    assert referral.team == teams["north"]
    assert referral.nhs_number == "9434765919"
    assert referral.postcode == "SG1 2AB"
    assert list(referral.life_areas.all()) == [area]
    assert referral.events.get().kind == EventKind.SUBMITTED
    kinds = sorted(OutboxMessage.objects.values_list("kind", flat=True))
    assert kinds == ["family-confirmation", "team-notice"]
    page = client.get(response.headers["Location"]).content.decode()
    assert referral.reference in page
    assert "Pip" not in response.headers["Location"]


def test_same_post_twice_gives_one_referral(client, teams, area):
    walk_to_check(client, parent_answers(area.pk))
    first = client.post("/refer/check-your-answers/")
    second = client.post("/refer/check-your-answers/")
    assert Referral.objects.count() == 1
    assert first.headers["Location"] == second.headers["Location"]
    # The back button to a question of a sent referral leads to its confirmation, not a new journey.
    assert client.get("/refer/needs/").headers["Location"] == first.headers["Location"]


def test_lost_session_state_after_submit_still_finds_the_same_referral(client, teams, area):
    walk_to_check(client, parent_answers(area.pk))
    session = client.session
    state = session["referral_journey"]
    client.post("/refer/check-your-answers/")
    # A resend of the same journey (same idempotency key) that never saw the first answer.
    state["sent"] = None
    session["referral_journey"] = state
    session.save()
    client.post("/refer/check-your-answers/")
    assert Referral.objects.count() == 1


def test_database_error_mid_transaction_saves_nothing(client, teams, area, monkeypatch):
    from django.db import DatabaseError

    from referrals import notifications

    walk_to_check(client, parent_answers(area.pk))

    def broken(referral):
        raise DatabaseError("disk full")

    monkeypatch.setattr(notifications, "queue_new_referral", broken)
    response = client.post("/refer/check-your-answers/")
    assert response.status_code == 503
    assert "Your referral was not sent" in response.content.decode()
    assert Referral.objects.count() == 0
    assert OutboxMessage.objects.count() == 0
    monkeypatch.undo()
    client.post("/refer/check-your-answers/")
    assert Referral.objects.count() == 1


def test_change_link_returns_to_check_answers(client, teams, area):
    walk_to_check(client, parent_answers(area.pk))
    response = client.post("/refer/school/", {"school": "Another School"})
    assert response.headers["Location"] == "/refer/check-your-answers/"
    assert "Another School" in client.get("/refer/check-your-answers/").content.decode()


def test_changing_who_refers_asks_consent_and_contact_again(client, teams, area):
    walk_to_check(client, parent_answers(area.pk))
    response = client.post("/refer/who/", {"referrer_kind": "professional"})
    assert response.headers["Location"] == "/refer/consent/"
    consent = client.get("/refer/consent/").content.decode()
    assert "A parent or carer has agreed to this referral" in consent


def test_skipping_ahead_shows_restart_page(client, teams):
    client.post("/refer/start/")
    response = client.get("/refer/consent/")
    assert response.status_code == 400
    assert "Start your referral again" in response.content.decode()
    assert client.post("/refer/check-your-answers/").status_code == 302
    assert Referral.objects.count() == 0


def test_no_session_shows_restart_page(client):
    response = client.post("/refer/child/", {"first_name": "x"})
    assert "Start your referral again" in response.content.decode()
    assert client.get("/refer/not-a-step/").status_code in (200, 404)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"date_of_birth_0": "31", "date_of_birth_1": "2", "date_of_birth_2": "2018"},
            "Date of birth must be a real date",
        ),
        (
            {"date_of_birth_0": "1", "date_of_birth_1": "1", "date_of_birth_2": str(timezone.localdate().year + 1)},
            "must be today or in the past",
        ),
        # Found by fuzzing: a day too big for the date type was a server error.
        ({"date_of_birth_0": "99999999999999999999"}, "Date of birth must be a real date"),
        ({"date_of_birth_1": ""}, "Date of birth must include a month"),
        ({"nhs_number": "943 476 5918"}, "not a real NHS number"),
        ({"nhs_number": "12345"}, "NHS number must be 10 digits"),
        ({"first_name": "x" * 101}, "First name must be 100 characters or fewer"),
        ({"first_name": ""}, "Enter the child&#x27;s first name"),
    ],
)
def test_child_step_errors(client, teams, data, message):
    client.post("/refer/start/")
    client.post("/refer/who/", {"referrer_kind": "parent"})
    response = client.post("/refer/child/", {**parent_answers(1)["child"], **data})
    content = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in content
    assert message in content
    assert "<title>Error: " in content


def test_child_too_old_gets_stop_page(client, teams):
    client.post("/refer/start/")
    client.post("/refer/who/", {"referrer_kind": "parent"})
    born = timezone.localdate() - datetime.timedelta(days=365 * 20)
    response = client.post(
        "/refer/child/",
        {
            **parent_answers(1)["child"],
            "date_of_birth_0": born.day,
            "date_of_birth_1": born.month,
            "date_of_birth_2": born.year,
        },
    )
    assert response.headers["Location"] == "/refer/cannot-refer/age/"
    assert "We cannot take this referral" in client.get("/refer/cannot-refer/age/").content.decode()
    # Not recorded: the next step is still the child's details.
    assert client.get("/refer/postcode/").status_code == 400


def test_out_of_area_postcode_gets_stop_page(client, teams):
    client.post("/refer/start/")
    client.post("/refer/who/", {"referrer_kind": "parent"})
    client.post("/refer/child/", parent_answers(1)["child"])
    response = client.post("/refer/postcode/", {"postcode": "LS1 4AP"})
    assert response.headers["Location"] == "/refer/cannot-refer/area/"
    page = client.get("/refer/cannot-refer/area/").content.decode()
    assert "We do not cover this area" in page
    assert "LS1 4AP" in page


def test_invalid_postcode_is_an_error(client, teams):
    client.post("/refer/start/")
    client.post("/refer/who/", {"referrer_kind": "parent"})
    client.post("/refer/child/", parent_answers(1)["child"])
    response = client.post("/refer/postcode/", {"postcode": "not a postcode"})
    assert "Enter a full UK postcode" in response.content.decode()


def test_school_cannot_refer_to_team_that_only_takes_parents_and_professionals(client, teams):
    client.post("/refer/start/")
    client.post("/refer/who/", {"referrer_kind": "school"})
    client.post("/refer/child/", parent_answers(1)["child"])
    response = client.post("/refer/postcode/", {"postcode": "SG14 1LP"})
    assert response.headers["Location"] == "/refer/cannot-refer/referrer/"
    assert "East Team" in client.get("/refer/cannot-refer/referrer/").content.decode()


def test_over_long_text_and_script_are_handled(client, teams, area):
    answers = parent_answers(area.pk)
    walk_to_check(client, {k: v for k, v in answers.items() if k in ("who", "child", "postcode", "school")})
    response = client.post("/refer/needs/", {"life_areas": [area.pk], "help_wanted": "x" * 1501})
    assert "must be 1,500 characters or fewer" in response.content.decode()
    script = "<script>alert('x')</script>"
    client.post("/refer/needs/", {"life_areas": [area.pk], "help_wanted": script})
    for slug in ("services", "communication", "consent", "contact"):
        client.post(f"/refer/{slug}/", answers[slug])
    check = client.get("/refer/check-your-answers/").content.decode()
    assert script not in check
    assert "&lt;script&gt;" in check
    client.post("/refer/check-your-answers/")
    assert Referral.objects.get().help_wanted == script


@pytest.mark.parametrize("posted", ["9223372036854775808", "-99999999999999999999", "999999", "not-an-area"])
def test_an_area_not_in_the_list_is_a_form_error(client, teams, area, posted):
    # Found by fuzzing: an id too big for the database was a server error.
    answers = parent_answers(area.pk)
    walk_to_check(client, {k: v for k, v in answers.items() if k in ("who", "child", "postcode", "school")})
    response = client.post("/refer/needs/", {"life_areas": [str(area.pk), posted], "help_wanted": "Dressing"})
    assert response.status_code == 200
    assert "Select areas from the list" in response.content.decode()


def test_parent_must_consent(client, teams, area):
    answers = parent_answers(area.pk)
    walk_to_check(client, {k: v for k, v in answers.items() if k not in ("consent", "contact")})
    response = client.post("/refer/consent/", {"parent_consent": "on"})
    assert "Confirm that the team can share information" in response.content.decode()


def test_professional_gives_parent_contact_and_both_get_emails(client, teams, area):
    answers = parent_answers(
        area.pk,
        who={"referrer_kind": "professional"},
        consent={"parent_name": "Alex Example", "parent_email": "alex@example.org"},
        contact={"role": "GP", "organisation": "Example Surgery", "email": "gp@example.nhs.uk"},
    )
    bad = client.post("/refer/start/")
    assert bad.status_code == 302
    for slug in ("who", "child", "postcode", "school", "needs", "services", "communication"):
        client.post(f"/refer/{slug}/", answers[slug])
    response = client.post("/refer/consent/", {"parent_consent": "on", "sharing_consent": "on", "parent_name": "Alex"})
    assert "Enter the parent or carer&#x27;s phone number or email address" in response.content.decode()
    client.post("/refer/consent/", answers["consent"])
    response = client.post("/refer/contact/", {**answers["contact"], "role": ""})
    assert "Enter your job title" in response.content.decode()
    client.post("/refer/contact/", answers["contact"])
    client.post("/refer/check-your-answers/")
    referral = Referral.objects.get()
    assert referral.parent_email == "alex@example.org"
    recipients = set(OutboxMessage.objects.values_list("to", flat=True))
    assert recipients == {"alex@example.org", "gp@example.nhs.uk", "north@example.nhs.uk"}


def test_contact_needs_email_or_phone(client, teams, area):
    answers = parent_answers(area.pk)
    walk_to_check(client, {k: v for k, v in answers.items() if k != "contact"})
    response = client.post("/refer/contact/", {"name": "Sam", "email": "", "phone": "", "update_preference": "email"})
    assert "Enter an email address or a phone number" in response.content.decode()
    response = client.post("/refer/contact/", {"name": "Sam", "phone": "call me", "update_preference": "phone"})
    assert "Enter a phone number, like" in response.content.decode()


def test_team_notice_has_no_name_or_clinical_detail(client, teams, area):
    walk_to_check(client, parent_answers(area.pk))
    client.post("/refer/check-your-answers/")
    notice = OutboxMessage.objects.get(kind="team-notice")
    text = notice.subject + notice.body
    assert "Pip" not in text and "Example" not in text
    assert "dressed" not in text.lower()
    assert "/admin/referrals/" in notice.body
