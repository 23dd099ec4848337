"""The progress record in Polish and Urdu (issue 22): every check, what changed in words, the chart and table,
what the family tried and the form to note it, in the family's language; the stored note and the copy sent with
a referral stay in English for staff; an area with no translation gives the whole record in English."""

import datetime
import re

import pytest
from django.utils import translation

from selfassess import progress
from selfassess.models import Assessment, StrategyNote, TranslatedText
from selfassess.tests.journeys import MILD
from selfassess.tests.test_languages import html_element, translated, walk  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

RECORD = "/self-assessment/progress/record/"
TRIED = "/self-assessment/progress/what-you-tried/"


def polish(english):
    return TranslatedText.objects.get(language="pl", english=english).translation


@pytest.fixture
def two_checks(client, translated):  # noqa: F811
    """A family in Polish who checked getting dressed twice with one return code, the first 12 weeks ago."""
    walk(client, "/pl", ["getting-dressed"], MILD)
    latest = Assessment.objects.get()
    earlier = Assessment.objects.get()
    earlier.pk = None
    earlier.save()
    Assessment.objects.filter(pk=earlier.pk).update(created_at=latest.created_at - datetime.timedelta(weeks=12))
    return latest


def test_the_progress_record_reads_in_polish(client, two_checks):
    response = client.get(f"/pl{RECORD}")
    html = response.content.decode()
    assert response.status_code == 200
    assert html_element(response) == '<html lang="pl" dir="ltr">'
    assert "portal-untranslated" not in html
    assert "<h1>Postępy Twojego dziecka</h1>" in html
    assert "Liczba sprawdzeń wykonanych z tym kodem: 2." in html
    area = polish("Getting dressed")
    assert f">{area}</h2>" in html and f"{area}: wynik przy każdym sprawdzeniu</caption>" in html
    assert "Twoje dziecko potrzebuje mniej więcej tyle samo pomocy co w dniu" in html
    assert re.search(r"Sprawdzenie 1, \d+ \w+ \d{4}", html)
    assert "Sprawdź ponownie" in html and "Zapisz, czego spróbowano" in html
    assert 'href="/pl/refer/?assessment=' in html
    # The chart speaks Polish too.
    assert f'<title id="progress-getting-dressed-title">{area}: wynik przy każdym sprawdzeniu' in html
    for english in ("Your child's progress", "Check again", "What we suggested", "needs about the same", "Check 1"):
        assert english not in html


def test_noting_what_was_tried_in_polish_keeps_english_for_staff(client, two_checks):
    form = client.get(f"/pl{TRIED}").content.decode()
    assert "<h1>Zapisz, czego spróbowano</h1>" in form
    assert "Jak często to robiono?" in form and "Codziennie" in form and "Przez ile tygodni?" in form
    errors = client.post(f"/pl{TRIED}", {}).content.decode()
    assert "Wybierz poradę, której spróbowano" in errors and "Wpisz, przez ile tygodni to robiono" in errors
    response = client.post(
        f"/pl{TRIED}",
        {
            "advice": "other",
            "something_else": "Obrazkowy plan",
            "area": "getting-dressed",
            "how_often": "every-day",
            "weeks": "6",
            "helped": "a-little",
        },
    )
    assert response.url == f"/pl{RECORD}?saved=1#tried"
    note = StrategyNote.objects.get()
    assert (note.how_often, note.helped, note.get_how_often_display()) == ("every-day", "a-little", "Every day")
    record = client.get(response.url).content.decode()
    assert "Zapisaliśmy to, czego spróbowano." in record
    assert "Codziennie" in record and "6 tyg." in record and "Pomogło trochę" in record
    # What a referral carries to the therapist is English, whichever language the family used.
    with translation.override("pl"):
        copied = progress.for_referral(two_checks.code)
    assert copied["getting-dressed"]["tried"] == [["Obrazkowy plan", "Every day", "6 weeks", "It has helped a little"]]
    assert copied["getting-dressed"]["progress"][0][0].startswith("Check 1, ")


def test_the_progress_record_in_urdu_reads_right_to_left_with_the_code_left_to_right(client, translated):  # noqa: F811
    walk(client, "/ur", ["getting-dressed"], MILD)
    response = client.get(f"/ur{RECORD}")
    html = response.content.decode()
    assert html_element(response) == '<html lang="ur" dir="rtl">'
    assert "پ کی جانچ" in html or "جانچ" in html
    assert re.search(r'data-return-code="[^"]+" dir="ltr"', html)
    assert "دوبارہ جانچ کریں" in html and "Check again" not in html


def test_an_area_without_a_translation_gives_the_whole_record_in_english(client, two_checks):
    TranslatedText.objects.filter(language="pl", english="Getting dressed").delete()
    response = client.get(f"/pl{RECORD}")
    html = response.content.decode()
    assert html_element(response) == '<html lang="en-GB" dir="ltr">'
    assert "<h1>Your child's progress</h1>" in html and ">Getting dressed</h2>" in html
    assert 'class="nhsuk-inset-text portal-untranslated" lang="pl"' in html
    assert "Sprawdź ponownie" not in html.split("<main", 1)[1].split("portal-untranslated", 1)[1].split("</div>", 1)[1]
