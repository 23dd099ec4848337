"""The Polish and Urdu pages whose last English words went (issue 22) in a real Chromium: How to get help's postcode
form and its answer, waiting times, an advice topic's do and don't lists, advice filtered by area, search, and
the Urdu progress record's chart drawn right to left. axe on every page; Urdu pages fit 320 px."""

import pytest
from playwright.sync_api import expect

from portal.tests.support import shot, shot_of

pytestmark = pytest.mark.browser


def fits_the_width(page):
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_a_polish_parent_finds_their_team_filters_advice_and_searches_in_polish(live_demo_site, browser_page, axe):
    base_url, page = live_demo_site.url, browser_page
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(base_url + "/pl/how-to-get-help/")
    page.get_by_label("Twój kod pocztowy").fill("not a postcode")
    page.get_by_role("button", name="Znajdź swój zespół").click()
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Wpisz pełny brytyjski kod pocztowy")
    axe(page, context="How to get help, Polish, postcode error")
    shot(page, "gaps-pl-postcode-error")
    page.get_by_label("Twój kod pocztowy").fill("sg1 2ab")
    page.get_by_role("button", name="Znajdź swój zespół").click()
    expect(page.locator("h1")).to_contain_text("Twój lokalny zespół dla kodu SG1 2AB")
    expect(page.locator("main")).to_contain_text("Mniej więcej")
    expect(page.locator("main")).not_to_contain_text("weeks")
    axe(page, context="team finder answer, Polish")
    shot(page, "gaps-pl-finder-result")

    page.goto(base_url + "/pl/waiting-times/")
    expect(page.locator("main dl").first).to_contain_text("zaktualizowano")
    axe(page, context="waiting times, Polish")
    shot(page, "gaps-pl-waiting-times")
    shot_of(page.locator("svg.portal-chart").first, "gaps-pl-waiting-times-chart")

    page.goto(base_url + "/pl/advice/getting-dressed/")
    expect(page.locator(".nhsuk-do-dont-list__label")).to_have_text(["Co robić", "Czego nie robić"])
    axe(page, context="advice topic, Polish")
    shot(page, "gaps-pl-advice-topic")

    page.goto(base_url + "/pl/advice/")
    page.get_by_label("Obszar codziennego życia").select_option("hand-skills")
    page.get_by_role("button", name="Pokaż wyniki").click()
    expect(page.locator("main").get_by_role("link", name="Cięcie nożyczkami")).to_be_visible()
    axe(page, context="advice filtered by area, Polish")
    shot(page, "gaps-pl-advice-filtered")

    page.goto(base_url + "/pl/search/")
    page.locator("main").get_by_label("Szukaj w tej witrynie").fill("nożyczki")
    page.locator("#main-form").get_by_role("button", name="Szukaj").click()
    assert page.locator("html").get_attribute("lang") == "pl"
    expect(page.locator(".portal-untranslated")).to_have_count(0)
    expect(page.locator("main")).to_contain_text("dla „")
    axe(page, context="search, Polish")
    shot(page, "gaps-pl-search")


def test_an_urdu_parent_reads_search_waits_and_the_progress_chart_right_to_left(live_demo_site, browser_page, axe):
    base_url, page = live_demo_site.url, browser_page
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(base_url + "/ur/search/?q=zzzqqq")
    assert page.locator("html").get_attribute("dir") == "rtl"
    expect(page.locator(".portal-untranslated")).to_have_count(0)
    expect(page.locator("main")).to_contain_text("ہجے چیک کریں")
    assert fits_the_width(page)
    axe(page, context="search with nothing found, Urdu")
    shot(page, "gaps-ur-search-nothing")

    page.goto(base_url + "/ur/waiting-times/")
    expect(page.locator("main dl").first).to_contain_text("اپ ڈیٹ ہوا")
    assert fits_the_width(page)
    axe(page, context="waiting times, Urdu")
    shot(page, "gaps-ur-waiting-times")
    shot_of(page.locator("svg.portal-chart").first, "gaps-ur-waiting-times-chart")

    page.goto(base_url + "/ur/advice/getting-dressed/")
    expect(page.locator(".nhsuk-do-dont-list__label")).to_have_text(["کیا کریں", "کیا نہ کریں"])
    assert fits_the_width(page)
    shot(page, "gaps-ur-advice-topic")

    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(base_url + "/ur/self-assessment/progress/")
    page.locator("input[name=code]").fill("DMPRG RSS23")
    page.locator("#main-form button[type=submit]").click()
    chart = page.locator("svg.portal-chart").first
    expect(chart).to_be_visible()
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    dots = [circle.bounding_box() for circle in chart.locator("circle").all()]
    assert len(dots) >= 2
    assert [dot["x"] for dot in dots] == sorted((dot["x"] for dot in dots), reverse=True)  # earliest on the right
    # The value axis's numbers sit right of the plot, inside the chart (not cut off, not mirrored).
    numbers = [text for text in chart.locator("text").all() if (text.text_content() or "").isdigit()]
    assert numbers
    for number in numbers:
        where = number.bounding_box()
        assert where["x"] > max(dot["x"] for dot in dots) and where["x"] + where["width"] <= box["x"] + box["width"] + 1
    # Every label is inside the chart's box: the rotated dates too.
    for label in chart.locator("text").all():
        where = label.bounding_box()
        assert where["x"] >= box["x"] - 1 and where["x"] + where["width"] <= box["x"] + box["width"] + 1, (
            label.text_content()
        )
        assert where["y"] + where["height"] <= box["y"] + box["height"] + 1, label.text_content()
    axe(page, context="progress record, Urdu")
    shot(page, "gaps-ur-progress-record")
    shot_of(chart, "gaps-ur-progress-chart")
