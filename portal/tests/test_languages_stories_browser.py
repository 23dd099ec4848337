"""The stories and the family workshops page in a real Chromium, in English and, once translated, in Polish
(issue 22): the templates' own words follow the page's language; the English pages read as before. axe on
every page."""

import pytest
from playwright.sync_api import expect

from portal.tests.support import shot
from portal.tests.test_languages_stories import translated_story
from resources.tests.factories import translated_workshops_page

pytestmark = pytest.mark.browser


def test_stories_and_workshops_read_in_english_and_in_polish(live_demo_site, browser_page, axe):
    base_url, page = live_demo_site.url, browser_page
    page.set_viewport_size({"width": 1024, "height": 800})
    story = translated_story("pl")
    workshops = translated_workshops_page("pl")

    page.goto(f"{base_url}/stories/")
    expect(page.locator("main")).to_contain_text("Filter stories")
    expect(page.get_by_role("button", name="Show stories")).to_be_visible()
    axe(page, context="stories, English")
    shot(page, "stories-en")
    page.goto(f"{base_url}/pl/stories/")
    expect(page.locator("main")).to_contain_text("Filtruj historie")
    expect(page.get_by_role("button", name="Pokaż historie")).to_be_visible()
    axe(page, context="stories, Polish")
    shot(page, "stories-pl")
    page.goto(f"{base_url}/pl/stories/{story.slug}/")
    expect(page.locator("main")).to_contain_text("Udostępnione za zgodą")
    axe(page, context="a story, Polish")
    shot(page, "story-pl")

    page.goto(f"{base_url}{workshops.url}")
    expect(page.locator("main")).to_contain_text("Workshop dates")
    expect(page.locator("main")).to_contain_text("Who it is for")
    axe(page, context="family workshops, English")
    shot(page, "workshops-en")
    page.goto(f"{base_url}/pl{workshops.url}")
    expect(page.locator("main")).to_contain_text("Terminy warsztatów")
    expect(page.locator("main")).to_contain_text("Dla kogo")
    expect(page.locator("main")).not_to_contain_text("Who it is for")
    axe(page, context="family workshops, Polish")
    shot(page, "workshops-pl")
