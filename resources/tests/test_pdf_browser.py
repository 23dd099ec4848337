"""Issue 20 in a real Chromium: the KS2 handwriting pack printed from the browser has the same content and branding
as its PDF; a schools editor's saved draft leaves the PDF as it was (the edit screen says so), and once the approver
approves it the PDF schools download has the new words. axe finds nothing on the printed page or the panel.
SCREENSHOT_DIR=... keeps a picture of each step."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from pypdf import PdfReader

from home.models import ServiceSettings
from portal.tests.support import settled, shot
from portal.tests.support import sign_in_in_browser as sign_in
from resources.models import ResourcePackPage
from resources.pdf import online_address

pytestmark = pytest.mark.browser

NEW_WORDS = "Put a non-slip mat under the paper if it moves."
# The text of every heading and list item the printed page shows (hidden ones, such as the download card, left out).
PRINTED_TEXTS = """Array.from(document.querySelectorAll('main h1, main h2, main h3, main li'))
  .filter(element => element.checkVisibility()).map(element => element.innerText.split(/\\s+/).join(' ').trim())"""


def pdf_text(path):
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def download_from(page, link):
    with page.expect_download() as download_info:
        link.click()
    return pdf_text(download_info.value.path())


def axe_on(page, selector, what):
    """axe on one part of a Wagtail screen: ours, not the rest of Wagtail's editor."""
    results = Axe().run(settled(page), context=selector)
    assert results.violations_count == 0, f"axe found problems on {what}:\n{results.generate_report()}"


@pytest.mark.slow
def test_the_printed_pack_matches_its_pdf_and_only_an_approved_edit_changes_the_pdf(
    file_storage, live_demo_site, browser_page, axe
):
    page, base_url = browser_page, live_demo_site.url
    pack = ResourcePackPage.objects.get(slug="handwriting-key-stage-2")
    service = ServiceSettings.for_site(pack.get_site())
    pack_url = f"{base_url}{pack.url}"

    # A SENCo downloads the pack, then prints the page instead.
    page.goto(pack_url)
    pdf = download_from(page, page.locator("main").get_by_role("link", name=pack.title, exact=True))
    page.emulate_media(media="print")
    for chrome in (".nhsuk-header", ".nhsuk-breadcrumb", ".nhsuk-footer", "#feedback", "main a[download]"):
        expect(page.locator(chrome).first).to_be_hidden()
    masthead = page.locator("main .pack-masthead")
    expect(masthead).to_be_visible()
    for words in (service.service_name, service.phone, service.email):
        expect(masthead).to_contain_text(words)
        assert words in pdf
    address = online_address(pack)
    for words in (
        f"Last reviewed: {pack.last_reviewed:%-d %B %Y}",
        f"Next review due: {pack.next_review_due:%-d %B %Y}",
        f"Online version: {address}",
    ):
        expect(page.get_by_text(words, exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Read this pack online and contact us")).to_be_visible()
    printed = page.evaluate(PRINTED_TEXTS)
    assert "Check the basics first" in printed and "Read this pack online and contact us" in printed
    assert [text for text in printed if text not in pdf] == []
    axe(page, context="the pack page as printed")
    shot(page, "pack-pdf-0-printed-page")
    page.emulate_media(media="screen")

    # The schools editor adds a line and saves a draft: the PDF stays the published version.
    sign_in(page, base_url, "schools-editor")
    edit = f"{base_url}/admin/pages/{pack.pk}/edit/"
    page.goto(edit)
    page.locator("[contenteditable='true'] li", has_text="The other hand holds the paper still.").click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type(NEW_WORDS)
    # Draftail copies what is typed into the form a moment later.
    page.wait_for_function(
        "words => Array.from(document.querySelectorAll('input[type=hidden]')).some(i => i.value.includes(words))",
        arg=NEW_WORDS,
    )
    page.get_by_role("button", name="Save draft").click()
    panel = page.locator("#resources-pack-pdf")
    expect(panel).to_contain_text(
        "Changes saved since then are not in the PDF. They will be when this page is published after approval."
    )
    panel.scroll_into_view_if_needed()
    axe_on(page, "#resources-pack-pdf", "the PDF for schools panel with a draft")
    shot(page, "pack-pdf-1-draft-saved")
    draft_pdf = download_from(page, panel.get_by_role("link", name="Download the PDF schools get"))
    assert "The other hand holds the paper still." in draft_pdf and NEW_WORDS not in draft_pdf

    page.locator("footer [data-w-dropdown-target='toggle'], footer button.dropdown-toggle").last.click()
    page.get_by_role("button", name="Submit to Content check").click()
    page.wait_for_url(f"**/admin/pages/{pack.get_parent().pk}/")

    # The approver approves: the page goes live, and so does its PDF.
    sign_in(page, base_url, "approver")
    page.goto(edit)
    page.locator("footer [data-w-dropdown-target='toggle'], footer button.dropdown-toggle").last.click()
    page.get_by_role("button", name="Approve and Publish").click()
    page.wait_for_url(f"**/admin/pages/{pack.get_parent().pk}/")
    page.goto(edit)
    expect(panel).to_contain_text("It shows the published version of this page, saved on")
    expect(panel).not_to_contain_text("not in the PDF")
    panel.scroll_into_view_if_needed()
    axe_on(page, "#resources-pack-pdf", "the PDF for schools panel once published")
    shot(page, "pack-pdf-2-approved")

    page.context.clear_cookies()
    page.goto(pack_url)
    published_pdf = download_from(page, page.locator("main").get_by_role("link", name=pack.title, exact=True))
    assert NEW_WORDS in published_pdf
    page.emulate_media(media="print")
    expect(page.get_by_text(NEW_WORDS)).to_be_visible()
    assert [text for text in page.evaluate(PRINTED_TEXTS) if text not in published_pdf] == []
