"""Issue 19, item 4: the service managers' report of pack downloads and training bookings (counts only)."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.tests.factories import make_home_page
from resources.models import BookingStatus, PackDownloadDay, SessionKind, TrainingBooking
from resources.tests.factories import TrainingEventFactory, make_pack, make_schools_tree

pytestmark = pytest.mark.django_db

URL = "/admin/reports/packs-and-training/"


def staff(username, *permissions):
    user = get_user_model().objects.create_user(username=username, password="x" * 12, is_staff=True)
    group, _ = Group.objects.get_or_create(name=username)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    for app_label, codename in permissions:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    user.groups.add(group)
    return user


@pytest.fixture
def packs(db):
    _, index, _ = make_schools_tree(make_home_page())
    return make_pack(index, "Handwriting in key stage 2"), make_pack(index, "Scissor skills")


def book(event, count, status=BookingStatus.BOOKED, start=0):
    for number in range(start, start + count):
        TrainingBooking.objects.create(
            event=event,
            name=f"Teacher Uniquename{number}",
            role="SENCo",
            school="Example Primary",
            email=f"teacher{number}@example.org",
            status=status,
        )


def table(html, slug):
    start = html.index(f'id="{slug}-table"')
    body = html[start : html.index("</table>", start)]
    return {
        chunk.split('<th scope="row">')[1].split("</th>")[0]: [
            cell.split("</td>")[0] for cell in chunk.split("<td>")[1:]
        ]
        for chunk in body.split("<tr>")[2:]
    }


def test_only_service_managers_open_it(client, packs):
    client.force_login(staff("schools-editor", ("resources", "view_trainingbooking")))
    response = client.get(URL)
    assert response.status_code == 403 or response["Location"] == "/admin/"
    client.force_login(staff("manager", ("home", "view_service_reports")))
    assert client.get(URL).status_code == 200


def test_downloads_by_month_and_pack_and_bookings_by_session(client, packs):
    handwriting, scissors = packs
    today = timezone.localdate()
    PackDownloadDay.objects.create(pack=handwriting, date=today, count=3)
    PackDownloadDay.objects.create(pack=scissors, date=today, count=40)
    PackDownloadDay.objects.create(pack=scissors, date=today - datetime.timedelta(days=800), count=99)
    event = TrainingEventFactory(title="Sensory circuits")
    book(event, 6)
    book(event, 2, BookingStatus.WAITING, start=10)
    client.force_login(staff("manager", ("home", "view_service_reports")))

    html = client.get(URL).content.decode()

    # Downloads are not people: even 3 is shown.
    assert table(html, "pack-downloads-by-pack") == {"Scissor skills": ["40"], "Handwriting in key stage 2": ["3"]}
    assert table(html, "pack-downloads-each-month")[today.strftime("%b %Y")] == ["43"]
    [(label, cells)] = table(html, "training-bookings-by-session").items()
    assert label.startswith("Sensory circuits (")
    assert cells == ["6", "Fewer than 5"]
    assert "Uniquename" not in html and "teacher0@" not in html

    rows = list(csv.reader(io.StringIO(client.get(f"{URL}?export=csv").content.decode())))
    assert ["Pack downloads by pack", "Scissor skills", "Downloads", "40"] in [row[3:] for row in rows]
    assert ["Training bookings by session", label, "On the waiting list", "Fewer than 5"] in [row[3:] for row in rows]
    assert not any("Uniquename" in cell for row in rows for cell in row)


def test_family_workshop_bookings_are_counted_apart_from_training(client, packs):
    training = TrainingEventFactory(title="Sensory circuits")
    workshop = TrainingEventFactory(title="Everyday skills workshop", kind=SessionKind.FAMILIES)
    book(training, 6)
    book(workshop, 7, start=20)
    client.force_login(staff("manager", ("home", "view_service_reports")))
    html = client.get(URL).content.decode()
    [(training_label, training_cells)] = table(html, "training-bookings-by-session").items()
    [(workshop_label, workshop_cells)] = table(html, "family-workshop-bookings-by-session").items()
    assert training_label.startswith("Sensory circuits (") and training_cells[0] == "6"
    assert workshop_label.startswith("Everyday skills workshop (") and workshop_cells[0] == "7"


def test_queries_do_not_grow_with_bookings_and_downloads(client, packs):
    client.force_login(staff("manager", ("home", "view_service_reports")))
    today = timezone.localdate()
    event = TrainingEventFactory()
    book(event, 5)
    PackDownloadDay.objects.create(pack=packs[0], date=today, count=2)
    client.get(URL)
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for days in range(1, 60):
        PackDownloadDay.objects.create(pack=packs[days % 2], date=today - datetime.timedelta(days=days), count=days)
    for _ in range(3):
        book(TrainingEventFactory(), 20)
    book(TrainingEventFactory(kind=SessionKind.FAMILIES), 20, start=100)
    with CaptureQueriesContext(connection) as many:
        client.get(URL)
    assert len(many) == len(few)
