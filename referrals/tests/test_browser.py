from pathlib import Path

import pytest
from playwright.sync_api import expect

from portal.tests.support import ERROR_TITLE, shot, shot_of
from referrals.models import Referral

pytestmark = pytest.mark.browser


@pytest.mark.slow
def test_parent_journey_end_to_end_with_axe(live_demo_site, browser_page, axe):
    page = browser_page
    page.goto(f"{live_demo_site.url}/refer/")
    axe(page, "start page")
    page.get_by_role("button", name="Start now").click()
    page.get_by_label("I am the child's parent or carer").check()
    axe(page, "who is referring")
    page.get_by_role("button", name="Continue").click()

    page.get_by_label("First name").fill("Zed")
    page.get_by_label("Last name").fill("Example")
    page.get_by_label("Day").fill("31")
    page.get_by_label("Month").fill("2")
    page.get_by_label("Year").fill("2018")
    page.get_by_label("NHS number").fill("943 476 5918")
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(ERROR_TITLE)
    expect(page.get_by_text("Date of birth must be a real date").first).to_be_visible()
    axe(page, "about the child, with errors")
    page.get_by_label("Day").fill("15")
    page.get_by_label("Month").fill("3")
    page.get_by_label("NHS number").fill("943 476 5919")
    page.get_by_role("button", name="Continue").click()

    page.get_by_label("What is the child's home postcode?").fill("sg1 2ab")
    axe(page, "postcode")
    page.get_by_role("button", name="Continue").click()
    axe(page, "school")
    page.get_by_role("button", name="Continue").click()
    page.locator("input[name=life_areas]").first.check()
    page.get_by_label("What would you like help with?").fill("<b>Getting dressed</b> takes an hour")
    axe(page, "needs")
    page.get_by_role("button", name="Continue").click()
    axe(page, "other services")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("radio", name="No", exact=True).check()
    axe(page, "communication")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("I agree to this referral").check()
    page.get_by_label("I agree that the team can share").check()
    axe(page, "consent")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Your full name").fill("Sam Example")
    page.get_by_label("Email address").fill("sam@example.org")
    page.get_by_label("By email").check()
    axe(page, "contact")
    page.get_by_role("button", name="Continue").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Check your answers before sending the referral"
    expect(page.get_by_text("<b>Getting dressed</b> takes an hour")).to_be_visible()
    axe(page, "check answers")
    page.get_by_role("button", name="Send referral").click()
    referral = Referral.objects.get(child_first_name="Zed")
    assert page.get_by_test_id("reference").inner_text() == referral.reference
    axe(page, "confirmation")
    triage_screens(live_demo_site, page, axe)


def triage_screens(live_demo_site, page, axe):
    """Part of the test above: each live_demo_site test reloads the whole demo."""
    page.goto(f"{live_demo_site.url}/admin/login/")
    page.get_by_label("Username").fill("triage-north")
    page.get_by_label("Password").fill("demo-password-for-tests")
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{live_demo_site.url}/admin/referrals/?status=received")
    axe(page, "triage queue")
    rows = page.locator("table.listing tbody a")
    assert rows.count() > 0
    reference = rows.first.inner_text()
    rows.first.click()
    page.wait_for_url("**/admin/referrals/*/")
    axe(page, "referral in full")
    page.get_by_label("Specialist help (assessment with a therapist)").check()
    page.get_by_role("button", name="Accept").click()
    page.wait_for_load_state()
    assert page.get_by_test_id("status").inner_text() == "Accepted: specialist help"
    referral = Referral.objects.get(reference=reference)
    assert referral.team.slug == "stevenage-north-herts"


@pytest.mark.slow
def test_school_journey_with_parents_agreement_and_axe(live_demo_site, browser_page, axe, chromium, tmp_path):
    """A SENCo refers with a parent's agreement and an attached review note: the consent and contact
    steps ask them different questions, the school is asked for once, and only the receiving team
    can open the file."""
    page = browser_page
    page.goto(f"{live_demo_site.url}/refer/")
    page.get_by_role("button", name="Start now").click()
    page.get_by_label("I work at the child's school or nursery").check()
    axe(page, "who is referring (school)")
    page.get_by_role("button", name="Continue").click()

    page.get_by_label("First name").fill("Quill")
    page.get_by_label("Last name").fill("Example")
    page.get_by_label("Day").fill("4")
    page.get_by_label("Month").fill("9")
    page.get_by_label("Year").fill("2017")
    axe(page, "about the child (school)")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("What is the child's home postcode?").fill("SG2 8UT")
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Which school or nursery does the child go to?").fill("Example Primary School")
    axe(page, "school (school)")
    page.get_by_role("button", name="Continue").click()
    page.locator("input[name=life_areas]").first.check()
    page.get_by_label("What would you like help with?").fill("Cannot hold scissors or a pencil for long.")
    page.get_by_label("What have you tried already?").fill("Pencil grips and sensory circuits.")
    page.get_by_role("button", name="Continue").click()
    school_files(page, axe, tmp_path)
    axe(page, "other services (school)")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("radio", name="No", exact=True).check()
    page.get_by_role("button", name="Continue").click()

    # Consent: the school confirms a parent agreed, and must give the parent's contact.
    page.get_by_label("A parent or carer has agreed to this referral").check()
    page.get_by_label("They agreed that the team can share").check()
    page.get_by_label("Parent or carer's full name").fill("Robin Example")
    axe(page, "consent (school)")
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(ERROR_TITLE)
    summary = page.locator(".nhsuk-error-summary")
    assert "Enter the parent or carer's phone number or email address" in summary.inner_text()
    axe(page, "consent (school), with errors")
    page.get_by_label("Parent or carer's email address").fill("robin@example.org")
    page.get_by_role("button", name="Continue").click()

    page.get_by_label("Your full name").fill("Sandy Senco")
    page.get_by_label("Your job title").fill("SENCo")
    # Asked once: where they work is the child's school unless they say otherwise.
    expect(page.get_by_text("Leave this empty if you work at Example Primary School")).to_be_visible()
    page.get_by_label("Email address").fill("senco@example.org")
    page.get_by_label("By email").check()
    axe(page, "contact (school)")
    page.get_by_role("button", name="Continue").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Check your answers before sending the referral"
    expect(page.get_by_text("robin@example.org")).to_be_visible()
    expect(page.get_by_text("APDR review.pdf (PDF")).to_be_visible()
    shot(page, "school-files-check-answers")
    axe(page, "check answers (school)")
    page.get_by_role("button", name="Send referral").click()
    referral = Referral.objects.get(child_first_name="Quill")
    assert referral.referrer_organisation == "Example Primary School"
    assert [file.name for file in referral.attachments.all()] == ["APDR review.pdf", "Writing sample.png"]
    assert page.get_by_test_id("reference").inner_text() == referral.reference
    assert (referral.referrer_kind, referral.parent_email, referral.contact_email) == (
        "school",
        "robin@example.org",
        "senco@example.org",
    )
    assert referral.team.slug == "stevenage-north-herts"
    axe(page, "confirmation (school)")
    files_for_the_receiving_team_only(live_demo_site, chromium, referral, axe, tmp_path)


def school_files(page, axe, tmp_path):
    """Part of the school journey: the files page, with JavaScript and without."""
    assert page.get_by_role("heading", level=1).inner_text() == "Send notes or work from school"
    axe(page, "school files")
    shot(page, "school-files-empty")
    # A web page renamed .pdf: refused by its content, in the error summary, focus on the summary.
    fake = tmp_path / "APDR review.pdf"
    fake.write_bytes(b"<html><body>Not really a PDF</body></html>")
    page.locator("input[type=file]").set_input_files(str(fake))
    page.get_by_role("button", name="Add file").click()
    expect(page).to_have_title(ERROR_TITLE)
    summary = page.locator(".nhsuk-error-summary")
    assert "The selected file must be a PDF, Word document (.docx), JPG or PNG" in summary.inner_text()
    assert page.evaluate("document.activeElement.classList.contains('nhsuk-error-summary')")
    summary.get_by_role("link").click()
    # The summary's link lands in the file upload (its "Choose file" button, once JavaScript has enhanced it).
    assert page.evaluate("document.activeElement.closest('.nhsuk-file-upload__drop-zone') !== null")
    shot(page, "school-files-wrong-type")
    axe(page, "school files, wrong type")

    fake.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    page.locator("input[type=file]").set_input_files(str(fake))
    page.get_by_role("button", name="Add file").click()
    expect(page).not_to_have_title(ERROR_TITLE)
    expect(page.get_by_test_id("files-added").get_by_role("term").get_by_text("APDR review.pdf")).to_be_visible()
    shot(page, "school-files-one-added")
    axe(page, "school files, one added")

    # The same page without JavaScript: a plain file input and buttons, nothing lost.
    context = page.context.browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    context.add_cookies(page.context.cookies())
    plain = context.new_page()
    plain.goto(page.url)
    image = tmp_path / "Writing sample.png"
    image.write_bytes(png_bytes())
    plain.locator("input[type=file]").set_input_files(str(image))
    plain.get_by_role("button", name="Continue").click()
    assert plain.get_by_role("heading", level=1).inner_text().startswith("Which other services are helping the child?")
    plain.go_back()
    plain.reload()
    expect(plain.get_by_test_id("files-added").get_by_role("term").get_by_text("Writing sample.png")).to_be_visible()
    shot(plain, "school-files-no-javascript-phone")
    context.close()
    page.reload()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Which other services are helping the child?")


def png_bytes():
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(out, "PNG")
    return out.getvalue()


def files_for_the_receiving_team_only(live_demo_site, chromium, referral, axe, tmp_path):
    note = referral.attachments.get(name="APDR review.pdf")
    url = f"{live_demo_site.url}/admin/referrals/{referral.pk}/files/{note.pk}/"
    for username, allowed in (("triage-north", True), ("triage-south", False)):
        context = chromium.new_context(viewport={"width": 1024, "height": 800})
        page = context.new_page()
        page.goto(f"{live_demo_site.url}/admin/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill("demo-password-for-tests")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/admin/")
        if allowed:
            page.goto(f"{live_demo_site.url}/admin/referrals/{referral.pk}/")
            files = page.get_by_test_id("attachments")
            expect(files.get_by_role("link", name="APDR review.pdf")).to_be_visible()
            axe(page, "referral with the school's files")
            files.scroll_into_view_if_needed()
            shot_of(files, "school-files-triage-screen")
            with page.expect_download() as download:
                files.get_by_role("link", name="APDR review.pdf").click()
            assert Path(download.value.path()).read_bytes().startswith(b"%PDF-1.4")
            assert download.value.suggested_filename == "APDR review.pdf"
        else:
            assert page.goto(f"{live_demo_site.url}/admin/referrals/{referral.pk}/").status == 404
        assert page.request.get(url).status == (200 if allowed else 404)
        context.close()
