"""Family workshops booked online (issue 18, item 4): the workshops page lists the dates, and a parent books a
place (or a place on the waiting list) with the same rules as school training, gets an email with a cancel
link, and can cancel. Nothing a parent types goes into an address."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.utils import timezone

from home.tests.factories import add_page, make_home_page
from portal.demo import ChangeLog, ensure_group
from portal.tests.support import sign_in_with_second_factor
from resources.booking import book_place
from resources.demo.roles import SCHOOLS_EDITOR_PERMISSIONS, SCHOOLS_EDITORS
from resources.models import BookingStatus, FamilyWorkshopsPage, SessionKind, TrainingBooking
from resources.tests.factories import TrainingEventFactory, make_schools_tree

pytestmark = pytest.mark.django_db

PARENT = {"name": "Sam Jones", "email": "Sam.Jones@example.com"}


@pytest.fixture
def workshops_page(db):
    home = make_home_page()
    make_schools_tree(home)
    return add_page(
        home,
        FamilyWorkshopsPage,
        "Workshops and groups for families",
        slug="workshops-for-families",
        summary="Free workshops you can book without a referral.",
        body=[{"type": "rich_text", "value": "<p>Our workshops are free.</p>"}],
    )


def workshop(**fields):
    return TrainingEventFactory(
        kind=SessionKind.FAMILIES, audience="Parents and carers of children aged 5 to 11", **fields
    )


def book_url(event):
    return f"/workshops-for-families/{event.pk}/book/"


def test_the_workshops_page_lists_family_workshops_with_a_link_to_book(client, workshops_page):
    open_one = workshop(title="Everyday skills workshop", capacity=12)
    full = workshop(title="Understanding your child's senses", capacity=1)
    book_place(full.pk, name="Ann", email="ann@example.com")
    workshop(title="Last month's workshop", starts_at=timezone.now() - datetime.timedelta(days=30))
    TrainingEventFactory(title="Handwriting for teachers")

    html = client.get("/workshops-for-families/").content.decode()
    assert "Our workshops are free." in html
    assert "Everyday skills workshop" in html and "12 of 12 places left" in html
    assert f'href="{book_url(open_one)}"' in html
    assert f'href="{book_url(full)}"' in html and "Join the waiting list" in html
    assert "Last month" not in html
    assert "Handwriting for teachers" not in html  # school training stays on the schools page
    training = client.get("/schools/training/").content.decode()
    assert "Handwriting for teachers" in training and "Everyday skills workshop" not in training


def test_a_parent_books_a_place_and_is_emailed_a_cancel_link(client, workshops_page, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.nhs.uk"
    event = workshop(title="Everyday skills workshop", capacity=3)
    form = client.get(book_url(event)).content.decode()
    assert "<h1>Everyday skills workshop</h1>" in form
    assert "Your full name" in form and "Email address" in form
    assert "School or setting" not in form and "Your role" not in form

    response = client.post(book_url(event), PARENT)
    assert response.status_code == 302
    assert response["Location"] == f"/workshops-for-families/{event.pk}/booked/"
    done = client.get(response["Location"]).content.decode()
    assert "Your place is booked" in done and "sam.jones@example.com" in done
    assert 'href="/workshops-for-families/"' in done

    booking = TrainingBooking.objects.get()
    assert (booking.name, booking.email, booking.status) == ("Sam Jones", "sam.jones@example.com", "booked")
    (email,) = mail.outbox
    assert email.to == ["sam.jones@example.com"]
    assert email.subject == "Your workshop place"
    assert email.body.startswith("Dear Sam Jones,")
    assert f"https://portal.example.nhs.uk/workshops-for-families/cancel/{booking.token}/" in email.body


def test_a_full_workshop_puts_the_parent_on_the_waiting_list(client, workshops_page):
    event = workshop(capacity=1)
    book_place(event.pk, name="Ann", email="ann@example.com")
    assert "Fully booked" in client.get(book_url(event)).content.decode()
    done = client.get(client.post(book_url(event), PARENT)["Location"]).content.decode()
    assert "You are on the waiting list" in done and "number 1 on the waiting list" in done
    assert mail.outbox[0].subject == "You are on the workshop waiting list"


def test_mistakes_are_listed_in_an_error_summary(client, workshops_page):
    event = workshop()
    html = client.post(book_url(event), {"name": " ", "email": "sam at home"}).content.decode()
    assert "<title>Error: " in html
    assert "There is a problem" in html
    assert 'href="#id_name"' in html and "Enter your full name" in html
    assert 'href="#id_email"' in html and "Enter an email address in the correct format, like name@example.com" in html
    assert not TrainingBooking.objects.exists()
    assert "Enter your email address" in client.post(book_url(event), {"name": "Sam"}).content.decode()


def test_a_parent_cancels_from_the_email_and_the_first_on_the_waiting_list_gets_the_place(client, workshops_page):
    event = workshop(capacity=1)
    client.post(book_url(event), PARENT)
    waiting = book_place(event.pk, name="Ann", email="ann@example.com")
    cancel_url = re.search(r"https?://[^/]+(/\S+)", mail.outbox[0].body).group(1)
    mail.outbox.clear()

    confirm = client.get(cancel_url).content.decode()
    assert "Cancel your booking" in confirm and "Cancel my place" in confirm
    assert TrainingBooking.objects.filter(email="sam.jones@example.com").exists()  # a GET changes nothing

    response = client.post(cancel_url)
    assert response["Location"] == "/workshops-for-families/cancelled/"
    assert "Your booking is cancelled" in client.get(response["Location"]).content.decode()
    waiting.refresh_from_db()
    assert waiting.status == BookingStatus.BOOKED
    assert [message.to for message in mail.outbox] == [["ann@example.com"]]
    assert client.post(cancel_url).status_code == 404


def test_nothing_a_parent_types_goes_into_an_address(client, workshops_page):
    event = workshop()
    response = client.post(book_url(event), PARENT)
    booking = TrainingBooking.objects.get()
    addresses = [response["Location"], *re.findall(r"https?://\S+", mail.outbox[0].body)]
    for address in addresses:
        assert "sam" not in address.lower() and "jones" not in address.lower()
        assert booking.email not in address


def test_each_session_is_booked_only_where_its_people_book(client, workshops_page):
    school_training = TrainingEventFactory()
    family_workshop = workshop()
    assert client.get(book_url(school_training)).status_code == 404
    assert client.get(f"/schools/training/{family_workshop.pk}/book/").status_code == 404


def test_booking_closes_at_the_deadline(client, workshops_page):
    event = workshop(booking_deadline=timezone.now() - datetime.timedelta(hours=1))
    html = client.post(book_url(event), PARENT).content.decode()
    assert "Booking has closed" in html
    assert not TrainingBooking.objects.exists()


def test_booking_is_rate_limited_like_other_public_forms(workshops_page, settings):
    settings.RATELIMIT_ENABLED = True
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "training-booking": (2, 3600)}
    event = workshop(capacity=10)
    client = Client()
    statuses = [
        client.post(book_url(event), {"name": "Sam", "email": f"sam{n}@example.com"}).status_code for n in range(3)
    ]
    assert statuses == [302, 302, 429]


def test_schools_editors_add_a_family_workshop_in_the_admin(workshops_page):
    group = ensure_group(ChangeLog(), SCHOOLS_EDITORS, SCHOOLS_EDITOR_PERMISSIONS)
    user = get_user_model().objects.create_user("schools", "schools@example.nhs.uk", "x" * 12, is_staff=True)
    user.groups.add(group)
    staff = sign_in_with_second_factor(Client(), user)
    start = timezone.localtime() + datetime.timedelta(days=10)
    response = staff.post(
        "/admin/training/sessions/new/",
        {
            "kind": "families",
            "title": "Busy hands and moving bodies",
            "description": "Play ideas for hand skills.",
            "audience": "Parents and carers",
            "starts_at": start.strftime("%Y-%m-%d %H:%M"),
            "ends_at": (start + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "is_online": "on",
            "venue": "",
            "capacity": "15",
            "booking_deadline": (start - datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    listing = staff.get("/admin/training/sessions/?kind=families").content.decode()
    assert "Busy hands and moving bodies" in listing and "Workshop for families" in listing
    assert "Busy hands and moving bodies" in Client().get("/workshops-for-families/").content.decode()


def test_places_left_are_never_an_old_copy_from_the_page_cache(client, workshops_page, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_DEBUG_HEADER = True
    event = workshop(title="Everyday skills workshop", capacity=2)
    first = client.get("/workshops-for-families/")
    assert "2 of 2 places left" in first.content.decode()
    book_place(event.pk, name="Ann", email="ann@example.com")  # bookings do not empty the page cache
    again = Client().get("/workshops-for-families/")
    assert "1 of 2 places left" in again.content.decode()
    assert again.get("X-Page-Cache") != "hit" and "no-cache" in again["Cache-Control"]


def test_the_demo_replaces_an_older_information_page_at_the_workshops_address(db):
    from home.tests.factories import make_information_page
    from resources.demo import ensure_workshops_page

    home = make_home_page()
    make_information_page(home, "Workshops and groups for families", slug="workshops-for-families")
    log = ChangeLog()
    page = ensure_workshops_page(log, home)
    assert isinstance(page, FamilyWorkshopsPage)
    assert home.get_children().filter(slug="workshops-for-families").count() == 1
    assert "page: Workshops and groups for families (booked online now)" in log.updated
    again = ChangeLog()
    ensure_workshops_page(again, home)
    assert not again.changed
