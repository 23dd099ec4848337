"""Issue 19: "Is this page useful?" answers as a service managers' report: how many said yes and no each month and
for which pages, over a date range, with a chart, a table and CSV/XLSX; counts only (no comment is shown), and the
same number of queries with 5 answers as with 500."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import PageFeedback
from home.tests.factories import make_home_page, make_information_page

pytestmark = pytest.mark.django_db

URL = "/admin/reports/page-feedback-numbers/"


def manager():
    user = get_user_model().objects.create_user(username="manager", password="x" * 12, is_staff=True)
    group, _ = Group.objects.get_or_create(name="Service managers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="home", codename="view_service_reports"),
    )
    user.groups.add(group)
    return user


def answers(page, useful, count, days_ago=3, comment=""):
    """`count` answers, made in one query, dated `days_ago` (created_at is set on save, so it is changed after)."""
    made = PageFeedback.objects.bulk_create(
        PageFeedback(page=page, useful=useful, comment=comment) for _ in range(count)
    )
    when = timezone.now() - datetime.timedelta(days=days_ago)
    PageFeedback.objects.filter(pk__in=[item.pk for item in made]).update(created_at=when)


def table(html, slug):
    start = html.index(f'id="{slug}-table"')
    body = html[start : html.index("</table>", start)]
    return {
        label: re.findall(r"<td>(.*?)</td>", rest)
        for label, rest in re.findall(r'<th scope="row">(.*?)</th>(.*?)</tr>', body, re.S)
    }


@pytest.fixture
def pages():
    home = make_home_page()
    return make_information_page(home, title="About us"), make_information_page(home, title="Getting dressed")


@pytest.fixture
def managed(client):
    client.force_login(manager())
    return client


def test_managers_see_answers_by_month_and_by_page_without_comments(managed, pages):
    about, dressing = pages
    answers(about, True, 8)
    answers(about, False, 2, comment="Secret words from a family")
    answers(dressing, False, 6)
    answers(dressing, True, 1, days_ago=400)  # before the range

    html = managed.get(URL).content.decode()
    assert "Secret words" not in html
    month = timezone.localtime(timezone.now() - datetime.timedelta(days=3)).strftime("%b %Y")
    assert table(html, "answers-each-month")[month] == ["16", "8", "50%"]
    by_page = table(html, "pages-by-answers")
    assert list(by_page) == ["Getting dressed", "About us"]  # most "no" first
    assert by_page["Getting dressed"] == ["6", "6", "0%"]
    assert by_page["About us"] == ["10", "2", "80%"]

    csv_text = managed.get(f"{URL}?export=csv").content.decode()
    assert "Getting dressed" in csv_text and "Secret words" not in csv_text
    assert managed.get(f"{URL}?export=xlsx").status_code == 200


def test_it_is_for_service_managers_only_and_in_their_reports_menu(client, pages):
    editor = get_user_model().objects.create_user(username="editor", password="x" * 12, is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(URL).status_code in (302, 403)
    client.force_login(manager())
    html = client.get("/admin/").content.decode()
    assert URL in html


def test_queries_do_not_grow_with_answers(managed, pages):
    about, dressing = pages
    answers(about, True, 5)
    managed.get(URL)
    with CaptureQueriesContext(connection) as five:
        managed.get(URL)
    answers(dressing, False, 495, days_ago=40)
    with CaptureQueriesContext(connection) as five_hundred:
        html = managed.get(URL).content.decode()
    assert table(html, "pages-by-answers")["Getting dressed"][0] == "495"
    assert len(five_hundred) == len(five)
