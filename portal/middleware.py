"""Middleware for every request: security headers, no-store on personal pages, the public POST
ceiling, staff session expiry and the second factor, maintenance mode.

Every decision about *which part of the site* a request is for looks at `request.path_info`,
the path Django routes on, never at `request.path`. The two differ by the WSGI SCRIPT_NAME,
which a server may take from a request header (gunicorn does, from any peer it trusts): with
`SCRIPT_NAME: /x`, `/x/admin/referrals/export/` is routed to the admin while `request.path`
starts with `/x/`. `ScriptNameGuardMiddleware` also refuses a SCRIPT_NAME the deployment did not
configure, and portal/gunicorn.conf.py stops gunicorn taking one from a header at all.

Content Security Policy: public pages get a strict policy with a per-request nonce, whoever is
signed in (a stored script would otherwise run exactly for staff). The sign-in pages get the
same strict scripts. Only the rest of the Wagtail admin, which needs inline scripts, gets the
looser policy.
"""

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.urls import Resolver404, resolve, reverse

ADMIN_PREFIX = "/admin/"

# The admin pages someone who has only typed a password may open: the sign-in steps themselves.
SIGN_IN_URL_NAMES = (
    "staff_sign_in",  # our sign-in view, in front of Wagtail's at the same address
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",  # translations the sign-in pages themselves load
    "wagtailadmin_sprite",  # the icons those pages load; redirected, the page itself was drawn into them
    "staff_auth:enrol",
    "staff_auth:verify",
    "staff_auth:recovery-codes",
    "staff_password_reset",  # ours, in front of Wagtail's at the same address
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
)


def routed_path(request):
    """The path Django routes this request on (without any SCRIPT_NAME prefix)."""
    return request.path_info


def is_admin_request(request):
    return routed_path(request).startswith(ADMIN_PREFIX)


def routed_view_name(request):
    try:
        return resolve(routed_path(request)).view_name
    except Resolver404:
        return None


def is_sign_in_request(request):
    return is_admin_request(request) and routed_view_name(request) in SIGN_IN_URL_NAMES


class ScriptNameGuardMiddleware:
    """Refuse a request whose SCRIPT_NAME the deployment did not set (settings.FORCE_SCRIPT_NAME).

    The portal is served from the root of its domain. A SCRIPT_NAME arriving anyway came from a
    request header a server trusted; answering it would only help someone probe for a way round
    a path-based rule. Goes first.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        configured = (settings.FORCE_SCRIPT_NAME or "").rstrip("/")
        received = request.META.get("SCRIPT_NAME", "").rstrip("/")
        if received != configured:
            return HttpResponseBadRequest("Bad request", content_type="text/plain")
        return self.get_response(request)


VIDEO_FRAME_SOURCES = "https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com"

PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), interest-cohort=()"
)


def public_policy(nonce):
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            f"frame-src {VIDEO_FRAME_SOURCES}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def sign_in_policy(nonce):
    # The sign-in and second-factor pages run only Wagtail's own script files: no inline script,
    # no eval. Wagtail's markup still carries a few style attributes.
    return public_policy(nonce).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


def admin_policy(nonce):
    # Wagtail's admin relies on inline scripts and styles, and previews pages in a same-origin frame.
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
            f"frame-src 'self' {VIDEO_FRAME_SOURCES}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        ]
    )


def policy_for(request, nonce):
    if not is_admin_request(request):
        return public_policy(nonce)
    if is_sign_in_request(request):
        return sign_in_policy(nonce)
    return admin_policy(nonce)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        nonce = secrets.token_urlsafe(18)
        request.csp_nonce = nonce
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = policy_for(request, nonce)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def no_store_path(path):
    return path.startswith(tuple(settings.NO_STORE_PATH_PREFIXES))


class NoStoreMiddleware:
    """`Cache-Control: no-store` on every page under the prefixes in settings.NO_STORE_PATH_PREFIXES.

    These pages show personal or health details (referral answers, bookings, self-assessment
    answers, the admin). Doing it here by URL means a new view cannot forget it, and no browser,
    shared computer's back button or proxy keeps a copy.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if no_store_path(routed_path(request)):
            response["Cache-Control"] = "no-store, private"
            response.headers.pop("Expires", None)
        return response


class PublicPostRateLimitMiddleware:
    """A generous per-client ceiling on every POST outside the admin.

    Views add their own, tighter limits (portal.ratelimit.rate_limited); this catches any public
    form that has none yet, so flooding one cannot fill the database or the outbox.
    """

    GROUP = "public-post"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from portal.ratelimit import hit, too_many_requests

        public_post = request.method == "POST" and not is_admin_request(request)
        if public_post and hit(request, self.GROUP):
            return too_many_requests(request, self.GROUP)
        return self.get_response(request)


class StaffSessionExpiryMiddleware:
    """Sign staff out after STAFF_SESSION_IDLE_SECONDS without a request, and
    STAFF_SESSION_MAX_SECONDS after they signed in, whatever "Remember me" said.

    A forgotten admin tab on a shared computer then cannot be used to read referrals.
    Goes after AuthenticationMiddleware.
    """

    SIGNED_IN_AT = "staff_signed_in_at"
    SEEN_AT = "staff_seen_at"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        import time

        from django.contrib import auth, messages
        from django.contrib.auth.views import redirect_to_login

        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            signed_in_at = request.session.setdefault(self.SIGNED_IN_AT, now)
            seen_at = request.session.get(self.SEEN_AT, now)
            idle = now - seen_at > settings.STAFF_SESSION_IDLE_SECONDS
            too_long = now - signed_in_at > settings.STAFF_SESSION_MAX_SECONDS
            if idle or too_long:
                auth.logout(request)
                if is_admin_request(request):
                    messages.info(request, "You were signed out to keep information safe. Sign in again to carry on.")
                    return redirect_to_login(self.return_to(request), "wagtailadmin_login")
            elif now - seen_at >= 30 or self.SEEN_AT not in request.session:
                # Saving the session on every request would be a write each time; 30 s is precise enough.
                request.session[self.SEEN_AT] = now
        return self.get_response(request)

    @staticmethod
    def return_to(request):
        """Where to go after signing in again: the page itself, or for a form sent after the time
        ran out, the screen it was sent from (the action URL may answer only POST: a 405)."""
        if request.method in {"GET", "HEAD"}:
            return request.get_full_path()
        referer = request.headers.get("Referer", "")
        parts = urlsplit(referer)
        if parts.netloc == request.get_host() and parts.path.startswith(ADMIN_PREFIX):
            return parts.path + (f"?{parts.query}" if parts.query else "")
        return reverse("wagtailadmin_home")


class StaffTwoFactorMiddleware:
    """A password alone is not a sign-in: the second factor comes first, everywhere.

    Every admin URL except the sign-in steps sends a member of staff who has not completed their
    second factor to it. Anywhere else (a login-restricted page, a document in a private
    collection) the password-only session counts as signed out, so private content asks for a
    full sign-in. Required for everyone when settings.REQUIRE_STAFF_2FA is on, and for anyone who
    has set up an authenticator app even when it is off. Goes after django_otp's OTPMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.contrib.auth.models import AnonymousUser
        from django.shortcuts import redirect
        from django.urls import reverse
        from django.utils.http import urlencode

        from portal.staff_auth.devices import has_app_device, two_factor_required

        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified() or not two_factor_required(user):
            return self.get_response(request)
        if not is_admin_request(request):
            request.user = AnonymousUser()
            return self.get_response(request)
        if is_sign_in_request(request):
            return self.get_response(request)
        step = "staff_auth:verify" if has_app_device(user) else "staff_auth:enrol"
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")


class MaintenanceModeMiddleware:
    """With MAINTENANCE_MODE on, the public sees a styled "service unavailable" page (503) while
    staff can still use the admin and the health check still answers."""

    ALWAYS_OPEN = (ADMIN_PREFIX, "/static/", "/healthz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.MAINTENANCE_MODE and not routed_path(request).startswith(self.ALWAYS_OPEN):
            from django.shortcuts import render

            response = render(request, "maintenance.html", {"message": settings.MAINTENANCE_MESSAGE}, status=503)
            response["Retry-After"] = "3600"
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)


class RequestBodyLimitMiddleware:
    """Refuse a request body bigger than the site could want, before anything reads it.

    Public forms carry a few kilobytes of text and no files, so PUBLIC_MAX_BODY_BYTES is small;
    Django's own limit only counts form fields, not uploaded files (the CSRF-exempt feedback form
    took a 30 MB file). The admin takes document and image uploads up to ADMIN_MAX_BODY_BYTES.
    A body of unknown length (chunked) is refused on public pages: none of ours sends one.
    The pages in PUBLIC_UPLOAD_PATHS take one file at a time, up to PUBLIC_UPLOAD_MAX_BODY_BYTES,
    and answer a bigger one with a page that says what happened (413.html), not bare text.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.http import HttpResponse
        from django.shortcuts import render

        upload = routed_path(request) in settings.PUBLIC_UPLOAD_PATHS
        if is_admin_request(request):
            limit = settings.ADMIN_MAX_BODY_BYTES
        else:
            limit = settings.PUBLIC_UPLOAD_MAX_BODY_BYTES if upload else settings.PUBLIC_MAX_BODY_BYTES
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = limit + 1
        chunked = "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower()
        if length > limit or (chunked and not is_admin_request(request)):
            if upload:
                return render(
                    request,
                    "413.html",
                    {"back_url": routed_path(request), "max_mb": settings.REFERRAL_ATTACHMENT_MAX_BYTES // 2**20},
                    status=413,
                )
            return HttpResponse("Request too large", status=413, content_type="text/plain")
        return self.get_response(request)
