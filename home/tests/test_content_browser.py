"""The feedback widget and search, in a real Chromium with axe-core, without JavaScript help."""

import pytest
from playwright.sync_api import expect

from home.models import PageFeedback

pytestmark = pytest.mark.browser


def test_feedback_widget_and_search_work_and_have_no_axe_violations(live_demo_site, browser_page, axe):
    base_url = live_demo_site.url
    page = browser_page

    page.goto(base_url + "/about-occupational-therapy/")
    feedback = page.locator("#feedback")
    assert "Is this page useful?" in feedback.inner_text()
    axe(page, context="content page with feedback question")

    feedback.get_by_role("button", name="No this page is not useful").click()
    comment = page.get_by_label("How could we make this page better? (optional)")
    expect(comment).to_be_visible()
    axe(page, context="feedback comment step")

    comment.fill("More pictures please. Call me on 07700 900123.")
    page.get_by_role("button", name="Send comment").click()
    assert "Thank you for your feedback" in page.locator("#feedback").inner_text()
    assert "feedback=thanks" in page.url
    axe(page, context="feedback thank you")
    stored = PageFeedback.objects.get(comment__startswith="More pictures please")  # the demo has feedback too
    assert not stored.useful
    assert stored.comment == "More pictures please. Call me on [number removed]."

    page.goto(base_url + "/search/?q=handwriting")
    tags = page.locator("main .nhsuk-tag").all_inner_texts()
    assert {"Advice", "School pack", "Story"} <= set(tags)
    axe(page, context="search results with types")

    page.get_by_role("link", name="Story (1)").click()
    assert page.locator("main .nhsuk-tag").all_inner_texts() == ["Story"]

    page.goto(base_url + "/search/?q=qwxzvv")
    expect(page.get_by_role("link", name="Check your child's needs")).to_be_visible()
    axe(page, context="search with no results")

    page.goto(base_url + "/stories/?area=getting-dressed")
    assert page.locator("h1").inner_text() == "Stories from families"
    axe(page, context="stories listing filtered")
