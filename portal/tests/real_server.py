"""The portal as it is deployed: gunicorn with portal/gunicorn.conf.py and production settings, and
nginx terminating TLS in front of it, as docs/deployment.md describes. Security findings that live
between the proxy, the WSGI server and Django are tested here, not only with Django's test client.

The server gets a throwaway SQLite database with the demo content, and a file cache in its own
folder (shared by its workers, as Redis would be). nginx comes from Debian's package; without it
the proxy tests skip with a loud notice, unless REQUIRE_PROXY=1 (as in CI).

When the test run's own database is SQLite, the server's database is a copy of the demo the run
loads anyway (`copy_the_test_runs_demo`), not `migrate` and `load_demo_content` again in
subprocesses (most of a minute). `collectstatic` runs with production settings either way, alongside.
"""

import http.client
import os
import re
import secrets
import signal
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

from portal.tests.nginx import HOST, NGINX, free_port, self_signed_certificate, write_config

BASE_DIR = Path(__file__).resolve().parents[2]

SETTINGS_SHIM = '''\
"""Written by portal/tests/real_server.py; deleted with its folder."""
from portal.settings.production import *  # noqa: F403

DATABASES["default"]["NAME"] = {database!r}  # noqa: F405
CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": {cache!r}}}}}
'''

# The server block of a permissive proxy in front of gunicorn; the rest of nginx.conf is
# portal/tests/nginx.py's, as for the cluster.
NGINX_SITE = """\
    # As a proxy that passes on every header would: the pen test's proxy did.
    underscores_in_headers on;
    client_max_body_size 30m;
    server {{
        listen {host}:{port} ssl;
        server_name localhost;
        ssl_certificate {workdir}/cert.pem;
        ssl_certificate_key {workdir}/key.pem;
        location / {{
            proxy_pass http://{host}:{upstream};
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
    }}
"""


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name):
        return self.headers.get(name)

    @property
    def text(self):
        return self.body.decode(errors="replace")


@dataclass
class Client:
    """A cookie-keeping HTTP client that follows no redirects and can pick its source address
    (127.0.0.2, 127.0.0.3 … are other machines as far as the server can tell)."""

    port: int
    tls: bool = False
    source: str = HOST
    forwarded_proto: bool = False  # talking to gunicorn directly, say what the proxy would
    cookies: dict = field(default_factory=dict)
    cookie_lines: dict = field(default_factory=dict)  # the last Set-Cookie line for each name, flags included

    def request(self, method, path, headers=None, body=None):
        if self.tls:
            context = ssl._create_unverified_context()  # noqa: S323 (our own throwaway certificate)
            connection = http.client.HTTPSConnection(
                HOST, self.port, context=context, source_address=(self.source, 0), timeout=30
            )
        else:
            connection = http.client.HTTPConnection(HOST, self.port, source_address=(self.source, 0), timeout=30)
        sent = {"Host": f"localhost:{self.port}" if self.tls else f"{HOST}:{self.port}"}
        if self.forwarded_proto:
            sent["X-Forwarded-Proto"] = "https"
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        sent.update(headers or {})
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in sent.items():
            connection.putheader(name, value)
        data = body if isinstance(body, bytes) or body is None else body.encode()
        if data is not None:
            connection.putheader("Content-Length", str(len(data)))
        connection.endheaders()
        try:
            for start in range(0, len(data or b""), 64 * 1024):
                connection.send(data[start : start + 64 * 1024])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered (413) without reading everything: its answer is still there
        raw = connection.getresponse()
        response = Response(raw.status, raw.headers, raw.read())
        connection.close()
        for line in response.headers.get_all("Set-Cookie") or []:
            jar = SimpleCookie()
            jar.load(line)
            self.cookie_lines[line.split("=", 1)[0]] = line
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response

    def origin(self):
        return f"https://localhost:{self.port}" if self.tls else f"https://{HOST}:{self.port}"

    def get(self, path, headers=None):
        return self.request("GET", path, headers)

    def post_form(self, path, fields, headers=None):
        """A form post as a browser sends it: the CSRF token from the cookie, an Origin header."""
        fields = {"csrfmiddlewaretoken": self.csrf_token(), **fields}
        sent = {"Content-Type": "application/x-www-form-urlencoded", "Origin": self.origin(), **(headers or {})}
        return self.request("POST", path, sent, urlencode(fields))

    def csrf_token(self):
        return next((value for name, value in self.cookies.items() if "csrftoken" in name), "")

    def sign_in(self, username, password, headers=None):
        """Password only: the first step of staff sign-in."""
        self.get("/admin/login/", headers)
        return self.post_form("/admin/login/", {"username": username, "password": password}, headers)


class RealServer:
    def __init__(self, workdir, extra_env=None):
        self.workdir = Path(workdir)
        self.extra_env = extra_env or {}
        self.gunicorn = self.nginx = None
        self.port = free_port()
        self.tls_port = None
        self.demo_password = secrets.token_urlsafe(12)

    def environment(self):
        (self.workdir / "real_server_settings.py").write_text(
            SETTINGS_SHIM.format(database=str(self.workdir / "db.sqlite3"), cache=str(self.workdir / "cache"))
        )
        ignored = {"REQUIRE_STAFF_2FA", "DEBUG", "DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        env = {key: value for key, value in os.environ.items() if key not in ignored}
        env.update(
            DJANGO_SETTINGS_MODULE="real_server_settings",
            PYTHONPATH=os.pathsep.join([str(self.workdir), str(BASE_DIR)]),
            SECRET_KEY=secrets.token_urlsafe(48),
            ALLOWED_HOSTS=f"localhost,{HOST}",
            WAGTAILADMIN_BASE_URL="https://localhost",
            SECURE_PROXY_SSL_HEADER="true",
            TRUSTED_PROXY_COUNT="1",
            STATIC_ROOT=str(self.workdir / "static"),
            MEDIA_ROOT=str(self.workdir / "media"),
            DEMO_PASSWORD=self.demo_password,
            WEB_CONCURRENCY="2",
        )
        env.update(self.extra_env)
        return env

    def manage(self, *args):
        done = subprocess.run(  # noqa: S603 (our own argv)
            [sys.executable, str(BASE_DIR / "manage.py"), *args],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
        return done.stdout

    def manage_in_background(self, *args):
        """Start a manage.py command; `finish` waits for it and raises if it failed, `kill` stops it."""
        log_path = self.workdir / f"manage-{args[0]}.log"
        log = open(log_path, "wb")  # noqa: SIM115 (closed in finish or kill)
        process = subprocess.Popen(  # noqa: S603 (our own argv)
            [sys.executable, str(BASE_DIR / "manage.py"), *args], cwd=BASE_DIR, env=self.env, stdout=log, stderr=log
        )

        def kill():
            if process.poll() is None:
                process.kill()
                process.wait()
            log.close()

        def finish():
            try:
                returncode = process.wait(timeout=600)
            finally:
                kill()
            if returncode != 0:
                output = log_path.read_text(errors="replace")
                raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{output[-6000:]}")

        finish.kill = kill
        return finish

    def start(self, django_db_blocker=None):
        """Build the database, media and static files, then start gunicorn.

        Given the test run's `django_db_blocker` and a SQLite test database, the database and media are
        the run's own demo, copied (`copy_the_test_runs_demo`, a second or two); otherwise (PostgreSQL,
        or no test run) `migrate` and `load_demo_content` run with the server's settings. `collectstatic`
        runs meanwhile, in its own process."""
        self.env = self.environment()
        collectstatic = self.manage_in_background("collectstatic", "--noinput", "-v", "0")
        try:
            if django_db_blocker is not None and can_copy_the_test_runs_demo(self.env):
                copy_the_test_runs_demo(self, django_db_blocker)
            else:
                self.manage("migrate", "--noinput", "-v", "0")
                self.manage("load_demo_content")
        except BaseException:
            collectstatic.kill()
            raise
        collectstatic()
        gunicorn = Path(sys.executable).parent / "gunicorn"
        command = [str(gunicorn), "-c", str(BASE_DIR / "portal" / "gunicorn.conf.py"), "portal.wsgi"]
        command += ["--bind", f"{HOST}:{self.port}", "--log-level", "warning"]
        self.gunicorn_log = open(self.workdir / "gunicorn.log", "wb")  # noqa: SIM115 (closed in stop)
        self.gunicorn = subprocess.Popen(  # noqa: S603
            command, cwd=BASE_DIR, env=self.env, stdout=self.gunicorn_log, stderr=subprocess.STDOUT
        )
        self.wait_for(self.port, self.gunicorn, "gunicorn.log")
        return self

    def start_proxy(self):
        self.tls_port = free_port()
        self_signed_certificate(self.workdir)
        site = NGINX_SITE.format(workdir=self.workdir, host=HOST, port=self.tls_port, upstream=self.port)
        write_config(self.workdir, site)
        self.nginx_log = open(self.workdir / "nginx.out", "wb")  # noqa: SIM115 (closed in stop)
        self.nginx = subprocess.Popen(  # noqa: S603
            [NGINX, "-c", str(self.workdir / "nginx.conf"), "-p", str(self.workdir), "-g", "daemon off;"],
            stdout=self.nginx_log,
            stderr=subprocess.STDOUT,
        )
        self.wait_for(self.tls_port, self.nginx, "nginx-error.log")

    def wait_for(self, port, process, log_name, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                log = (
                    (self.workdir / log_name).read_text(errors="replace") if (self.workdir / log_name).exists() else ""
                )
                raise RuntimeError(f"{log_name} process exited before answering:\n{log[-3000:]}")
            try:
                with socket.create_connection((HOST, port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"nothing answered on port {port} within {timeout} seconds")

    def client(self, source=HOST):
        """Straight to gunicorn, as another process on this machine (or a misrouted request) would."""
        return Client(self.port, tls=False, source=source, forwarded_proto=True)

    def proxied_client(self, source=HOST):
        """Through nginx over HTTPS, as a family's browser would."""
        return Client(self.tls_port, tls=True, source=source)

    def stop(self):
        for process in (self.nginx, self.gunicorn):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        for log in ("gunicorn_log", "nginx_log"):
            if hasattr(self, log):
                getattr(self, log).close()


def sqlite_test_database():
    from django.db import connection

    return connection.vendor == "sqlite"


def can_copy_the_test_runs_demo(env):
    """Whether the server can start from the test run's demo: only a SQLite test database copies as a
    file (and only one pytest-django has set up: never the development database), and the demo's
    files go into a local MEDIA_ROOT."""
    from django.db import connection

    return (
        sqlite_test_database()
        and connection.settings_dict["NAME"] == connection.creation._get_test_db_name()
        and env.get("MEDIA_STORAGE", "local").strip().lower() in {"", "local"}
    )


def copy_the_test_runs_demo(server, django_db_blocker):
    """Write the demo the test run has (portal/tests/demo_fixtures.py: loaded once per run) into the
    server's SQLite file and MEDIA_ROOT, as `migrate` and `load_demo_content` would have made them.

    The demo goes into the test database inside a transaction, whose pages SQLite hands over as they
    stand (`serialize`, search index included), and is then rolled back: the test database is left
    as it was found. The demo users get the server's password, hashed as production settings hash
    (Django's default hashers: the tests' MD5 is not one of them)."""
    import sqlite3

    from django.conf import global_settings
    from django.contrib.auth import get_user_model
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils.module_loading import import_string

    from portal.tests.demo_copy import _demo

    with django_db_blocker.unblock():
        with transaction.atomic():
            snapshot = getattr(connection, "_test_serialized_contents", None)
            if getattr(_demo, "tables", None) is None and snapshot:
                # The demo may be loaded here, first on this worker: from the migrations' data, as
                # a live-server test's serialized rollback gives it (a transactional test before
                # this one may have flushed the tables).
                call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
                connection.creation.deserialize_db_from_string(snapshot)
            _demo.install()
            image = connection.connection.serialize()
            transaction.set_rollback(True)
        ContentType.objects.clear_cache()
    database = server.workdir / "db.sqlite3"  # the settings shim's
    database.write_bytes(image)

    hasher = import_string(global_settings.PASSWORD_HASHERS[0])()
    encoded = hasher.encode(server.demo_password, hasher.salt())
    users = get_user_model()._meta.db_table
    with sqlite3.connect(database) as copy:
        copy.execute(f"UPDATE {users} SET password = ?", (encoded,))  # noqa: S608 (Django's table name)
    copy.close()

    media = Path(server.env["MEDIA_ROOT"])
    for name, content in _demo.files.items():
        path = media / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def csrf_from(html):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return match.group(1) if match else ""
