"""The family front door (issue 18): every way in leads somewhere a parent or a SENCo can use.

Each test reads the demo site as a visitor would, through the test client.
"""

import re

import pytest

pytestmark = pytest.mark.django_db


def html_of(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, path
    return response.content.decode()


def links(html):
    """(text, href) for every link, with tags stripped from the text."""
    found = []
    for href, inner in re.findall(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>', html, flags=re.S):
        found.append((" ".join(re.sub(r"<[^>]+>", " ", inner).split()), href.replace("&amp;", "&")))
    return found


def hrefs_named(html, text):
    return [href for label, href in links(html) if label.startswith(text)]


def menu(html):
    return html.split('aria-label="Menu"', 1)[1].split("</nav>", 1)[0]


def footer(html):
    return html.split('<footer class="nhsuk-footer"', 1)[1]


# --- 1. Ways in -----------------------------------------------------------------------------


def test_how_to_get_help_offers_refer_online(client, demo_site):
    html = html_of(client, "/how-to-get-help/")
    assert "/refer/" in hrefs_named(html, "Refer online")


def test_each_postcode_result_offers_refer_online_for_that_area(client, demo_site):
    html = html_of(client, "/how-to-get-help/", postcode="sg1 2ab")
    assert "/refer/?postcode=SG1%202AB" in hrefs_named(html, "Refer online")


def test_refer_online_from_a_postcode_result_fills_in_the_postcode(client, demo_site):
    response = client.get("/refer/", {"postcode": "SG1 2AB"})
    # The postcode is kept for the journey, not in the address bar of the pages that follow.
    assert response.status_code == 302 and response["Location"] == "/refer/"
    assert "SG1 2AB" in html_of(client, "/refer/")
    client.post("/refer/start/")
    client.post("/refer/who/", {"referrer_kind": "parent"})
    client.post(
        "/refer/child/",
        {
            "first_name": "Sam",
            "last_name": "Jones",
            "date_of_birth_0": "1",
            "date_of_birth_1": "2",
            "date_of_birth_2": "2018",
        },
    )
    html = html_of(client, "/refer/postcode/")
    assert 'value="SG1 2AB"' in html


def test_a_postcode_outside_every_area_is_not_carried_into_the_referral(client, demo_site):
    client.get("/refer/", {"postcode": "not a postcode"})
    client.post("/refer/start/")
    client.post("/refer/who/", {"referrer_kind": "parent"})
    client.post(
        "/refer/child/",
        {
            "first_name": "Sam",
            "last_name": "Jones",
            "date_of_birth_0": "1",
            "date_of_birth_1": "2",
            "date_of_birth_2": "2018",
        },
    )
    assert "not a postcode" not in html_of(client, "/refer/postcode/")


def test_home_page_and_menu_offer_refer_online(client, demo_site):
    html = html_of(client, "/")
    main = html.split('id="maincontent"', 1)[1]
    assert "/refer/" in hrefs_named(main, "Refer online")
    assert "/refer/" in hrefs_named(menu(html), "Refer online")


def test_menu_marks_refer_online_as_current_inside_the_journey(client, demo_site):
    html = html_of(client, "/refer/")
    assert re.search(r'href="/refer/" aria-current="page"', menu(html))


def test_footer_has_where_is_my_referral_on_every_page(client, demo_site):
    for path in ("/", "/advice/", "/refer/"):
        assert "/refer/status/" in hrefs_named(footer(html_of(client, path)), "Where is my referral?"), path


def test_front_door_names_both_therapies(client, demo_site):
    home = html_of(client, "/")
    lede = home.split('class="nhsuk-lede-text"', 1)[1].split("</p>", 1)[0]
    assert "occupational therap" in lede and "speech and language therap" in lede
    nav = [label for label, _ in links(menu(home))]
    assert "About occupational therapy" in nav and "About speech and language therapy" in nav

    slt = html_of(client, "/about-speech-and-language-therapy/")
    assert "<h1>About speech and language therapy</h1>" in slt
    assert "/refer/" in hrefs_named(slt, "Refer online")

    start = html_of(client, "/refer/")
    intro = start.split("</h1>", 1)[1].split('<h2 class="nhsuk-heading-m">Who can refer', 1)[0]
    assert "occupational therapists" in intro and "speech and language therapists" in intro


# --- 4. Complaints and feedback; stories and who does what -------------------------------


def test_footer_leads_to_complaints_stories_and_who_does_what(client, demo_site):
    links_in_footer = footer(html_of(client, "/advice/"))
    assert "/complaints-and-feedback/" in hrefs_named(links_in_footer, "Complaints and feedback")
    assert "/stories/" in hrefs_named(links_in_footer, "Stories from families")
    assert "/who-does-what/" in hrefs_named(links_in_footer, "Who does what")


def test_complaints_page_gives_pals_the_trust_the_ombudsman_and_compliments(client, demo_site):
    html = html_of(client, "/complaints-and-feedback/")
    assert "<h1>Complaints and feedback</h1>" in html
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    assert "Patient Advice and Liaison Service (PALS)" in text
    pals = html.split("Patient Advice and Liaison Service (PALS)", 1)[1].split("<h2", 1)[0]
    assert 'href="tel:' in pals and 'href="mailto:' in pals
    assert "How to make a complaint" in text and "within 3 working days" in text
    assert "https://www.ombudsman.org.uk/" in hrefs_named(html, "Parliamentary and Health Service Ombudsman")
    assert "compliment" in text.lower()


def test_how_to_get_help_sends_complaints_to_the_complaints_page(client, demo_site):
    assert "/complaints-and-feedback/" in [href for _, href in links(html_of(client, "/how-to-get-help/"))]


def test_who_does_what_covers_education_camhs_paediatrics_social_care_and_the_local_offer(client, demo_site):
    text = " ".join(re.sub(r"<[^>]+>", " ", html_of(client, "/who-does-what/")).split())
    for words in ("EHCP", "SEN support", "CAMHS", "paediatrician", "social care", "Local Offer"):
        assert words.lower() in text.lower(), words


# --- 5. Review dates that stay true ------------------------------------------------------


def shown_review_dates(html):
    import datetime

    found = {}
    for label, text in re.findall(r"(Page last reviewed|Next review due): (\d{1,2} \w+ \d{4})", html):
        found[label] = datetime.datetime.strptime(text, "%d %B %Y").date()
    return found


def test_no_public_page_shows_a_review_date_in_the_past_or_future(client, demo_site):
    from django.utils import timezone
    from wagtail.models import Page

    today = timezone.localdate()
    checked = 0
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        dates = shown_review_dates(html_of(client, page.url))
        if "Next review due" in dates:
            assert dates["Next review due"] >= today, (
                f"{page.url} says the next review was due {dates['Next review due']}"
            )
        if "Page last reviewed" in dates:
            assert dates["Page last reviewed"] <= today, f"{page.url} says it was last reviewed in the future"
            checked += 1
    assert checked > 20


def test_an_overdue_story_shows_when_it_was_last_reviewed_and_no_past_due_date(client, demo_site):
    from django.utils import timezone

    from home.models import StoryPage

    story = StoryPage.objects.get(slug="getting-dressed-for-school")
    # The demo keeps one story overdue, so the review report always has one to show.
    assert story.next_review_due < timezone.localdate()
    dates = shown_review_dates(html_of(client, story.url))
    assert dates["Page last reviewed"] == story.last_reviewed
    assert "Next review due" not in dates


# --- 6. Search in families' words --------------------------------------------------------

# The table of family queries is in test_search_family_queries.py, beside the synonyms they rely on.


def test_where_is_my_referral_is_offered_first_when_searched_for(client, demo_site):
    html = html_of(client, "/search/", q="where is my referral")
    main = html.split('id="maincontent"', 1)[1]
    first = [href for label, href in links(main) if not href.startswith("?")][0]
    assert first == "/refer/status/"
    assert "/refer/" in hrefs_named(main, "Refer online")
