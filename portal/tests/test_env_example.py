"""Every variable the settings read is listed in .env.example, so an operator can see them all in one place."""

import re
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
# Read by the test settings only, never by a deployment.
TEST_ONLY = {"PYTEST_XDIST_WORKER"}
READ_PATTERN = re.compile(
    r"""(?:environ\.get|env_bool|env_list|_required)\(\s*(?:environ,\s*)?["']([A-Z][A-Z0-9_]+)["']"""
)


def variables_read_by_settings():
    names = set()
    for path in (BASE_DIR / "portal" / "settings").glob("*.py"):
        names.update(READ_PATTERN.findall(path.read_text()))
    return names - TEST_ONLY


def variables_listed():
    lines = (BASE_DIR / ".env.example").read_text().splitlines()
    return {line.split("=", 1)[0] for line in lines if re.match(r"^[A-Z][A-Z0-9_]*=", line)}


def test_the_scan_finds_the_settings_we_know_about():
    assert {
        "SECRET_KEY",
        "DATABASE_URL",
        "REDIS_URL",
        "MEDIA_STORAGE",
        "FRONTEND_CACHE",
    } <= variables_read_by_settings()


def test_every_variable_read_is_in_env_example():
    missing = sorted(variables_read_by_settings() - variables_listed())
    assert not missing, f"Add these to .env.example with a comment: {missing}"
