"""What was still English on Polish and Urdu pages (issue 22, docs/languages.md "Not done yet"): the "Do" and
"Don't" headings and the care card's hidden prefix, the team finder's postcode form, the waits' "weeks" and
"updated … ago", the search page's own words, the progress chart's axes in Urdu, and filtering translated advice
by area of daily life."""

import html as html_escapes
import re

import pytest
from django.utils import translation

from home.charts import ChartPoint, line_chart_svg
from home.templatetags.waiting_time_tags import updated_ago, weeks

pytestmark = pytest.mark.django_db


def text(html):
    """The page's main content as a family reads it: tags out, spaces squeezed."""
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    main = re.sub(r"<svg.*?</svg>", " ", main, flags=re.S)
    return re.sub(r"\s+", " ", html_escapes.unescape(re.sub(r"<[^>]+>", " ", main))).strip()


# 1. The standard headings of do and don't lists, and the care card's words for screen readers.


@pytest.mark.parametrize(
    ("code", "do", "dont", "prefix"),
    [
        ("pl", "Co robić", "Czego nie robić", "Porada niepilna:"),
        ("ur", "کیا کریں", "کیا نہ کریں", "غیر فوری مشورہ:"),
    ],
)
def test_do_and_dont_headings_and_the_care_cards_hidden_words_are_in_the_familys_language(
    client, demo_site, code, do, dont, prefix
):
    html = client.get(f"/{code}/advice/getting-dressed/").content.decode()
    labels = re.findall(r'<h3 class="nhsuk-do-dont-list__label">(.*?)</h3>', html)
    assert [html_escapes.unescape(label) for label in labels] == [do, dont]
    hidden = re.findall(r'<h3 class="nhsuk-card--care__heading">.*?visually-hidden">(.*?) </span>', html)
    assert hidden and html_escapes.unescape(hidden[0]) == prefix


def test_english_pages_keep_the_english_headings(client, demo_site):
    html = client.get("/advice/getting-dressed/").content.decode()
    assert re.findall(r'<h3 class="nhsuk-do-dont-list__label">(.*?)</h3>', html) == ["Do", "Don&#x27;t"]
    assert '<span class="nhsuk-u-visually-hidden">Non-urgent advice: </span>' in html


# 2. The team finder's form, and the waits' numbers of weeks and how old a figure is.


@pytest.mark.parametrize(
    ("code", "label", "hint", "button", "error"),
    [
        (
            "pl",
            "Twój kod pocztowy",
            "Na przykład SG1 2AB",
            "Znajdź swój zespół",
            "Wpisz pełny brytyjski kod pocztowy, na przykład SG1 2AB",
        ),
        (
            "ur",
            "آپ کا پوسٹ کوڈ",
            "مثال کے طور پر SG1 2AB",
            "اپنی ٹیم تلاش کریں",
            "برطانیہ کا پورا پوسٹ کوڈ لکھیں، جیسے SG1 2AB",
        ),
    ],
)
def test_the_postcode_form_on_how_to_get_help_is_in_the_familys_language(
    client, demo_site, code, label, hint, button, error
):
    words = text(client.get(f"/{code}/how-to-get-help/").content.decode())
    assert label in words and hint in words and button in words
    assert "Your postcode" not in words and "Find your team" not in words
    words = text(client.get(f"/{code}/how-to-get-help/", {"postcode": "not a postcode"}).content.decode())
    assert error in words
    assert "Enter a full UK postcode" not in words


def test_the_team_finders_answers_are_in_the_familys_language(client, demo_site):
    words = text(client.get("/pl/how-to-get-help/", {"postcode": "sg1 2ab"}).content.decode())
    assert "Twój lokalny zespół dla kodu SG1 2AB" in words and "Jak długo możesz czekać" in words
    assert "Sprawdź inny kod pocztowy" in words
    assert "How long you may wait" not in words and "Refer your child" not in words
    words = text(client.get("/ur/how-to-get-help/", {"postcode": "M1 1AA"}).content.decode())
    assert "M1 1AA ہمارے علاقے میں نہیں ہے" in words
    assert "is not in our area" not in words and "How to find the right service" not in words


@pytest.mark.parametrize(
    ("number", "polish"),
    [(1, "1 tydzień"), (2, "2 tygodnie"), (4, "4 tygodnie"), (5, "5 tygodni"), (12, "12 tygodni"), (22, "22 tygodnie")],
)
def test_weeks_take_the_polish_plural_for_their_number(number, polish):
    with translation.override("pl"):
        assert weeks(number) == polish


def test_how_old_a_figure_is_reads_in_polish_and_urdu():
    with translation.override("pl"):
        assert [updated_ago(days) for days in (0, 1, 3, 12)] == [
            "zaktualizowano dzisiaj",
            "zaktualizowano wczoraj",
            "zaktualizowano 3 dni temu",
            "zaktualizowano 12 dni temu",
        ]
    with translation.override("ur"):
        assert updated_ago(3) == "3 دن پہلے اپ ڈیٹ ہوا"
        assert weeks(1) == "1 ہفتہ" and weeks(6) == "6 ہفتے"
    assert updated_ago(3) == "updated 3 days ago" and weeks(1) == "1 week" and weeks(6) == "6 weeks"


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_the_waiting_times_page_says_weeks_and_updated_in_the_familys_language(client, demo_site, code):
    html = client.get(f"/{code}/waiting-times/").content.decode()
    # Each team's current waits (the trend's summary below them is written in home/waiting_times.py).
    waits = " ".join(
        text(f"<main>{dl}</main>") for dl in re.findall(r'<dl class="nhsuk-summary-list">.*?</dl>', html, re.S)
    )
    assert waits
    assert not re.search(r"\bweeks?\b", waits) and "updated" not in waits
    if code == "pl":
        assert re.search(r"Mniej więcej \d+ (tydzień|tygodnie|tygodni)", waits)
        assert re.search(r"zaktualizowano (dzisiaj|wczoraj|\d+ dni temu)", waits)
    else:
        assert re.search(r"تقریباً \d+ (ہفتہ|ہفتے)", waits)


# 3. The search page's own words.


def test_the_polish_search_page_speaks_polish(client, demo_site):
    html = client.get("/pl/search/", {"q": "nożyczkami"}).content.decode()
    assert re.search(r'<html lang="pl" dir="ltr">', html)
    assert "portal-untranslated" not in html
    words = text(html)
    assert "1 wynik dla „nożyczkami”" in words
    assert "Poprzednia" not in words  # one page of results
    assert "result" not in words and "Search this site" not in words
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "Wyniki wyszukiwania dla „nożyczkami”" in html_escapes.unescape(title)


def test_polish_result_counts_take_the_polish_plural(client, demo_site):
    with translation.override("pl"):
        from django.utils.translation import ngettext

        forms = [
            ngettext('%(count)s result for "%(query)s"', '%(count)s results for "%(query)s"', n) for n in (1, 3, 5)
        ]
    assert [form % {"count": 0, "query": "x"} for form in forms] == [
        "0 wynik dla „x”",
        "0 wyniki dla „x”",
        "0 wyników dla „x”",
    ]


def test_the_urdu_search_page_with_nothing_found_speaks_urdu(client, demo_site):
    html = client.get("/ur/search/", {"q": "zzzzqqq"}).content.decode()
    assert re.search(r'<html lang="ur" dir="rtl">', html)
    assert "portal-untranslated" not in html
    words = text(html)
    assert "Check the spelling" not in words and "Other ways to find help" not in words
    assert "ہجے" in words
    # Its links keep the family in Urdu.
    assert 'href="/ur/self-assessment/"' in html and 'href="/ur/advice/"' in html


def test_the_english_search_page_counts_its_results(client, demo_site):
    words = text(client.get("/search/", {"q": "scissors"}).content.decode())
    assert re.search(r'\d+ results? for "scissors"', words)


# 4. The progress chart's axes run right to left in Urdu.


def chart(points):
    return line_chart_svg(
        [ChartPoint(label, value) for label, value in points], chart_id="c", title="t", description="d", unit="score"
    )


def circles(svg):
    return [(float(x), label) for x, label in re.findall(r'<circle cx="([\d.]+)" [^>]*data-label="([^"]*)"', svg)]


def value_labels(svg):
    return re.findall(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)"[^>]*>(\d+)</text>', svg)


def test_in_urdu_the_time_axis_runs_right_to_left_and_the_values_sit_on_the_right():
    points = [("1 Jan", 10), ("1 Feb", 8), ("1 Mar", 4)]
    with translation.override("ur"):
        svg = chart(points)
    placed = circles(svg)
    assert [label for _, label in sorted(placed, reverse=True)] == ["1 Jan", "1 Feb", "1 Mar"]  # earliest right
    labels = value_labels(svg)
    assert labels and all(float(x) > 584 for x, _, _ in labels), labels  # right of the plot (it ends at 584)
    assert 'direction="ltr"' in svg  # digits keep their order; anchors mean what they say
    # The dates turn the other way and hang right of their ticks, set right to left ("3 جون 2026" in order).
    dates = re.findall(r'<text [^>]*transform="rotate\((-?\d+) [^>]*>(1 \w+)</text>', svg)
    assert [turn for turn, _ in dates] == ["45", "45", "45"]
    assert all('direction="rtl"' in tag for tag in re.findall(r"<text [^>]*rotate\(45 [^>]*>", svg))


def test_in_english_and_polish_the_time_axis_runs_left_to_right():
    points = [("1 Jan", 10), ("1 Feb", 8), ("1 Mar", 4)]
    for code in ("en-gb", "pl"):
        with translation.override(code):
            svg = chart(points)
        assert [label for _, label in sorted(circles(svg))] == ["1 Jan", "1 Feb", "1 Mar"]
        assert all(float(x) < 56 for x, _, _ in value_labels(svg))


def test_the_urdu_progress_record_draws_its_chart_right_to_left(client, demo_site):
    client.get("/ur/self-assessment/progress/")
    response = client.post("/ur/self-assessment/progress/", {"code": "DMPRG RSS23"}, follow=True)
    html = response.content.decode()
    svg = re.search(r'<svg class="portal-chart".*?</svg>', html, re.S).group(0)
    xs = [x for x, _ in circles(svg)]
    assert len(xs) >= 2 and xs == sorted(xs, reverse=True)


# 5. Filtering translated advice by area of daily life and age.


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_filtering_translated_advice_by_area_lists_the_translated_topics(client, demo_site, code):
    html = client.get(f"/{code}/advice/", {"area": "hand-skills"}).content.decode()
    links = re.findall(r'<h2 class="nhsuk-heading-s nhsuk-u-margin-bottom-1"><a href="([^"]+)">', html)
    assert f"/{code}/advice/using-scissors/" in links
    assert f"/{code}/advice/getting-dressed/" not in links
    assert all(link.startswith(f"/{code}/") for link in links)
    html = client.get(f"/{code}/advice/", {"area": "hand-skills", "age_band": "5-to-11"}).content.decode()
    assert f'href="/{code}/advice/using-scissors/"' in html


def test_the_english_advice_filter_is_unchanged(client, demo_site):
    html = client.get("/advice/", {"area": "hand-skills"}).content.decode()
    assert 'href="/advice/using-scissors/"' in html and 'href="/advice/getting-dressed/"' not in html


# The waiting-times page's trend: its summary, the chart's title, unit, target and months, and the table's months.


def test_the_waiting_time_trend_reads_in_polish_and_urdu(client, demo_site):
    html = client.get("/pl/waiting-times/").content.decode()
    words = text(html)
    for english in (
        "From Jan",
        "the wait for a routine assessment",
        "The dashed line",
        "Weeks",
        "18 weeks",
        "Jan 2026",
    ):
        assert english not in words and english not in html, english
    assert "Linia przerywana pokazuje standard 18 tygodni." in words
    assert "sty 2026" in words.lower()
    svg = re.search(r'<svg class="portal-chart".*?</svg>', html, re.S).group(0)
    assert ">18 tygodni</text>" in svg and ">Tygodnie</text>" in svg
    assert "czas oczekiwania na zwykłą ocenę w ostatnich 12 miesiącach" in svg
    words = text(client.get("/ur/waiting-times/").content.decode())
    assert "The dashed line" not in words and "Jan 2026" not in words
    assert "جنوری 2026" in words


def test_the_english_trend_is_unchanged(client, demo_site):
    html = client.get("/waiting-times/").content.decode()
    assert "The dashed line shows the 18-week standard." in html
    assert ">18 weeks</text>" in html and ">Weeks</text>" in html and ">Jan 2026<" in html
