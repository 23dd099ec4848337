import pytest

from referrals.models import Referral

pytestmark = pytest.mark.browser


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
    assert page.title().startswith("Error: ")
    assert page.get_by_text("Date of birth must be a real date").first.is_visible()
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
    assert page.get_by_text("<b>Getting dressed</b> takes an hour").is_visible()
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


def test_school_journey_with_parents_agreement_and_axe(live_demo_site, browser_page, axe):
    """A SENCo refers with a parent's agreement: the consent and contact steps ask them different questions."""
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
    assert page.title().startswith("Error: ")
    summary = page.locator(".nhsuk-error-summary")
    assert "Enter the parent or carer's phone number or email address" in summary.inner_text()
    axe(page, "consent (school), with errors")
    page.get_by_label("Parent or carer's email address").fill("robin@example.org")
    page.get_by_role("button", name="Continue").click()

    page.get_by_label("Your full name").fill("Sandy Senco")
    page.get_by_label("Your job title").fill("SENCo")
    page.get_by_label("Where you work").fill("Example Primary School")
    page.get_by_label("Email address").fill("senco@example.org")
    page.get_by_label("By email").check()
    axe(page, "contact (school)")
    page.get_by_role("button", name="Continue").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Check your answers before sending the referral"
    assert page.get_by_text("robin@example.org").is_visible()
    axe(page, "check answers (school)")
    page.get_by_role("button", name="Send referral").click()
    referral = Referral.objects.get(child_first_name="Quill")
    assert page.get_by_test_id("reference").inner_text() == referral.reference
    assert (referral.referrer_kind, referral.parent_email, referral.contact_email) == (
        "school",
        "robin@example.org",
        "senco@example.org",
    )
    assert referral.team.slug == "stevenage-north-herts"
    axe(page, "confirmation (school)")
