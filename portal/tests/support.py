"""Helpers more than one app's tests use: reading a downloaded export, a staff member's one-time
code, signing staff in with their second factor, and running `manage.py` with production settings
in a fresh process.

App-specific helpers stay in that app's tests: building data in `tests/factories.py`, walking the
self-assessment in `selfassess/tests/journeys.py`.
"""

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import openpyxl
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

BASE_DIR = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 20 + "-a-long-random-production-secret-0123456789"
PUBLIC_BASE_URL = "https://portal.example.nhs.uk"

# A page in an error state has a title starting "Error: " (GOV.UK pattern); browser tests wait for it with expect().
ERROR_TITLE = re.compile(r"^Error: ")


def exported_rows(response, export_format):
    """The rows of a downloaded export, heading row first: text from CSV, typed cells from XLSX."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        return list(csv.reader(io.StringIO(body.decode())))
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    return [list(row) for row in sheet.iter_rows()]


def value_of(cell):
    return cell if isinstance(cell, str) else cell.value


def assert_text(cell, expected):
    """`cell` is a CSV string or an openpyxl cell; either way it must be the text `expected`."""
    assert value_of(cell) == expected
    if not isinstance(cell, str):
        assert cell.data_type == "s"


def code_for(device, offset=0):
    """The code an authenticator app would show now (or `offset` steps away) for a TOTP device."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset)
    return str(code).zfill(device.digits)


def sign_in_with_second_factor(client, user):
    """Signed in as in production, with password and authenticator app: the admin opens even with
    REQUIRE_STAFF_2FA on."""
    from portal.staff_auth.devices import APP_DEVICE_NAME

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
        user=user, name=APP_DEVICE_NAME, confirmed=True
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def run_manage(*args, env_overrides):
    """`manage.py` with production settings in a new process, as a deployment runs it."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.pop("WAGTAILADMIN_BASE_URL", None)
    env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.production", "WAGTAILADMIN_BASE_URL": PUBLIC_BASE_URL})
    env.update(env_overrides)
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(  # noqa: S603 (our own argv)
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


# In a real browser (Playwright pages) ------------------------------------------------------------


def screenshot_path(name):
    """Where a screenshot called `name` goes, or None: pictures are kept only when $SCREENSHOT_DIR is set (taking one
    costs the browser a full render, so a run that nobody looks at takes none)."""
    folder = os.environ.get("SCREENSHOT_DIR", "")
    if not folder:
        return None
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, f"{name}.png")


def shot(page, name):
    """A full-page screenshot in $SCREENSHOT_DIR when it is set, to look at what a test walked."""
    path = screenshot_path(name)
    if path:
        page.screenshot(path=path, full_page=True)


def shot_of(locator, name):
    """A screenshot of one part of the page (a chart, a panel the admin scrolls inside, where a full-page picture
    stops at the window), when $SCREENSHOT_DIR is set."""
    path = screenshot_path(name)
    if path:
        locator.screenshot(path=path)


def sign_in_in_browser(page, base_url, username):
    """A demo login signs in to the admin with the demo password (no second factor in tests)."""
    page.context.clear_cookies()
    page.goto(f"{base_url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(os.environ["DEMO_PASSWORD"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def settled(page):
    """End the admin's fade-ins before axe measures contrast (a message halfway in fails it): each is taken to its
    end at once, as it looks when it ends, rather than waited for (half a second on most screens). Only those that
    end within 2 seconds: the Help badge pings five times over 25 seconds, and a paused animation never ends."""
    page.evaluate(
        "document.getAnimations()"
        ".filter(a => a.playState === 'running' && a.effect && a.effect.getComputedTiming().endTime <= 2000)"
        ".forEach(a => a.finish())"
    )
    return page


def count_calls(monkeypatch, function):
    """Count the calls to `function` wherever it was imported (each `from x import f` is its own name).
    Returns the list each call's arguments are added to; the function still runs."""
    import sys

    calls = []

    def counted(*args, **kwargs):
        calls.append(args)
        return function(*args, **kwargs)

    for module in list(sys.modules.values()):
        if getattr(module, function.__name__, None) is function:
            monkeypatch.setattr(module, function.__name__, counted)
    return calls
