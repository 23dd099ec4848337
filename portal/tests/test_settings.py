"""Production settings refuse unsafe configurations and pass Django's deployment checks."""

import os
from pathlib import Path

import pytest
from django.conf import settings

from portal.tests.support import STRONG_KEY, run_manage

BASE_DIR = Path(__file__).resolve().parents[2]


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", env_overrides={})
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_a_base_url_for_email_links():
    result = run_manage("check", env_overrides={"SECRET_KEY": STRONG_KEY, "WAGTAILADMIN_BASE_URL": None})
    assert result.returncode != 0
    assert "Set WAGTAILADMIN_BASE_URL" in result.stderr


def test_deploy_checks_refuse_a_base_url_that_is_not_public_https():
    result = run_manage(
        "check",
        "--deploy",
        env_overrides={"SECRET_KEY": STRONG_KEY, "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000"},
    )
    assert result.returncode != 0
    assert "portal.E001" in result.stdout + result.stderr


def test_deploy_checks_warn_behind_a_proxy_with_no_trusted_hops():
    env = {"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "portal.example.nhs.uk", "SECURE_PROXY_SSL_HEADER": "true"}
    warned = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=env)
    assert warned.returncode != 0 and "portal.W001" in warned.stdout + warned.stderr
    counted = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", env_overrides={**env, "TRUSTED_PROXY_COUNT": "1"}
    )
    assert counted.returncode == 0, counted.stdout + counted.stderr


def test_production_passes_deploy_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={"SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "portal.example.nhs.uk"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_locale_is_british():
    assert settings.LANGUAGE_CODE == "en-gb"
    assert settings.TIME_ZONE == "Europe/London"


@pytest.mark.django_db
def test_debug_is_off_in_base_settings():
    from portal.settings import base

    assert base.DEBUG is False or os.environ.get("DEBUG")
