"""A password alone never reaches the admin or private content, whatever the request says about
its path (security round two, findings 1, 2 and 5). Through a real gunicorn and proxy:
portal/tests/test_real_server.py."""

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.files.base import ContentFile
from django.test import RequestFactory, modify_settings, override_settings
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.tests.factories import make_home_page, make_information_page
from portal.staff_auth import devices

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-staff-password"
ADMIN_PAGES = ["/admin/", "/admin/pages/", "/admin/users/", "/admin/documents/"]


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.nhs.uk", PASSWORD)


def password_only(client, user):
    client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    return client


def fully_signed_in(client, user):
    device = TOTPDevice.objects.create(user=user, name=devices.APP_DEVICE_NAME, confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@override_settings(REQUIRE_STAFF_2FA=True)
@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_a_script_name_the_deployment_did_not_set_is_refused(client, staff, path):
    password_only(client, staff)
    response = client.get(path, SCRIPT_NAME="/x")
    assert response.status_code == 400


@override_settings(REQUIRE_STAFF_2FA=True)
@modify_settings(MIDDLEWARE={"remove": "portal.middleware.ScriptNameGuardMiddleware"})
@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_the_second_factor_is_asked_for_on_what_was_routed_not_on_the_prefix(client, staff, path):
    """Even with the guard gone, `/x/admin/...` routed to the admin still needs the second factor."""
    password_only(client, staff)
    response = client.get(path, SCRIPT_NAME="/x")
    assert response.status_code == 302
    assert "/admin/two-factor/enrol/" in response["Location"]
    # The other decisions made on the path follow the route too: the admin is never stored.
    assert "no-store" in response["Cache-Control"]


@override_settings(FORCE_SCRIPT_NAME="/portal")
def test_a_configured_script_name_is_accepted(client, db):
    make_home_page()
    assert client.get("/", SCRIPT_NAME="/portal").status_code == 200


@override_settings(REQUIRE_STAFF_2FA=False)
def test_public_pages_keep_the_strict_policy_for_signed_in_staff(client, staff):
    home = make_home_page()
    make_information_page(home, "About us")
    client.force_login(staff)
    for path in ("/", "/about-us/", "/search/?q=help"):
        policy = client.get(path)["Content-Security-Policy"]
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy, path
        assert "'nonce-" in policy
    # The rest of the admin keeps the policy Wagtail needs.
    assert "'unsafe-inline'" in client.get("/admin/pages/")["Content-Security-Policy"]


def test_the_sign_in_pages_run_no_inline_script(client, staff):
    for path in ("/admin/login/", "/admin/password_reset/"):
        policy = client.get(path)["Content-Security-Policy"]
        scripts = policy.split("script-src")[1].split(";")[0]
        assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, path
        assert "frame-ancestors 'none'" in policy


def test_every_password_check_counts_towards_the_lockout(staff, settings):
    """Twelve wrong passwords through Django's authenticate(), as any form would call it: the right
    one is then refused too, until the window passes."""
    settings.STAFF_LOGIN_LIMIT = (10, 900)
    request = RequestFactory().post("/anywhere/", REMOTE_ADDR="198.51.100.20")
    for _ in range(12):
        assert authenticate(request, username="editor", password="wrong-password") is None
    assert authenticate(request, username="editor", password=PASSWORD) is None
    # The account is locked wherever the next attempt comes from.
    elsewhere = RequestFactory().post("/anywhere/", REMOTE_ADDR="203.0.113.9")
    assert authenticate(elsewhere, username="editor", password=PASSWORD) is None


def test_wagtails_front_end_login_checks_no_passwords(client, staff):
    response = client.get("/_util/login/?next=/private/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/private/"
    for _ in range(12):
        response = client.post("/_util/login/", {"username": "editor", "password": "wrong-password"})
        assert response.status_code == 302
    # Nothing was checked there, so nothing was signed in.
    assert "_auth_user_id" not in client.session
    # An address on another site is not followed.
    assert client.get("/_util/login/?next=https://evil.example/")["Location"] == "/admin/login/?next=/"


@pytest.fixture
def private_page(db):
    home = make_home_page()
    page = make_information_page(home, "Staff handbook")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def private_document(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    collection = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    document = get_document_model()(title="Rota", collection=collection)
    document.file.save("rota.txt", ContentFile(b"Names of staff on call"), save=False)
    document.save()
    return document


@override_settings(REQUIRE_STAFF_2FA=True)
def test_login_restricted_pages_and_documents_need_the_second_factor(client, staff, private_page, private_document):
    password_only(client, staff)
    page = client.get(private_page.url)
    assert page.status_code == 302 and page["Location"].startswith("/admin/login/?next=")
    document = client.get(private_document.url)
    assert document.status_code == 302 and document["Location"].startswith("/admin/login/?next=")

    fully_signed_in(client, staff)
    assert client.get(private_page.url).status_code == 200
    served = client.get(private_document.url)
    assert served.status_code == 200 and b"".join(served.streaming_content) == b"Names of staff on call"
