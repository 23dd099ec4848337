"""The two kinds of second factor a member of staff has: an authenticator app (TOTP) and a
set of single-use recovery codes (django-otp's static device)."""

from django.conf import settings
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10


def two_factor_required(user):
    """Everyone with a confirmed device is asked for it; everyone else only when the setting is on."""
    return settings.REQUIRE_STAFF_2FA or has_app_device(user)


def has_app_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_app_device(user):
    """The unconfirmed device an enrolment shows as a QR code, kept until its first code is entered."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def new_recovery_codes(user):
    """Replace the user's recovery codes with 10 fresh ones and return them (shown once)."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True})
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
