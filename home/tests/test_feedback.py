import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from home.feedback import scrub
from home.models import PageFeedback
from home.models.feedback import COMMENT_MAX_LENGTH
from home.tests.factories import make_home_page, make_information_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def page():
    cache.clear()
    return make_information_page(make_home_page(), title="About us")


def answer(client, page, useful="yes", **headers):
    return client.post("/feedback/", {"page": page.pk, "useful": useful}, headers=headers)


def test_every_content_page_asks_is_this_page_useful(client, page):
    html = client.get(page.url).content.decode()
    assert "Is this page useful?" in html
    assert 'action="/feedback/"' in html
    # No per-visitor token in the page, so pages can be cached.
    assert "csrfmiddlewaretoken" not in html


def test_yes_then_comment_is_stored_and_thanked_without_javascript(client, page):
    response = answer(client, page, "no")
    assert response.status_code == 302
    assert response["Location"].startswith(page.url + "?feedback=more&ref=")
    comment_form = client.get(response["Location"]).content.decode()
    assert "How could we make this page better? (optional)" in comment_form
    assert f"up to {COMMENT_MAX_LENGTH} characters" in comment_form

    ref = response["Location"].split("ref=")[1].split("#")[0]
    response = client.post("/feedback/", {"page": page.pk, "ref": ref, "comment": "Too long, needs pictures."})
    assert response["Location"] == page.url + "?feedback=thanks#feedback"
    assert "Thank you for your feedback" in client.get(response["Location"]).content.decode()

    feedback = PageFeedback.objects.get()
    assert (feedback.page_id, feedback.useful, feedback.comment) == (page.pk, False, "Too long, needs pictures.")


def test_comment_cannot_be_attached_with_a_forged_reference(client, page):
    answer(client, page)
    response = client.post("/feedback/", {"page": page.pk, "ref": "1:forged", "comment": "spam"})
    assert "feedback=expired" in response["Location"]
    assert PageFeedback.objects.get().comment == ""


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Email me at jo.bloggs+nhs@example.co.uk please", "Email me at [email removed] please"),
        ("Ring 07700 900 123 after 5", "Ring [number removed] after 5"),
        ("call +44 (0)1632 960001", "call [number removed]"),
        ("NHS number 943 476 5919", "NHS number [number removed]"),
        ("We live in SG1 2AB", "We live in [postcode removed]"),
        ("Clinic at 10:30 on 3 June 2025 was useful", "Clinic at 10:30 on 3 June 2025 was useful"),
    ],
)
def test_comments_are_scrubbed_of_contact_details(typed, stored):
    assert scrub(typed) == stored


def test_long_comment_is_cut_to_the_stated_limit():
    assert len(scrub("a" * 100_000)) == COMMENT_MAX_LENGTH


def test_scripts_in_comments_are_shown_to_staff_as_text(client, page):
    response = answer(client, page, "no")
    ref = response["Location"].split("ref=")[1].split("#")[0]
    client.post("/feedback/", {"page": page.pk, "ref": ref, "comment": "<script>alert('x')</script>"})
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "x" * 12)
    client.force_login(admin)
    html = client.get(reverse("page_feedback_detail", args=[page.pk])).content.decode()
    assert "&lt;script&gt;alert(" in html
    assert "<script>alert(" not in html


def test_staff_report_counts_answers_per_page(client, page):
    for useful in ["yes", "yes", "no"]:
        answer(client, page, useful)
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "x" * 12)
    client.force_login(admin)
    response = client.get(reverse("page_feedback_report"))
    assert response.status_code == 200
    row = response.content.decode().split("About us", 1)[1].split("</tr>", 1)[0]
    cells = [cell.split(">")[-1].strip() for cell in row.split("</td>")[:-1]]
    assert cells[1:4] == ["2", "1", "0"]


def test_report_is_for_staff_only(client, page):
    response = client.get(reverse("page_feedback_report"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"page": "x", "useful": "yes"},
        {"page": "99999999999999999999", "useful": "yes"},
        {"page": "1", "useful": "maybe"},
    ],
)
def test_bad_posts_never_fail_with_a_server_error(client, page, data):
    response = client.post("/feedback/", data)
    assert response.status_code in {302, 404}
    assert not PageFeedback.objects.exists()


def test_posts_started_on_another_site_are_refused(client, page):
    assert answer(client, page, Origin="https://evil.example").status_code == 403
    assert answer(client, page, **{"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert answer(client, page, **{"Sec-Fetch-Site": "same-origin"}).status_code == 302
    assert PageFeedback.objects.count() == 1


def test_get_is_not_allowed(client, page):
    assert client.get("/feedback/").status_code == 405


@override_settings(RATELIMIT_ENABLED=True, RATE_LIMITS={"feedback": (3, 3600)})
def test_flooding_is_rate_limited(client, page):
    statuses = [answer(client, page).status_code for _ in range(5)]
    assert statuses == [302, 302, 302, 429, 429]
    assert PageFeedback.objects.count() == 3
