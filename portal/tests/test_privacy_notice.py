"""The privacy notice promises the retention times the portal actually enforces."""

from django.conf import settings

from home.demo.information_pages import PRIVACY_NOTICE


def notice_text():
    return " ".join(str(block) for block in PRIVACY_NOTICE["body"])


def test_referral_retention_matches_the_setting():
    years, days = divmod(settings.REFERRAL_RETENTION_DAYS, 365)
    assert days == 0, "say the retention in whole years, or change the notice's wording"
    assert f"deleted {years} years after the referral is closed" in notice_text()


def test_training_booking_retention_matches_the_setting():
    assert f"deleted {settings.TRAINING_BOOKING_RETENTION_DAYS} days after the session" in notice_text()


def test_self_assessment_retention_matches_the_setting():
    years, days = divmod(settings.SELFASSESS_RETENTION_DAYS, 365)
    assert days == 0, "say the retention in whole years, or change the notice's wording"
    assert f"deleted {years} year{'' if years == 1 else 's'} after you finish" in notice_text()
