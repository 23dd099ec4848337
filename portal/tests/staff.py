"""Signing a member of staff in for a test as they would be in production: password and second factor."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.staff_auth import devices


def sign_in_with_second_factor(client, user):
    """Signed in with a confirmed authenticator app, so the admin opens even with REQUIRE_STAFF_2FA on."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
        user=user, name=devices.APP_DEVICE_NAME, confirmed=True
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
