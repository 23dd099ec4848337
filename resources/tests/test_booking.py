import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from resources.booking import AlreadyBooked, BookingClosed, book_place, cancel_booking
from resources.models import BookingStatus, TrainingBooking
from resources.tests.factories import TrainingEventFactory

pytestmark = pytest.mark.django_db


def details(number, **overrides):
    return {
        "name": f"Teacher {number}",
        "role": "Class teacher",
        "school": "Oakfield Primary",
        "email": f"teacher{number}@oakfield.example.sch.uk",
        **overrides,
    }


def statuses(event):
    return list(event.bookings.order_by("created_at", "pk").values_list("email", "status"))


def test_places_fill_up_then_people_join_the_waiting_list():
    event = TrainingEventFactory(capacity=2)
    results = [book_place(event.pk, **details(n)).status for n in range(4)]
    assert results == ["booked", "booked", "waiting", "waiting"]
    assert event.booked_places() == 2


def test_the_same_email_cannot_book_twice_whatever_its_case():
    event = TrainingEventFactory()
    book_place(event.pk, **details(1))
    with pytest.raises(AlreadyBooked):
        book_place(event.pk, **details(1, email="  TEACHER1@Oakfield.example.sch.uk "))
    assert event.bookings.count() == 1


def test_no_booking_after_the_deadline_or_once_started():
    event = TrainingEventFactory()
    with pytest.raises(BookingClosed):
        book_place(event.pk, **details(1), now=event.booking_deadline)
    with pytest.raises(BookingClosed):
        book_place(event.pk, **details(1), now=event.starts_at + datetime.timedelta(minutes=1))
    assert not event.bookings.exists()


def test_cancelling_a_place_promotes_the_first_person_waiting():
    event = TrainingEventFactory(capacity=1)
    first = book_place(event.pk, **details(1))
    second_waiting = book_place(event.pk, **details(2))
    book_place(event.pk, **details(3))

    cancellation = cancel_booking(first.token)

    assert [b.pk for b in cancellation.promoted] == [second_waiting.pk]
    assert statuses(event) == [
        ("teacher2@oakfield.example.sch.uk", "booked"),
        ("teacher3@oakfield.example.sch.uk", "waiting"),
    ]
    assert cancel_booking(first.token) is None


def test_cancelling_a_waiting_list_place_promotes_nobody():
    event = TrainingEventFactory(capacity=1)
    book_place(event.pk, **details(1))
    waiting = book_place(event.pk, **details(2))
    assert cancel_booking(waiting.token).promoted == []
    assert statuses(event) == [("teacher1@oakfield.example.sch.uk", "booked")]


def test_cancel_tokens_are_long_and_unique():
    event = TrainingEventFactory(capacity=5)
    tokens = {book_place(event.pk, **details(n)).token for n in range(5)}
    assert len(tokens) == 5
    assert all(len(token) >= 43 for token in tokens)


# --- The journey through the web pages ------------------------------------------------


def post_booking(client, event, **overrides):
    return client.post(reverse("resources:book", args=[event.pk]), details(1, **overrides))


def test_booking_journey_confirms_and_emails_a_cancel_link(client):
    event = TrainingEventFactory(title="Handwriting in KS2", capacity=3)
    form_page = client.get(reverse("resources:book", args=[event.pk]))
    assert "3 of 3 places left" in form_page.content.decode()

    response = post_booking(client, event)
    assert response.status_code == 302
    assert response["Location"] == reverse("resources:booked", args=[event.pk])
    done = client.get(response["Location"]).content.decode()
    assert "Your place is booked" in done

    (email,) = mail.outbox
    booking = TrainingBooking.objects.get()
    assert email.to == ["teacher1@oakfield.example.sch.uk"]
    assert "Teacher 1" not in email.subject and "oakfield" not in email.subject.lower()
    assert f"http://testserver/schools/training/cancel/{booking.token}/" in email.body
    assert "teacher1" not in response["Location"]


def test_a_full_session_offers_the_waiting_list(client):
    event = TrainingEventFactory(capacity=1)
    book_place(event.pk, **details(9))
    page = client.get(reverse("resources:book", args=[event.pk])).content.decode()
    assert "Fully booked" in page and "waiting list" in page
    done = client.get(post_booking(client, event)["Location"]).content.decode()
    assert "You are on the waiting list" in done
    assert "number 1 on the waiting list" in done
    assert mail.outbox[0].subject == "You are on the training waiting list"


def test_every_field_is_checked_and_errors_are_summarised(client):
    event = TrainingEventFactory()
    response = client.post(reverse("resources:book", args=[event.pk]), {"email": "not-an-email"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in html
    for message in (
        "Enter your full name",
        "Enter your role",
        "Enter the name of your school or setting",
        "Enter an email address in the correct format, like name@example.sch.uk",
    ):
        assert message in html
    assert '<a href="#id_name">Enter your full name</a>' in html
    assert not TrainingBooking.objects.exists()


def confirmation_seen(client, response):
    """What the person who submitted sees: the redirect, then the page it leads to."""
    assert response.status_code == 302
    page = client.get(response["Location"])
    return response["Location"], page.status_code, page.content.decode()


def test_booking_with_an_address_that_already_has_a_place_looks_exactly_like_a_new_booking(client):
    # Security issue 14: "already booked" told anyone whether a given teacher had booked.
    event = TrainingEventFactory(capacity=5)
    post_booking(client, event)
    (first_email,) = mail.outbox
    booking = TrainingBooking.objects.get()

    someone = Client()
    duplicate = post_booking(
        someone, event, name="Mallory", school="Elsewhere", email=" TEACHER1@Oakfield.example.sch.uk"
    )
    newcomer = Client()
    fresh = post_booking(newcomer, event, email="teacher1@oakfield.example.sch.uk".replace("1", "2"))
    seen_by_someone = confirmation_seen(someone, duplicate)
    seen_by_newcomer = confirmation_seen(newcomer, fresh)
    assert seen_by_someone[:2] == seen_by_newcomer[:2] == (reverse("resources:booked", args=[event.pk]), 200)
    assert seen_by_someone[2].replace("teacher1@", "teacher2@") == seen_by_newcomer[2]
    assert "Your place is booked" in seen_by_someone[2]

    assert TrainingBooking.objects.filter(email="teacher1@oakfield.example.sch.uk").count() == 1
    booking.refresh_from_db()
    assert (booking.name, booking.school) == ("Teacher 1", "Oakfield Primary")  # the first booking is untouched
    reminder = mail.outbox[1]
    assert reminder.to == ["teacher1@oakfield.example.sch.uk"]
    assert "already have a place" in reminder.body
    assert reminder.body.startswith("Dear Teacher 1,")  # the owner's name, not what was typed this time
    assert "Mallory" not in reminder.body and "Elsewhere" not in reminder.body
    assert f"http://testserver/schools/training/cancel/{booking.token}/" in reminder.body
    assert mail.outbox[2].to == ["teacher2@oakfield.example.sch.uk"] and len(mail.outbox) == 3
    assert first_email.body != reminder.body


def test_a_full_session_shows_a_repeated_address_what_a_new_one_would_see(client):
    event = TrainingEventFactory(capacity=1)
    already = book_place(event.pk, **details(9))
    repeat, newcomer = Client(), Client()
    seen_by_repeat = confirmation_seen(repeat, post_booking(repeat, event, email=already.email))
    seen_by_newcomer = confirmation_seen(newcomer, post_booking(newcomer, event))
    assert seen_by_repeat[2].replace(already.email, "teacher1@oakfield.example.sch.uk") == seen_by_newcomer[2]
    assert "You are number 1 on the waiting list" in seen_by_repeat[2]
    assert statuses(event) == [(already.email, "booked"), ("teacher1@oakfield.example.sch.uk", "waiting")]
    assert "already have a place" in mail.outbox[0].body and mail.outbox[0].to == [already.email]


HOSTILE_NAME = 'Ann\r\nSmith <a href="https://evil.example/login">Confirm</a> www.evil.example'


def test_booking_emails_are_plain_text_and_repeat_only_a_plain_name(client):
    event = TrainingEventFactory(capacity=1)
    post_booking(client, event, name=HOSTILE_NAME, role="SENCo https://role.example", school="Visit phish.example\nnow")
    post_booking(Client(), event, name="  Zoë\n O’Brien-Smith ", email="zoe@oakfield.example.sch.uk")
    hostile, zoe = mail.outbox
    for email in (hostile, zoe):
        assert email.content_subtype == "plain" and not email.alternatives
        for typed in ("evil", "Confirm", "<", "href", "SENCo", "role.example", "phish", "Oakfield Primary"):
            assert typed not in email.body, typed
    assert hostile.body.startswith("Dear colleague,\n")
    assert zoe.body.startswith("Dear Zoë O’Brien-Smith,\n")

    # The email offering a freed place greets the same way.
    mail.outbox.clear()
    other = TrainingEventFactory(capacity=1)
    first = book_place(other.pk, **details(3, name="Ann Smith"))
    waiting = book_place(other.pk, **details(4, name=HOSTILE_NAME))
    client.post(reverse("resources:cancel", args=[first.token]))
    (offer,) = mail.outbox
    assert offer.to == [waiting.email] and offer.body.startswith("Dear colleague,\n")
    assert "evil" not in offer.body and "a place has come up" in offer.body


@pytest.mark.parametrize(
    ("typed", "greeting"),
    [
        ("Jo Bloggs", "Jo Bloggs"),
        ("Mrs. Jo Bloggs-Smith", "Mrs. Jo Bloggs-Smith"),
        ("Ann\nSmith", "Ann Smith"),
        ("Ann\u2028Smith\tJones", "Ann Smith Jones"),
        ("Siân O'Neill", "Siân O'Neill"),
        ("evil.example", None),
        ("J.Smith", None),
        ("http://x", None),
        ("jo@example.com", None),
        ("<b>Jo</b>", None),
        ("Jo \u202eevil", None),
        ("Jo\u2024example", None),
        ("   ", None),
    ],
)
def test_only_names_that_cannot_become_links_are_repeated(typed, greeting):
    from resources.emails import plain_name

    assert plain_name(typed) == greeting


def test_booking_after_the_deadline_or_for_a_past_session_is_refused_clearly(client):
    now = timezone.now()
    closed = TrainingEventFactory(starts_at=now + datetime.timedelta(days=1))
    past = TrainingEventFactory(starts_at=now - datetime.timedelta(days=1))
    assert "Booking has closed" in client.get(reverse("resources:book", args=[closed.pk])).content.decode()
    assert "Booking has closed" in post_booking(client, closed).content.decode()
    assert "already taken place" in post_booking(client, past).content.decode()
    assert not TrainingBooking.objects.exists()
    assert client.get(reverse("resources:book", args=[999])).status_code == 404


@pytest.mark.parametrize("token", ["a%00b", "%F0%9F%99%82", "x" * 64 + "%00"])
def test_a_cancel_link_with_a_token_that_cannot_be_ours_is_not_found(client, token):
    # Found by fuzzing: a NUL byte in the token reached the query, which PostgreSQL refuses (a server error).
    for method in (client.get, client.post):
        assert method(f"/schools/training/cancel/{token}/").status_code == 404


def test_cancel_link_asks_first_then_works_once_and_promotes_by_email(client):
    event = TrainingEventFactory(capacity=1)
    first = book_place(event.pk, **details(1))
    waiting = book_place(event.pk, **details(2))
    url = reverse("resources:cancel", args=[first.token])

    assert "Cancel your booking" in client.get(url).content.decode()
    assert TrainingBooking.objects.filter(pk=first.pk).exists()  # a GET (e.g. a link scanner) changes nothing

    response = client.post(url)
    assert response["Location"] == reverse("resources:cancelled")
    waiting.refresh_from_db()
    assert waiting.status == BookingStatus.BOOKED
    (offer,) = mail.outbox
    assert offer.to == ["teacher2@oakfield.example.sch.uk"]
    assert "a place has come up" in offer.body

    again = client.post(url)
    assert again.status_code == 404
    assert "each cancel link works once" in again.content.decode()
    assert client.get(reverse("resources:cancel", args=["made-up"])).status_code == 404


def test_training_listing_shows_upcoming_sessions_only(client):
    from home.tests.factories import make_home_page
    from resources.tests.factories import make_schools_tree

    _, _, training = make_schools_tree(make_home_page())
    now = timezone.now()
    TrainingEventFactory(title="Coming up", capacity=1)
    full = TrainingEventFactory(title="Full one", capacity=1)
    book_place(full.pk, **details(1))
    TrainingEventFactory(title="Already happened", starts_at=now - datetime.timedelta(days=3))
    html = client.get(training.url).content.decode()
    assert "Coming up" in html and "Full one" in html
    assert "Already happened" not in html
    assert "Join the waiting list" in html


def test_old_bookings_are_deleted_after_the_retention_time(settings):
    settings.TRAINING_BOOKING_RETENTION_DAYS = 30
    now = timezone.now()
    old = TrainingEventFactory(starts_at=now - datetime.timedelta(days=32))
    recent = TrainingEventFactory(starts_at=now - datetime.timedelta(days=20))
    for event in (old, recent):
        TrainingBooking.objects.create(event=event, **details(event.pk))
    call_command("delete_old_training_bookings", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(TrainingBooking.objects.values_list("event_id", flat=True)) == [recent.pk]
