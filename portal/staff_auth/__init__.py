"""Staff sign-in: a second factor (an authenticator app, with recovery codes) after the password,
limits on password and code guessing, and admin session expiry. See docs/security.md.
"""
