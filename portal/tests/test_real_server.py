"""The penetration test's reproductions, run against a real gunicorn with production settings and,
where the finding needs one, nginx terminating TLS in front (portal/tests/real_server.py).

Each client picks its own source address on the loopback network (127.0.0.x), so the server sees
different machines, and the attacker's requests carry made-up X-Forwarded-For headers.
"""

import json
import os
import re

import pytest

from portal.tests.real_server import NGINX, RealServer, sqlite_test_database

pytestmark = [pytest.mark.real_server, pytest.mark.xdist_group("real_server")]
if sqlite_test_database():
    # The server's database is copied from the test database (`server`), which pytest-django sets up
    # only when some test asks for it.
    pytestmark.append(pytest.mark.django_db)
CHILD_CANARY = re.compile(r"text/csv")


def proxy_required():
    return os.environ.get("REQUIRE_PROXY", "") in {"1", "true", "yes"}


# Session-wide: xdist may hand this module's tests to its worker in several batches, and a module
# fixture would start (and load the demo into) a second server for each.
@pytest.fixture(scope="session")
def server(request, tmp_path_factory):
    running = RealServer(tmp_path_factory.mktemp("real-server"))
    blocker = None
    if sqlite_test_database():
        # The server starts from a copy of the demo this run loads anyway (portal/tests/real_server.py).
        request.getfixturevalue("django_db_setup")
        blocker = request.getfixturevalue("django_db_blocker")
    try:
        yield running.start(blocker)
    finally:
        running.stop()


@pytest.fixture(scope="session")
def proxy(server):
    if not os.path.exists(NGINX):
        reason = f"nginx not found at {NGINX}: install Debian's nginx-light package"
        if proxy_required():
            pytest.fail(f"REQUIRE_PROXY=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    if server.tls_port is None:
        server.start_proxy()
    return server


def signed_in_with_password_only(client, server, username="admin"):
    response = client.sign_in(username, server.demo_password)
    assert response.status == 302, response.text[:500]
    # Production requires the second factor, and this account has not got one.
    assert "/admin/two-factor/enrol/" in client.get("/admin/referrals/export/").header("Location")
    return client


# Finding 1: SCRIPT_NAME -------------------------------------------------------------------------


@pytest.mark.parametrize("via", ["gunicorn", "proxy"])
def test_a_script_name_header_does_not_get_a_password_only_session_into_the_admin(server, proxy, via):
    # Straight to gunicorn from 127.0.0.1, as any process on the machine could: gunicorn trusts that peer.
    client = server.client("127.0.0.1") if via == "gunicorn" else proxy.proxied_client("127.0.0.12")
    signed_in_with_password_only(client, server)
    for path in ("/x/admin/referrals/export/", "/x/admin/pages/", "/x/admin/users/"):
        response = client.get(path, {"SCRIPT_NAME": "/x"})
        assert response.status != 200, path
        assert "text/csv" not in (response.header("Content-Type") or ""), path
    # Nor does PATH_INFO, the other header gunicorn would take from a trusted peer.
    response = client.get("/refer/", {"PATH_INFO": "/admin/referrals/export/"})
    assert "text/csv" not in (response.header("Content-Type") or "")


# Finding 2: every place that takes a staff password --------------------------------------------


def test_wagtails_front_end_login_does_not_check_staff_passwords(proxy):
    client = proxy.proxied_client("127.0.0.21")
    client.get("/admin/login/")
    for _ in range(12):
        response = client.post_form("/_util/login/", {"username": "approver", "password": "wrong-password"})
        assert response.status == 302 and "/admin/login/" in response.header("Location")
    response = client.post_form("/_util/login/", {"username": "approver", "password": proxy.demo_password})
    assert response.status == 302 and "/admin/login/" in response.header("Location")
    assert not any("session" in name for name in client.cookies)


def test_twelve_wrong_passwords_lock_the_account_wherever_it_is_tried(proxy):
    attacker = proxy.proxied_client("127.0.0.22")
    for _ in range(12):
        attacker.sign_in("editor", "wrong-password", {"X-Forwarded-For": "203.0.113.1"})
    # The right password from somewhere else: still locked, and no session given.
    owner = proxy.proxied_client("127.0.0.23")
    response = owner.sign_in("editor", proxy.demo_password)
    assert response.status == 429
    assert "Too many failed attempts" in response.text


# Finding 3: limits behind the proxy count clients, not the proxy --------------------------------


def test_one_client_cannot_use_up_another_clients_referral_allowance(proxy):
    attacker = proxy.proxied_client("127.0.0.31")
    attacker.get("/refer/")
    statuses = []
    for number in range(11):
        # A made-up address on the left, as a client can write: nginx appends the real one.
        spoofed = {"X-Forwarded-For": f"198.51.100.{number}"}
        statuses.append(attacker.post_form("/refer/check-your-answers/", {}, spoofed).status)
    assert statuses[-1] == 429, statuses  # spoofing did not give the attacker a fresh allowance
    family = proxy.proxied_client("127.0.0.32")
    family.get("/refer/")
    assert family.post_form("/refer/check-your-answers/", {}).status != 429


def test_failed_sign_ins_with_made_up_usernames_do_not_lock_out_other_staff(proxy):
    attacker = proxy.proxied_client("127.0.0.33")
    for number in range(11):
        attacker.sign_in(f"nobody-{number}", "guess", {"X-Forwarded-For": f"198.51.100.{number}"})
    assert attacker.sign_in("nobody-99", "guess").status == 429
    colleague = proxy.proxied_client("127.0.0.34")
    assert colleague.sign_in("approver", proxy.demo_password).status == 302


def test_junk_return_codes_do_not_block_other_families_progress_checks(proxy):
    attacker = proxy.proxied_client("127.0.0.35")
    attacker.get("/self-assessment/progress/")
    for number in range(11):
        spoofed = {"X-Forwarded-For": f"198.51.100.{number}"}
        last = attacker.post_form("/self-assessment/progress/", {"code": f"JUNK{number:04d}"}, spoofed)
    assert last.status == 429
    family = proxy.proxied_client("127.0.0.36")
    family.get("/self-assessment/progress/")
    assert family.post_form("/self-assessment/progress/", {"code": "ABCD-EFGH-JKLM"}).status != 429


# Headers and cookies on every kind of response --------------------------------------------------


def first_match(pattern, text):
    match = re.search(pattern, text)
    assert match, pattern
    return match.group(1)


def test_security_headers_and_cookies_hold_on_every_kind_of_response(proxy):
    client = proxy.proxied_client("127.0.0.41")
    home = client.get("/")
    stylesheet = first_match(r'<link rel="stylesheet" href="(/static/[^"]+\.css)"', home.text)
    packs = client.get("/schools/resources/")
    pack = first_match(r'href="(/schools/resources/[^"?#]+/)"', packs.text)
    download = first_match(r'href="(/schools/[^"]*download[^"]*)"', client.get(pack).text)

    responses = {
        "public page": home,
        "journey": client.get("/refer/"),
        "admin page": client.get("/admin/login/"),
        "static file": client.get(stylesheet),
        "document": client.get(download),
    }
    for kind, response in responses.items():
        assert response.status == 200, (kind, response.status)
        assert response.header("Strict-Transport-Security") == "max-age=31536000; includeSubDomains; preload", kind
        assert response.header("X-Content-Type-Options") == "nosniff", kind
        assert response.header("Referrer-Policy") == "strict-origin-when-cross-origin", kind
        assert response.header("X-Page-Cache") is None, kind
        assert "gunicorn" not in (response.header("Server") or ""), kind
    for kind in ("public page", "journey", "admin page"):
        policy = responses[kind].header("Content-Security-Policy")
        scripts = policy.split("script-src")[1].split(";")[0]
        assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts, kind
        assert "frame-ancestors 'none'" in policy, kind
        assert responses[kind].header("X-Frame-Options") == "DENY", kind
    for kind in ("journey", "admin page"):
        assert "no-store" in responses[kind].header("Cache-Control"), kind
    assert "attachment" in responses["document"].header("Content-Disposition")
    assert responses["document"].header("Content-Security-Policy") == "default-src 'none'"

    assert client.post_form("/refer/start/", {}).status == 302
    cookies = client.cookie_lines
    assert set(cookies) == {"__Host-sessionid", "__Host-csrftoken"}, cookies
    for line in cookies.values():
        assert "Secure" in line and "SameSite=Lax" in line and "Path=/" in line and "Domain" not in line, line
    session = cookies["__Host-sessionid"]
    assert "HttpOnly" in session
    # The journey ends with the browser: no date for the browser to keep it until.
    assert "expires" not in session.lower() and "max-age" not in session.lower(), session


def test_collectstatic_succeeds_with_production_storage(server):
    """Hashed, compressed static files build cleanly (a missing reference would break deployment).

    The real server ran `collectstatic` with production settings to start; its output is checked
    here rather than building the same files a second time."""
    hashed = json.loads((server.workdir / "static" / "staticfiles.json").read_text())["paths"]
    assert "css/nhsuk-frontend.min.css" in hashed and "js/portal.js" in hashed
    # Served by the app itself (whitenoise), cached for ever under its hashed name.
    response = server.client().get("/static/" + hashed["css/nhsuk-frontend.min.css"])
    assert response.status == 200
    assert "immutable" in response.header("Cache-Control"), response.header("Cache-Control")


def test_the_server_has_the_whole_demo_its_search_index_included(server):
    """The server's demo is whole. On SQLite it is a copy of the test run's (portal/tests/real_server.py):
    the full-text index, a virtual table filled by triggers, came with it, and the demo users' password
    is the server's own."""
    client = server.client("127.0.0.61")
    found = client.get("/search/?q=dressed")
    assert found.status == 200
    link = first_match(r'<h3 class="nhsuk-heading-s[^"]*"><a href="(/[^"]+)"', found.text)
    assert client.get(link).status == 200
    assert client.sign_in("service-manager", server.demo_password).status == 302


def test_gunicorn_itself_names_no_server_and_refuses_huge_bodies(server):
    client = server.client("127.0.0.51")
    response = client.get("/")
    assert response.header("Server") is None
    big = b"x" * (30 * 1024 * 1024)
    refused = client.request("POST", "/feedback/", {"Content-Type": "multipart/form-data; boundary=zzz"}, big)
    assert refused.status == 413
