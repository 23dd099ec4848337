"""An offline re-implementation of the Mozilla HTTP Observatory's scoring rules (the MDN
version, 2024 onwards), enough to grade our own responses in tests.

Start at 100, apply each test's modifier, then the bonuses if the score is already 90 or more.
A+ is 100 or more. Rules covered: content-security-policy, cookies, redirection,
referrer-policy, strict-transport-security, subresource-integrity (same-origin scripts only),
x-content-type-options, x-frame-options, cross-origin-resource-sharing. Preload-list bonuses
need the real lists and are not counted, so a real scan can only score higher.
"""

import re

GRADES = [(100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"), (60, "C+"), (50, "C"), (45, "C-")]
PRIVATE_REFERRER = {"no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"}
UNSAFE_REFERRER = {"origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"}
SESSION_NAME = re.compile(r"sess|login|auth", re.IGNORECASE)


def parse_csp(value):
    directives = {}
    for part in value.split(";"):
        words = part.split()
        if words:
            directives.setdefault(words[0].lower(), words[1:])
    return directives


def csp_modifier(value):
    if not value:
        return -25, "csp-not-implemented"
    csp = parse_csp(value)
    default = csp.get("default-src", [])
    script = csp.get("script-src", default)
    style = csp.get("style-src", default)
    objects = csp.get("object-src", default)
    nonce_or_hash = any(source.startswith(("'nonce-", "'sha")) for source in script)
    unsafe_script = ("'unsafe-inline'" in script and not nonce_or_hash) or "'unsafe-eval'" in script
    insecure = [s for s in script + objects if s in {"*", "http:", "https:", "data:"} or s.startswith("http://")]
    if unsafe_script or insecure or not default and "default-src" not in csp:
        return -20, "csp-implemented-with-unsafe"
    if "'unsafe-inline'" in style:
        return -5, "csp-implemented-with-unsafe-inline-in-style-src-only"
    if default == ["'none'"]:
        return 10, "csp-implemented-with-no-unsafe-default-src-none"
    return 0, "csp-implemented-with-no-unsafe"


def cookies_modifier(cookies):
    """cookies: {name: morsel-like dict with 'secure', 'httponly', 'samesite'}."""
    if not cookies:
        return 0, "cookies-not-found"
    for name, flags in cookies.items():
        if not flags.get("secure"):
            return -20, "cookies-without-secure-flag"
        if SESSION_NAME.search(name) and not flags.get("httponly"):
            return -30, "cookies-session-without-httponly-flag"
    if all(str(flags.get("samesite", "")).lower() in {"lax", "strict"} for flags in cookies.values()):
        return 5, "cookies-secure-with-httponly-sessions-and-samesite"
    return 0, "cookies-secure-with-httponly-sessions"


def redirection_modifier(http_response):
    location = http_response.get("Location", "") if http_response.status_code in (301, 302, 307, 308) else ""
    if not location:
        return -20, "redirection-missing"
    if not location.startswith("https://"):
        return -20, "redirection-not-to-https"
    return 0, "redirection-to-https"


def referrer_modifier(value):
    policies = {p.strip().lower() for p in (value or "").split(",") if p.strip()}
    if not policies:
        return 0, "referrer-policy-not-implemented"
    if policies & UNSAFE_REFERRER:
        return -5, "referrer-policy-unsafe"
    if policies <= PRIVATE_REFERRER:
        return 5, "referrer-policy-private"
    return 0, "referrer-policy-no-referrer-when-downgrade"


def hsts_modifier(value):
    match = re.search(r"max-age=(\d+)", value or "")
    if not match:
        return -20, "hsts-not-implemented"
    if int(match.group(1)) < 15768000:  # six months
        return -10, "hsts-implemented-max-age-less-than-six-months"
    return 0, "hsts-implemented-max-age-at-least-six-months"


def sri_modifier(html):
    external = re.findall(r"<script[^>]+src=[\"'](https?:)?//", html)
    if external:
        return -5, "sri-not-implemented-and-external-scripts-loaded-securely"
    return 0, "sri-not-implemented-but-all-scripts-loaded-from-secure-origin"


def nosniff_modifier(value):
    return (0, "x-content-type-options-nosniff") if (value or "").lower() == "nosniff" else (-5, "missing")


def frame_modifier(xfo, csp):
    if "frame-ancestors" in parse_csp(csp or ""):
        return 5, "x-frame-options-implemented-via-csp"
    if (xfo or "").upper() in {"DENY", "SAMEORIGIN"}:
        return 0, "x-frame-options-sameorigin-or-deny"
    return -20, "x-frame-options-not-implemented"


def cors_modifier(value):
    return (-50, "cross-origin-resource-sharing-implemented-with-universal-access") if value == "*" else (0, "ok")


def score(https_response, http_response, cookies):
    results = [
        csp_modifier(https_response.get("Content-Security-Policy")),
        cookies_modifier(cookies),
        redirection_modifier(http_response),
        referrer_modifier(https_response.get("Referrer-Policy")),
        hsts_modifier(https_response.get("Strict-Transport-Security")),
        sri_modifier(https_response.content.decode(errors="replace")),
        nosniff_modifier(https_response.get("X-Content-Type-Options")),
        frame_modifier(https_response.get("X-Frame-Options"), https_response.get("Content-Security-Policy")),
        cors_modifier(https_response.get("Access-Control-Allow-Origin")),
    ]
    total = 100 + sum(modifier for modifier, _ in results if modifier < 0)
    if total >= 90:
        total += sum(modifier for modifier, _ in results if modifier > 0)
    grade = next((grade for floor, grade in GRADES if total >= floor), "F")
    return total, grade, [name for _, name in results]
