"""One progress record across repeats, with the strategies record (issue 18, item 5).

A family who checks again with their return code keeps that code; the record shows every check so
far, area by area, with gaps where an area was not answered, and what they noted they tried.
"""

import re

import pytest
from django.test import override_settings

from selfassess import retention
from selfassess.models import Assessment, StrategyNote
from selfassess.tests.journeys import MILD, SEVERE, area_post, complete, no_red_flags

pytestmark = pytest.mark.django_db

DRESSING, HANDS = "getting-dressed", "hand-skills"
TRIED = {"advice": "other", "something_else": "A picture list of clothes in order", "area": DRESSING}
HOW = {"how_often": "every-day", "weeks": "8", "helped": "a-little"}


def check_again(client, areas, answers):
    """From the progress record: Check again, the same age band, no red flags, these areas and answers."""
    response = client.post("/self-assessment/progress/check-again/")
    assert response.url == "/self-assessment/age/"
    client.post("/self-assessment/age/", {"age_band": "5-to-11"})
    client.post("/self-assessment/safety-questions/", no_red_flags())
    client.post("/self-assessment/areas/", {"areas": areas})
    for area in areas:
        client.post(f"/self-assessment/areas/{area}/", area_post(client, area, answers))
    return client.post("/self-assessment/check-your-answers/", follow=True)


def open_record(client, code):
    response = client.post("/self-assessment/progress/", {"code": code.lower()})
    assert response.url == "/self-assessment/progress/record/"
    return client.get(response.url)


def table(text, area):
    """[(check date, score, suggestion)] from an area's table."""
    found = re.search(rf'<table class="nhsuk-table" id="progress-{area}-table">(.*?)</table>', text, re.S)
    assert found, f"no progress table for {area}"
    rows = re.findall(r"<tr[^>]*>\s*<th[^>]*>(.*?)</th>\s*<td[^>]*>(.*?)</td>\s*<td[^>]*>(.*?)</td>", found[1], re.S)
    return [tuple(cell.strip() for cell in row) for row in rows]


def chart_values(text, area):
    chart = re.search(rf'<svg[^>]*id="progress-{area}".*?</svg>', text, re.S)
    assert chart, f"no progress chart for {area}"
    return re.findall(r'<circle [^>]*data-value="(\d+)"', chart[0])


def test_checking_again_with_the_code_keeps_it_and_the_record_shows_every_check(client, questionnaire):
    complete(client, [DRESSING], SEVERE)
    first = Assessment.objects.get()
    family = client.__class__()  # weeks later, on another device: only the code

    page = open_record(family, first.display_code).content.decode()
    assert "You have done 1 check with this code" in page
    assert first.display_code in page

    second = check_again(family, [DRESSING], MILD).content.decode()
    third = check_again(family, [DRESSING], MILD)

    checks = list(Assessment.objects.order_by("pk"))
    assert [a.code for a in checks] == [first.code] * 3  # one code, not a new one each time
    assert checks[2].previous == checks[1] and checks[1].previous == checks[0]
    assert "This is check 2 with your return code" in second
    text = third.content.decode()
    # The progress comes first on the result of a repeat, before what we suggest.
    assert text.index("Your child's progress") < text.index("What we suggest")
    assert [score for _, score, _ in table(text, DRESSING)] == ["16 of 18", "4 of 18", "4 of 18"]
    assert chart_values(text, DRESSING) == ["16", "4", "4"]
    assert "Your child needs less help than on" in text and "now 4 of 18" in text
    # From three checks on, the words also compare with the check before: better than at first, same as last time.
    assert "At the check before, the score was 4 of 18: it is about the same now." in text
    record = family.get("/self-assessment/progress/record/").content.decode()
    assert "You have done 3 checks with this code" in record


def test_an_area_not_answered_at_a_check_is_a_gap_not_a_zero(client, questionnaire):
    complete(client, [DRESSING, HANDS], SEVERE)
    check_again(client, [DRESSING], MILD)
    text = check_again(client, [DRESSING, HANDS], MILD).content.decode()

    hands = table(text, HANDS)
    assert [score for _, score, _ in hands] == ["16 of 18", "Not checked", "4 of 18"]
    assert hands[1][2] == ""
    # Two points drawn, none at 0, and the line is broken where the check is missing.
    assert chart_values(text, HANDS) == ["16", "4"]
    chart = re.search(rf'<svg[^>]*id="progress-{HANDS}".*?</svg>', text, re.S)[0]
    assert all(len(points.split()) == 1 for points in re.findall(r'<polyline points="([^"]*)"', chart))
    assert [score for _, score, _ in table(text, DRESSING)] == ["16 of 18", "4 of 18", "4 of 18"]


def test_a_new_self_assessment_starts_a_new_record_with_its_own_code(client, questionnaire):
    complete(client, [DRESSING], MILD)
    complete(client, [DRESSING], MILD)
    first, second = Assessment.objects.order_by("pk")
    assert first.code != second.code and second.previous is None
    text = client.get("/self-assessment/result/").content.decode()
    assert "This is check" not in text


def test_the_family_notes_what_they_tried_and_the_record_lists_it(client, questionnaire):
    complete(client, [DRESSING, HANDS], MILD)
    code = Assessment.objects.get().code

    empty = client.post("/self-assessment/progress/what-you-tried/", {})
    text = empty.content.decode()
    assert "There is a problem" in text and "<title>Error: " in text
    for message in (
        "Select the advice you tried",
        "Select the area it was for",
        "Select how often you did it",
        "Enter how many weeks you did it for",
        "Select whether it has helped",
    ):
        assert message in text
    no_words = client.post("/self-assessment/progress/what-you-tried/", {**TRIED, "something_else": " ", **HOW})
    assert "Enter what you tried" in no_words.content.decode()
    too_long = client.post("/self-assessment/progress/what-you-tried/", {**TRIED, **HOW, "weeks": "60"})
    assert "Weeks must be 52 or fewer" in too_long.content.decode()
    assert not StrategyNote.objects.exists()

    saved = client.post("/self-assessment/progress/what-you-tried/", {**TRIED, **HOW})
    assert saved.url == "/self-assessment/progress/record/?saved=1#tried"
    page = client.get(saved.url).content.decode()
    assert "We have saved what you tried" in page
    tried = page[page.index('id="tried"') :]
    assert "A picture list of clothes in order" in tried
    assert "Every day" in tried and "8 weeks" in tried and "It has helped a little" in tried
    note = StrategyNote.objects.get()
    assert (note.code, note.area) == (code, DRESSING)


def test_the_record_needs_a_code_first(client, questionnaire):
    assert client.get("/self-assessment/progress/record/").url == "/self-assessment/progress/"
    assert client.get("/self-assessment/progress/what-you-tried/").url == "/self-assessment/progress/"
    assert client.post("/self-assessment/progress/check-again/").url == "/self-assessment/progress/"


@override_settings(SELFASSESS_RETENTION_DAYS=100)
def test_notes_go_with_the_record_under_the_retention_rule(client, questionnaire):
    import datetime

    from django.utils import timezone

    complete(client, [DRESSING], MILD)
    client.post("/self-assessment/progress/what-you-tried/", {**TRIED, **HOW})
    assessment, note = Assessment.objects.get(), StrategyNote.objects.get()

    retention.purge_due()
    assert StrategyNote.objects.filter(pk=note.pk).exists()

    Assessment.objects.filter(pk=assessment.pk).update(created_at=timezone.now() - datetime.timedelta(days=101))
    retention.purge_due()
    assert not Assessment.objects.exists()
    assert not StrategyNote.objects.exists()  # never kept without its record


ODD_ANSWERS = [
    {**TRIED, **HOW, "weeks": "²"},
    {**TRIED, **HOW, "weeks": "1e3"},
    {**TRIED, **HOW, "weeks": "-4"},
    {**TRIED, **HOW, "advice": "99999"},
    {**TRIED, **HOW, "area": "not-an-area"},
    {**TRIED, **HOW, "how_often": "hourly"},
    {**TRIED, **HOW, "something_else": "x" * 5000},
    {**TRIED, **HOW, "something_else": "\x00"},
]


def test_what_you_tried_refuses_odd_answers_with_a_message_not_an_error(client, questionnaire):
    complete(client, [DRESSING], MILD)
    for posted in ODD_ANSWERS:
        response = client.post("/self-assessment/progress/what-you-tried/", posted)
        assert response.status_code == 200, posted
        assert "There is a problem" in response.content.decode(), posted
    assert not StrategyNote.objects.exists()


def test_the_record_costs_the_same_queries_for_one_check_or_three(client, questionnaire):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def record_queries():
        client.get("/self-assessment/progress/record/")  # warm-up
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/self-assessment/progress/record/").status_code == 200
        return len(queries)

    complete(client, [DRESSING, HANDS], SEVERE)
    one = record_queries()
    check_again(client, [DRESSING, HANDS], MILD)
    check_again(client, [DRESSING], MILD)
    assert record_queries() == one


def test_notes_are_rate_limited_like_the_questions(client, questionnaire):
    complete(client, [DRESSING], MILD)
    limits = {"selfassess-step": (2, 600), "public-post": (1000, 600)}
    with override_settings(RATELIMIT_ENABLED=True, RATE_LIMITS=limits):
        statuses = [
            client.post("/self-assessment/progress/what-you-tried/", {**TRIED, **HOW}).status_code for _ in range(3)
        ]
    assert statuses == [302, 302, 429]
    assert StrategyNote.objects.count() == 2


def test_the_demo_has_a_progress_record_to_open_with_its_code(client, demo_site):
    from selfassess.demo.progress import DEMO_RECORD_CODE

    page = open_record(client, "DMPRG RSS23").content.decode()
    assert DEMO_RECORD_CODE == "DMPRGRSS23"
    assert "You have done 3 checks with this code" in page
    assert [score for _, score, _ in table(page, "hand-skills")] == ["12 of 18", "Not checked", "6 of 18"]
    assert "Dressing practice, step by step" in page and "Pencil grip and handwriting" in page
