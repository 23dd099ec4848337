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
