"""`make cluster`: several gunicorn app servers behind nginx, on one PostgreSQL and one Redis.

    python -m bench.cluster [--servers 3] [--workers 2] [--port 8443] [--database portal_cluster]
                            [--outbox-workers 2] [--keep]

The topology of docs/deployment.md on one machine, with no containers:

- a PostgreSQL database (default `portal_cluster`, dropped and created afresh), migrated, with the demo;
- Redis (`CLUSTER_REDIS_URL`, default database 7 of the local Redis) as the shared cache, under a key
  prefix of its own, so page cache, rate limits and sign-in lockouts are shared by every server;
- N gunicorn app servers (production settings, the same SECRET_KEY) on loopback ports;
- nginx (Debian's, started here with its own configuration in a temporary folder) terminating TLS with a
  throwaway certificate and sharing requests between the servers, one trusted proxy hop as
  TRUSTED_PROXY_COUNT=1 says;
- outbox workers (`bench/outbox_worker.py`), `manage.py send_notifications` in a loop, beside the first
  servers; emails go to the stand-in provider in bench/mail.py, which writes them to mail.jsonl.

Prints the address and stops everything on Ctrl+C. The tests (bench/tests/test_cluster.py) and the
soak (bench/soak.py) drive the same `Cluster` class.
"""

import argparse
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from portal.tests.real_server import NGINX, Client, free_port, self_signed_certificate

BASE_DIR = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
POSTGRES_ADMIN_URL = os.environ.get("CLUSTER_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("CLUSTER_REDIS_URL", "redis://127.0.0.1:6379/7")

NGINX_CONF = """\
{user}
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/nginx-body;
    proxy_temp_path {workdir}/nginx-proxy;
    fastcgi_temp_path {workdir}/nginx-fastcgi;
    uwsgi_temp_path {workdir}/nginx-uwsgi;
    scgi_temp_path {workdir}/nginx-scgi;
    client_max_body_size 30m;
    upstream portal {{
        # A server that refuses connections is left alone for 5 seconds. A request that reached a
        # server is never sent to another (nginx does not retry POSTs): the family's retry is safe
        # because a referral is saved once per journey, whichever server answers.
{servers}
    }}
    server {{
        listen {host}:{port} ssl;
        server_name localhost;
        ssl_certificate {workdir}/cert.pem;
        ssl_certificate_key {workdir}/key.pem;
        location / {{
            proxy_pass http://portal;
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            proxy_set_header Host $http_host;
            # Appends the client's address: TRUSTED_PROXY_COUNT=1 makes the app read the last entry.
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
        }}
    }}
}}
"""


class ClusterError(RuntimeError):
    pass


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
        self.log(f"Creating the PostgreSQL database {self.database}…")
        self.create_database()
        self.log("Migrating…")
        self.manage("migrate", "--noinput", "-v", "0")
        self.log("Loading the demo content…")
        self.demo_output = self.manage("load_demo_content")
        self.log("Collecting static files…")
        self.manage("collectstatic", "--noinput", "-v", "0")
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
        self_signed_certificate(self.workdir)
        upstreams = "\n".join(
            f"        server {HOST}:{server.port} max_fails=1 fail_timeout=5s;" for server in self.servers
        )
        conf = NGINX_CONF.format(
            user="user root;" if os.geteuid() == 0 else "",
            workdir=self.workdir,
            host=HOST,
            port=self.port,
            servers=upstreams,
        )
        (self.workdir / "nginx.conf").write_text(conf)
        log = open(self.workdir / "nginx.out", "ab")  # noqa: SIM115
        self.nginx = subprocess.Popen(  # noqa: S603
            [NGINX, "-c", str(self.workdir / "nginx.conf"), "-p", str(self.workdir), "-g", "daemon off;"],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.nginx.poll() is not None:
                raise ClusterError("nginx exited:\n" + (self.workdir / "nginx-error.log").read_text(errors="replace"))
            try:
                with socket.create_connection((HOST, self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.2)
        raise ClusterError(f"nginx did not listen on {self.port}")

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


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.cluster", description=__doc__.splitlines()[0])
    parser.add_argument("--servers", type=int, default=int(os.environ.get("CLUSTER_SERVERS", "3")))
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server (default 2)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("CLUSTER_PORT", "8443")))
    parser.add_argument("--database", default="portal_cluster")
    parser.add_argument("--outbox-workers", type=int, default=2, help="send_notifications loops (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, mail.jsonl)")
    options = parser.parse_args(argv)
    cluster = Cluster(
        servers=options.servers,
        workers=options.workers,
        port=options.port,
        database=options.database,
        outbox_workers=options.outbox_workers,
    )
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        cluster.start()
        print(cluster.demo_output.strip())
        print()
        print(
            f"{len(cluster.servers)} app servers, {options.workers} gunicorn workers each, on ports "
            + ", ".join(str(server.port) for server in cluster.servers)
        )
        print(f"PostgreSQL database {cluster.database}; Redis {REDIS_URL} (prefix {cluster.env['CACHE_KEY_PREFIX']})")
        print(f"{options.outbox_workers} outbox workers; emails are written to {cluster.mail_log}")
        print(f"Logs in {cluster.workdir}")
        print(f"\nServing the cluster on {cluster.url} (a self-signed certificate). Ctrl+C stops it.", flush=True)
        while not stopping:
            for server in cluster.servers:
                if not server.running:
                    print(f"App server {server.number} stopped; see {cluster.workdir}/server-{server.number}.log")
                    stopping.append(True)
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    except ClusterError as error:
        print(error, file=sys.stderr)
        cluster.stop(keep_workdir=True)
        return 1
    print("\nStopping the load balancer, the app servers and the outbox workers…", flush=True)
    cluster.stop(keep_workdir=options.keep)
    print(f"Stopped. The database {cluster.database} is kept until the next `make cluster`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
