"""The privacy notice tells families about the files schools attach to referrals and about workshop bookings:
what is kept, why, who sees it and for how long (issue 18). The demo notice is what a new service starts with."""

import re

from django.conf import settings

from home.demo.information_pages import PRIVACY_NOTICE


def notice_text():
    html = " ".join(str(block["value"]) for block in PRIVACY_NOTICE["body"])
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def section(heading):
    text = notice_text()
    return text.split(heading, 1)[1][:900]


def test_files_from_school_say_what_why_who_and_how_long():
    files = section("When a school sends files with a referral")
    assert "assess, plan, do and review notes" in files and "writing" in files  # what
    assert "so your child's therapist can see" in files  # why
    assert "Only staff in the team that receives the referral can open them" in files  # who
    years = settings.REFERRAL_RETENTION_DAYS // 365
    assert f"deleted with the referral details, {years} years after the referral is closed" in files  # how long
    assert "location" in files  # photos are kept without where they were taken


def test_workshop_bookings_say_what_is_kept_and_for_how_long():
    workshops = section("When you book a workshop")
    assert "your name and email address" in workshops
    days = settings.TRAINING_BOOKING_RETENTION_DAYS
    assert f"Training and workshop bookings (names and email addresses) are deleted {days} days after the session" in (
        notice_text()
    )
