"""Security headers for every response: a Content Security Policy with per-request nonces,
and a Permissions-Policy that turns off browser features the portal never uses.

Public pages get a strict policy: only our own scripts (plus any inline script carrying this
request's nonce), only our own styles, no plugins, no framing. The Wagtail admin needs inline
scripts and styles, so its looser policy is scoped to its own URLs (and to signed-in staff,
who see the admin's user bar on public pages).
"""

import secrets

from django.conf import settings

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


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = getattr(settings, "CSP_ADMIN_PATH_PREFIX", "/admin/")

    def __call__(self, request):
        nonce = secrets.token_urlsafe(18)
        request.csp_nonce = nonce
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            user = getattr(request, "user", None)
            staff = bool(user is not None and user.is_authenticated and user.is_staff)
            loose = request.path.startswith(self.admin_prefix) or staff
            response["Content-Security-Policy"] = admin_policy(nonce) if loose else public_policy(nonce)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def no_store_path(path):
    return any(path.startswith(prefix) for prefix in getattr(settings, "NO_STORE_PATH_PREFIXES", ()))


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
        if no_store_path(request.path):
            response["Cache-Control"] = "no-store, private"
            response.headers.pop("Expires", None)
        return response


class PublicPostRateLimitMiddleware:
    """A generous per-client ceiling on every POST outside the admin.

    Views add their own, tighter limits (home.ratelimit.rate_limited); this catches any public
    form that has none yet, so flooding one cannot fill the database or the outbox.
    """

    GROUP = "public-post"

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = getattr(settings, "CSP_ADMIN_PATH_PREFIX", "/admin/")

    def __call__(self, request):
        from home.ratelimit import hit, too_many_requests

        public_post = request.method == "POST" and not request.path.startswith(self.admin_prefix)
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
        self.admin_prefix = getattr(settings, "CSP_ADMIN_PATH_PREFIX", "/admin/")

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
                if request.path.startswith(self.admin_prefix):
                    messages.info(request, "You were signed out to keep information safe. Sign in again to carry on.")
                    return redirect_to_login(request.get_full_path(), "wagtailadmin_login")
            elif now - seen_at >= 30 or self.SEEN_AT not in request.session:
                # Saving the session on every request would be a write each time; 30 s is precise enough.
                request.session[self.SEEN_AT] = now
        return self.get_response(request)


class StaffTwoFactorMiddleware:
    """Every admin URL needs a verified second factor, except the pages that get you one.

    Required for everyone when settings.REQUIRE_STAFF_2FA is on, and for anyone who has set up
    an authenticator app even when it is off. Goes after django_otp's OTPMiddleware.
    """

    OPEN_URL_NAMES = (
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",  # translations the sign-in pages themselves load
        "wagtailadmin_sprite",  # the icons those pages load; redirected, the page itself was drawn into them
        "staff_auth:enrol",
        "staff_auth:verify",
        "staff_auth:recovery-codes",
    )

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = getattr(settings, "CSP_ADMIN_PATH_PREFIX", "/admin/")

    def open_paths(self):
        from django.urls import reverse

        return {reverse(name) for name in self.OPEN_URL_NAMES}

    def __call__(self, request):
        from django.shortcuts import redirect
        from django.urls import reverse
        from django.utils.http import urlencode

        from home.staff_auth.devices import has_app_device, two_factor_required

        user = getattr(request, "user", None)
        if (
            request.path.startswith(self.admin_prefix)
            and user is not None
            and user.is_authenticated
            and not user.is_verified()
            and request.path not in self.open_paths()
            and not request.path.startswith(reverse("wagtailadmin_password_reset"))
            and two_factor_required(user)
        ):
            step = "staff_auth:verify" if has_app_device(user) else "staff_auth:enrol"
            return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class MaintenanceModeMiddleware:
    """With MAINTENANCE_MODE on, the public sees a styled "service unavailable" page (503) while
    staff can still use the admin and the health check still answers."""

    ALWAYS_OPEN = ("/admin/", "/static/", "/healthz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(settings, "MAINTENANCE_MODE", False) and not request.path.startswith(self.ALWAYS_OPEN):
            from django.shortcuts import render

            response = render(request, "maintenance.html", {"message": settings.MAINTENANCE_MESSAGE}, status=503)
            response["Retry-After"] = "3600"
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)
