"""The one place a staff password is checked, with the sign-in limits applied.

Django calls the authentication backend from every form that takes a password: the admin's
sign-in, Wagtail's front-end login, a password change, anything added later. Counting failures
and refusing locked accounts here, rather than in each view, means no route can check passwords
without the limits (a penetration test found twelve guesses allowed at /_util/login/).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from portal.staff_auth import lockout


class LockoutModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if request is None:
            # Management commands and the shell have no client to count; nothing is exposed there.
            return super().authenticate(request, username=username, password=password, **kwargs)
        if lockout.is_locked(request, username):
            # Stops every backend: the password is not even checked while the account is locked.
            raise PermissionDenied("Signing in is paused for this account or client.")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            lockout.record_failure(request, username)
        return user
