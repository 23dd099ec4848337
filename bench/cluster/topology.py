"""The cluster's processes: the database it starts from, the app servers, nginx and the outbox workers."""

import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from bench.cluster.config import BASE_DIR, HOST, POSTGRES_ADMIN_URL, REDIS_URL, ClusterError
from portal.tests.nginx import NGINX, free_port, production_site, self_signed_certificate, start_nginx, write_config
from portal.tests.real_server import Client


class AppServer:
    def __init__(self, number, port):
        self.number = number
        self.port = port
        self.process = None

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None

    def client(self, source=HOST):
        """Straight to this server, saying what nginx would (HTTPS)."""
        return Client(self.port, tls=False, source=source, forwarded_proto=True)


class Cluster:
    def __init__(
        self,
        workdir=None,
        servers=3,
        workers=2,
        port=None,
        database="portal_cluster",
        outbox_workers=0,
        extra_env=None,
        log=print,
    ):
        self.own_workdir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="portal-cluster-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.workers = workers
        self.database = database
        self.outbox_worker_count = outbox_workers
        self.extra_env = extra_env or {}
        self.log = log
        self.servers = [AppServer(number, free_port()) for number in range(1, servers + 1)]
        self.port = port or free_port()
        self.nginx = None
        self.outbox_workers = []
        self.demo_password = secrets.token_urlsafe(12)
        self.mail_log = self.workdir / "mail.jsonl"
        self.env = self.environment()

    # --- Set-up ---------------------------------------------------------------------------------

    @property
    def database_url(self):
        parts = urllib.parse.urlsplit(POSTGRES_ADMIN_URL)
        return urllib.parse.urlunsplit(parts._replace(path="/" + self.database))

    @property
    def url(self):
        return f"https://localhost:{self.port}/"

    def environment(self):
        ignored = {"REQUIRE_STAFF_2FA", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE", "PAGE_CACHE_DEBUG_HEADER"}
        env = {key: value for key, value in os.environ.items() if key not in ignored}
        env.update(
            DJANGO_SETTINGS_MODULE="portal.settings.production",
            PYTHONPATH=str(BASE_DIR),
            DATABASE_URL=self.database_url,
            REDIS_URL=REDIS_URL,
            CACHE_KEY_PREFIX=f"cluster-{secrets.token_hex(4)}",
            SECRET_KEY=secrets.token_urlsafe(48),  # one key for every server: sessions, CSRF, limits
            ALLOWED_HOSTS=f"localhost,{HOST}",
            WAGTAILADMIN_BASE_URL=f"https://localhost:{self.port}",
            SECURE_PROXY_SSL_HEADER="true",
            TRUSTED_PROXY_COUNT="1",
            STATIC_ROOT=str(self.workdir / "static"),
            MEDIA_ROOT=str(self.workdir / "media"),  # shared by the servers, as S3 would be
            DEMO_PASSWORD=self.demo_password,
            WEB_CONCURRENCY=str(self.workers),
            EMAIL_BACKEND="bench.mail.RecordingEmailBackend",
            REFERRAL_EMAIL_SENDER="email",
            CLUSTER_MAIL_LOG=str(self.mail_log),
        )
        env.update(self.extra_env)
        return env

    def postgres(self, database=None):
        import psycopg

        url = POSTGRES_ADMIN_URL
        if database:
            parts = urllib.parse.urlsplit(url)
            url = urllib.parse.urlunsplit(parts._replace(path="/" + database))
        return psycopg.connect(url, autocommit=True, connect_timeout=5)

    def create_database(self):
        from psycopg import sql

        with self.postgres() as connection:
            name = sql.Identifier(self.database)
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            connection.execute(sql.SQL("CREATE DATABASE {}").format(name))

    def drop_database(self):
        from psycopg import sql

        with self.postgres() as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.database)))

    def manage(self, *args, env=None, timeout=600):
        done = subprocess.run(  # noqa: S603 (our own argv)
            [sys.executable, str(BASE_DIR / "manage.py"), *args],
            cwd=BASE_DIR,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise ClusterError(f"manage.py {' '.join(args[:2])} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
        return done.stdout

    def shell(self, code, env=None):
        """Run Python in a process with the servers' settings (as `manage.py shell -c`); its output."""
        return self.manage("shell", "-c", code, env=env)

    def prepare(self):
        started = time.monotonic()
        # Static files need no database: collected (and compressed, 15-20 s) on the other core meanwhile.
        self.log("Collecting static files…")
        collecting = subprocess.Popen(  # noqa: S603 (our own argv)
            [sys.executable, str(BASE_DIR / "manage.py"), "collectstatic", "--noinput", "-v", "0"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            self.log(f"Creating the PostgreSQL database {self.database}…")
            self.create_database()
            self.log("Migrating…")
            self.manage("migrate", "--noinput", "-v", "0")
            self.log("Loading the demo content…")
            self.demo_output = self.manage("load_demo_content")
        finally:
            output, _ = collecting.communicate(timeout=600)
        if collecting.returncode != 0:
            raise ClusterError(f"manage.py collectstatic failed:\n{output[-4000:]}")
        self.log(f"Ready to serve after {time.monotonic() - started:.0f} s of set-up.")

    # --- Processes ------------------------------------------------------------------------------

    def start_server(self, server):
        gunicorn = Path(sys.executable).parent / "gunicorn"
        command = [str(gunicorn), "-c", str(BASE_DIR / "portal" / "gunicorn.conf.py"), "portal.wsgi"]
        command += ["--bind", f"{HOST}:{server.port}", "--log-level", "warning"]
        log = open(self.workdir / f"server-{server.number}.log", "ab")  # noqa: SIM115 (closed by the process)
        # A session of its own: Ctrl+C reaches only this script, which stops the servers in order,
        # and a test can kill a server's master and workers at once.
        server.process = subprocess.Popen(  # noqa: S603
            command, cwd=BASE_DIR, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        return server

    def wait_until_serving(self, server, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                tail = (self.workdir / f"server-{server.number}.log").read_text(errors="replace")[-3000:]
                raise ClusterError(f"app server {server.number} exited before answering:\n{tail}")
            try:
                if server.client().get("/healthz").status in (200, 503):
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise ClusterError(f"app server {server.number} did not answer within {timeout} s")

    def kill_server(self, server, sig=signal.SIGKILL):
        """Kill a server's master and workers at once, as a machine that dies would."""
        if server.running:
            os.killpg(server.process.pid, sig)
            server.process.wait(timeout=30)

    def restart_server(self, server):
        self.kill_server(server, signal.SIGTERM)
        self.start_server(server)
        self.wait_until_serving(server)

    def start_balancer(self):
        """nginx with the production site (deploy/nginx/portal.conf), in front of these servers."""
        self_signed_certificate(self.workdir)
        upstreams = [server.port for server in self.servers]
        site = production_site(self.workdir, self.port, upstreams, self.workdir / "static", self.workdir / "media")
        write_config(self.workdir, site, connections=1024)
        try:
            self.nginx = start_nginx(self.workdir, self.port)
        except RuntimeError as error:
            raise ClusterError(str(error)) from error

    def start_outbox_worker(self, number, env=None):
        log = open(self.workdir / f"outbox-{number}.log", "ab")  # noqa: SIM115
        process = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "bench.outbox_worker", "--interval", "1"],
            cwd=BASE_DIR,
            env={**self.env, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        self.outbox_workers.append(process)
        return process

    def start(self):
        if not os.path.exists(NGINX):
            raise ClusterError(f"nginx not found at {NGINX}: install Debian's nginx-light package")
        self.prepare()
        for server in self.servers:
            self.start_server(server)
        for server in self.servers:
            self.wait_until_serving(server)
        self.start_balancer()
        for number in range(1, self.outbox_worker_count + 1):
            self.start_outbox_worker(number)
        return self

    def client(self, source=HOST):
        """Through nginx over HTTPS, as a family's browser would."""
        return Client(self.port, tls=True, source=source)

    def stop_outbox_workers(self, timeout=30):
        for process in self.outbox_workers:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.outbox_workers:
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.outbox_workers = []

    def stop(self, drop_database=False, keep_workdir=False):
        self.stop_outbox_workers()
        processes = [self.nginx] + [server.process for server in self.servers]
        for process in processes:
            if process is not None and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            if process is None:
                continue
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if drop_database:
            try:
                self.drop_database()
            except Exception as error:  # PostgreSQL down: say so, do not hide the run's own result
                self.log(f"Could not drop {self.database}: {error}")
        if self.own_workdir and not keep_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)
