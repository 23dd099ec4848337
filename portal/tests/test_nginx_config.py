"""deploy/nginx/portal.conf, the nginx site docs/deployment.md tells people to use: nginx accepts it,
and it does what its comments say, in front of a stand-in app server that echoes what it was sent.

No Django server is needed, so this takes a second or two. Without nginx it skips, unless
REQUIRE_PROXY=1 (as in CI).
"""

import gzip
import http.client
import json
import os
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from portal.tests.nginx import (
    HOST,
    NGINX,
    PRODUCTION_SITE,
    check_config,
    free_port,
    production_site,
    self_signed_certificate,
    start_nginx,
    write_config,
)

HASHED_CSS = "css/portal.0123456789ab.css"
CSS = b"body { color: #212b32; }\n" * 100


class EchoApp(BaseHTTPRequestHandler):
    """Answers every request with the method, path and headers it got, as JSON."""

    def do_GET(self):
        body = json.dumps({"method": self.command, "path": self.path, "headers": dict(self.headers)}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if not os.path.exists(NGINX):
        if os.environ.get("REQUIRE_PROXY"):
            pytest.fail(f"REQUIRE_PROXY=1 but nginx is not at {NGINX}", pytrace=False)
        pytest.skip("nginx is not installed (Debian's nginx-light)")
    workdir = tmp_path_factory.mktemp("nginx")
    static, media = workdir / "static", workdir / "media"
    (static / "css").mkdir(parents=True)
    (static / HASHED_CSS).write_bytes(CSS)
    (static / f"{HASHED_CSS}.gz").write_bytes(gzip.compress(CSS))
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "private.pdf").write_bytes(b"%PDF- a private document")
    (media / "images").mkdir()
    (media / "images" / "child.png").write_bytes(b"\x89PNG not really")
    app = ThreadingHTTPServer((HOST, 0), EchoApp)
    threading.Thread(target=app.serve_forever, daemon=True).start()
    port, plain_port = free_port(), free_port()
    self_signed_certificate(workdir)
    write_config(workdir, production_site(workdir, port, [app.server_address[1]], static, media, plain_port))
    process = start_nginx(workdir, port)
    yield {"workdir": workdir, "port": port, "plain_port": plain_port}
    process.terminate()
    process.wait(timeout=15)
    app.shutdown()


def fetch(port, method, path, headers=None, body=None, tls=True, source=HOST):
    if tls:
        context = ssl._create_unverified_context()  # noqa: S323 (the test's own certificate)
        connection = http.client.HTTPSConnection(HOST, port, context=context, source_address=(source, 0), timeout=10)
    else:
        connection = http.client.HTTPConnection(HOST, port, source_address=(source, 0), timeout=10)
    connection.request(method, path, body=body, headers={"Host": f"localhost:{port}", **(headers or {})})
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response, content


def test_nginx_accepts_the_production_site(site):
    checked = check_config(site["workdir"])
    assert checked.returncode == 0, checked.stderr
    assert "test is successful" in checked.stderr


def test_the_file_in_the_repository_is_the_one_that_runs():
    # Only the marked values are swapped: every other line of the production file is in the running one.
    running = production_site(Path("/w"), 1, [2], "/s", "/m", 3)
    kept = [line for line in PRODUCTION_SITE.read_text().splitlines() if "CHANGE" not in line and "listen" not in line]
    kept = [
        line for line in kept if "/etc/ssl/" not in line and "/srv/portal/" not in line and "server 127" not in line
    ]
    assert all(line in running.splitlines() for line in kept)


def test_the_app_is_told_who_asked_and_how_with_one_hop_appended(site):
    # TRUSTED_PROXY_COUNT=1 reads the last X-Forwarded-For entry: nginx must append the real client there.
    response, body = fetch(site["port"], "GET", "/advice/", {"X-Forwarded-For": "1.2.3.4"}, source="127.0.0.9")
    sent = json.loads(body)["headers"]
    assert response.status == 200
    assert sent["X-Forwarded-For"] == "1.2.3.4, 127.0.0.9"
    assert sent["X-Forwarded-Proto"] == "https"
    assert sent["Host"] == f"localhost:{site['port']}"
    assert response.getheader("Server") == "nginx"  # no version


def test_plain_http_is_sent_to_https(site):
    response, _ = fetch(site["plain_port"], "GET", "/refer/?x=1", tls=False)
    assert response.status == 301
    assert response.getheader("Location") == "https://localhost/refer/?x=1"


def test_hashed_static_files_come_from_disk_compressed_and_kept_a_year(site):
    response, body = fetch(site["port"], "GET", f"/static/{HASHED_CSS}", {"Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.getheader("Content-Encoding") == "gzip"
    assert gzip.decompress(body) == CSS
    assert response.getheader("Content-Type") == "text/css"
    assert response.getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert response.getheader("X-Content-Type-Options") == "nosniff"


def test_documents_and_original_uploads_are_never_served_from_disk(site):
    assert fetch(site["port"], "GET", "/media/documents/private.pdf")[0].status == 404
    assert fetch(site["port"], "GET", "/media/original_images/child.png")[0].status == 404
    assert fetch(site["port"], "GET", "/media/images/child.png")[0].status == 200


def test_a_body_bigger_than_any_upload_is_refused_before_the_app(site):
    response, _ = fetch(site["port"], "POST", "/admin/documents/add/", {"Content-Length": str(26 * 1024 * 1024)})
    assert response.status == 413
