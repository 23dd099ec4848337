"""Hostile input to the schools forms and filters: no server errors, and never two places for one person."""

import datetime

import pytest
from django.db.models import Count
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from home.tests.factories import make_home_page
from portal.tests.fuzzing import (
    assert_handled,
    fuzz_settings,
    hostile_request,
    quote,
    sampled,
    segment_or,
    send,
    set_session,
)
from resources.booking import book_place
from resources.models import TrainingBooking
from resources.tests.factories import (
    AudienceFactory,
    KeyStageFactory,
    PackTopicFactory,
    TrainingEventFactory,
    make_pack,
    make_schools_tree,
)
from resources.views import SESSION_KEY

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

BOOKING_FIELDS = {
    "name": ["Jo Teacher", "  Zoë  "],
    "role": ["SENCo"],
    "school": ["Oakfield Primary"],
    "email": ["jo@oakfield.example.sch.uk", "JO@Oakfield.example.sch.uk ", "not-an-email"],
}


@pytest.fixture
def schools():
    home = make_home_page()
    hub, packs, training = make_schools_tree(home)
    teachers, ks1, topic = AudienceFactory(name="Teachers"), KeyStageFactory(name="KS1"), PackTopicFactory(name="Pens")
    for number in range(12):  # more than one page of packs
        make_pack(packs, f"Pack {number}", audiences=[teachers], key_stages=[ks1], topics=[topic] if number % 2 else [])
    open_event = TrainingEventFactory(capacity=1)
    closed_event = TrainingEventFactory(starts_at=timezone.now() - datetime.timedelta(hours=1))
    booking = book_place(open_event.pk, name="A", role="B", school="C", email="first@example.sch.uk")
    return {"packs": packs, "training": training, "open": open_event, "closed": closed_event, "booking": booking}


def event_id(data, schools):
    return data.draw(segment_or([str(schools["open"].pk), str(schools["closed"].pk)]), label="event id")


@fuzz_settings
@given(data=st.data())
def test_training_booking(client, schools, data):
    """Book, booked and the same booking posted again: never a server error, never two bookings for one email."""
    set_session(client, **{SESSION_KEY: data.draw(sampled([None, schools["booking"].pk]), label="session")})
    path = f"/schools/training/{quote(event_id(data, schools))}/"
    request = data.draw(hostile_request(BOOKING_FIELDS), label="request")
    method = data.draw(sampled(["POST", "POST", "GET"]), label="method")
    times = data.draw(st.integers(1, 2), label="times")
    for _ in range(times):
        assert_handled(send(client, method, path + "book/", request))
    assert_handled(send(client, "GET", path + "booked/"))
    repeated = TrainingBooking.objects.values("event", "email").annotate(n=Count("pk")).filter(n__gt=1)
    assert not repeated.exists(), "the same email has two bookings for one session"


@fuzz_settings
@given(data=st.data())
def test_cancel_with_token(client, schools, data):
    # The first example that cancels the booking uses it up: book again so later examples meet a live one.
    booking = TrainingBooking.objects.filter(event=schools["open"]).first() or book_place(
        schools["open"].pk, name="A", role="B", school="C", email="again@example.sch.uk"
    )
    token = data.draw(segment_or(["the booking's"]), label="token")
    token = booking.token if token == "the booking's" else token
    method = data.draw(sampled(["GET", "POST"]), label="method")
    request = data.draw(hostile_request(), label="request")
    assert_handled(send(client, method, f"/schools/training/cancel/{quote(token)}/", request))
    assert_handled(send(client, "GET", "/schools/training/cancelled/"))


@fuzz_settings
@given(data=st.data())
def test_pack_listing_filters(client, schools, data):
    fields = {
        "q": ["pack", "Pens", "pakc", ""],
        "audience": ["teachers", "nobody"],
        "key_stage": ["ks1", "ks9"],
        "topic": ["pens"],
        "page": ["1", "2", "0", "-1", "last", "99999999999999999999"],
    }
    request = data.draw(hostile_request(fields), label="request")
    assert_handled(send(client, data.draw(sampled(["GET", "GET", "POST"])), schools["packs"].url, request))


@fuzz_settings
@given(data=st.data())
def test_training_listing_and_pack_download(client, schools, data):
    pack_id = data.draw(segment_or(["0", "1", "2", "3", "999999"]), label="pack id")
    path = data.draw(sampled([schools["training"].url, f"/schools/packs/{quote(pack_id)}/download/"]))
    request = data.draw(hostile_request({"page": ["1", "2", "x"]}), label="request")
    assert_handled(send(client, data.draw(sampled(["GET", "GET", "POST"])), path, request))
