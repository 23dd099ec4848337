"""`make bench`: serve a throwaway copy of the demo site with gunicorn and production settings, load it
from this process with a small asyncio HTTP client, and write docs/benchmarks.md.

Everything lives in var/bench/ (database, cache, collected static files) and is removed afterwards;
only 127.0.0.1 is ever contacted. Each target is compared with serving a small CSS file through
whitenoise from the same server: the ceiling, since no page can be cheaper than a static file.
"""

import asyncio
import contextlib
import datetime
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

HOST = "127.0.0.1"
CEILING = "Static CSS (ceiling)"
# Cached public pages should manage at least this share of the static file's throughput.
CACHED_PAGE_BUDGET = 0.5
NOT_MEASURED = [
    (
        "Referral submission (POST)",
        "the referral journey is a dozen steps with per-step validation; not scripted yet",
    ),
    ("Lighthouse scores and home page transfer size", "Lighthouse is not run by this command"),
]

# Production settings with two changes for a throwaway run: the file cache lives in var/bench/ (so
# the bench neither reads nor pollutes the real cache), and the per-client POST limit is off, since
# every benchmark request comes from one address and would otherwise be refused after a few dozen.
SETTINGS_SHIM = '''\
"""Written by run_benchmarks; deleted with var/bench/."""
import os

from portal.settings.production import *  # noqa: F403

if not os.environ.get("REDIS_URL"):
    CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                            "LOCATION": {cache_dir!r}}}}}
RATELIMIT_ENABLED = False
'''


# --- Statistics (pure, unit-tested) -------------------------------------------------------


def percentile(samples, fraction):
    """The value below which `fraction` of the samples fall, interpolating between neighbours."""
    if not samples:
        return None
    if not 0 <= fraction <= 1:
        raise ValueError("fraction must be between 0 and 1")
    ordered = sorted(samples)
    position = (len(ordered) - 1) * fraction
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def summarise(latencies, errors, elapsed):
    """Requests per second and latency percentiles (milliseconds) for one target."""
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed if elapsed > 0 else 0.0,
        "p50": _ms(percentile(latencies, 0.50)),
        "p95": _ms(percentile(latencies, 0.95)),
        "p99": _ms(percentile(latencies, 0.99)),
    }


def _ms(seconds):
    return None if seconds is None else seconds * 1000


# --- A minimal HTTP/1.1 client ------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: list
    body: bytes
    closes: bool

    def cookies(self):
        found = {}
        for name, value in self.headers:
            if name == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, cookie_value = pair.partition("=")
                found[key.strip()] = cookie_value.strip()
        return found


@dataclass
class Request:
    path: str
    method: str = "GET"
    form: dict = field(default_factory=dict)
    cookies: dict = field(default_factory=dict)

    def encode(self, port):
        body = urlencode(self.form).encode() if self.method == "POST" else b""
        lines = [
            f"{self.method} {self.path} HTTP/1.1",
            f"Host: {HOST}:{port}",
            "User-Agent: portal-bench",
            "Accept: text/html,*/*",
            "Accept-Encoding: gzip",
        ]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if self.method == "POST":
            lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


class Connection:
    """One keep-alive connection that reopens itself when the server closes it (gunicorn's sync
    workers close after every response; threaded workers keep it open)."""

    def __init__(self, port):
        self.port = port
        self.reader = self.writer = None

    async def send(self, request):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port)
        self.writer.write(request.encode(self.port))
        await self.writer.drain()
        response = await read_response(self.reader)
        if response.closes:
            await self.close()
        return response

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()
        self.reader = self.writer = None


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    version, status = status_line.split(" ", 2)[:2]
    headers = []
    for line in header_lines:
        if ":" in line:
            name, value = line.split(":", 1)
            headers.append((name.strip().lower(), value.strip()))
    values = dict(headers)
    if "content-length" in values:
        body = await reader.readexactly(int(values["content-length"]))
    elif values.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            body += await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        body = await reader.read()
        return Response(int(status), headers, body, True)
    closes = values.get("connection", "").lower() == "close" or version == "HTTP/1.0"
    return Response(int(status), headers, body, closes)


async def self_assessment_session(port):
    """Start a self-assessment as a family would: the CSRF token from the start page, then POST start."""
    connection = Connection(port)
    try:
        start = await connection.send(Request("/self-assessment/"))
        cookies = start.cookies()
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', start.body)
        if start.status != 200 or token is None:
            raise CommandError(f"Self-assessment start page answered {start.status} without a CSRF token")
        token = token.group(1).decode()
        started = await connection.send(
            Request("/self-assessment/start/", "POST", {"csrfmiddlewaretoken": token}, cookies)
        )
        cookies.update(started.cookies())
        if started.status != 302:
            raise CommandError(f"Starting a self-assessment answered {started.status}, not a redirect")
        return cookies, token
    finally:
        await connection.close()


# --- Targets ------------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    path: str
    expect: int = 200
    cold: bool = False  # a new query string on every request, so the page cache never answers
    journey: str = ""  # "get" or "post": each connection first starts its own self-assessment
    form: dict = field(default_factory=dict)
    note: str = ""


async def run_target(target, port, concurrency, duration):
    """Send requests back to back on `concurrency` connections for `duration` seconds."""
    latencies = []
    errors = 0
    counter = 0
    # Each connection's own journey is set up before the clock starts.
    sessions = [({}, "")] * concurrency
    if target.journey:
        sessions = await asyncio.gather(*(self_assessment_session(port) for _ in range(concurrency)))
    deadline = time.perf_counter() + duration

    async def client(cookies, token):
        nonlocal errors, counter
        connection = Connection(port)
        try:
            while time.perf_counter() < deadline:
                counter += 1
                path = f"{target.path}?bench={counter}" if target.cold else target.path
                if target.journey == "post":
                    request = Request(path, "POST", {**target.form, "csrfmiddlewaretoken": token}, cookies)
                else:
                    request = Request(path, cookies=cookies)
                started = time.perf_counter()
                try:
                    response = await connection.send(request)
                except (OSError, asyncio.IncompleteReadError):
                    errors += 1
                    await connection.close()
                    continue
                latencies.append(time.perf_counter() - started)
                if response.status != target.expect:
                    errors += 1
        finally:
            await connection.close()

    began = time.perf_counter()
    await asyncio.gather(*(client(*session) for session in sessions))
    return summarise(latencies, errors, time.perf_counter() - began)


async def single_request_ms(port, path):
    connection = Connection(port)
    try:
        started = time.perf_counter()
        response = await connection.send(Request(path))
        return (time.perf_counter() - started) * 1000, response.status
    finally:
        await connection.close()


# --- The command --------------------------------------------------------------------------


class Command(BaseCommand):
    help = "Benchmark the demo site under gunicorn with production settings and write docs/benchmarks.md."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=float, default=5.0, help="Seconds per target (default 5)")
        parser.add_argument("--concurrency", type=int, default=4, help="Concurrent connections (default 4)")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
        parser.add_argument("--output", default="docs/benchmarks.md", help="Where to write the report")
        parser.add_argument("--keep", action="store_true", help="Keep var/bench/ afterwards, for inspection")

    def handle(self, *args, **options):
        base = Path(settings.BASE_DIR)
        workdir = base / "var" / "bench"
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        server = None
        try:
            env = self.child_environment(base, workdir)
            self.prepare(base, env)
            port = free_port()
            server = self.start_server(base, env, port, options["workers"], workdir)
            self.wait_until_ready(server, port)
            results, first_cold = asyncio.run(self.measure(port, workdir, options))
            self.report(results, first_cold, options, base / options["output"])
        finally:
            if server is not None:
                stop(server)
            if not options["keep"]:
                shutil.rmtree(workdir, ignore_errors=True)

    def child_environment(self, base, workdir):
        (workdir / "bench_settings.py").write_text(SETTINGS_SHIM.format(cache_dir=str(workdir / "cache")))
        env = {key: value for key, value in os.environ.items() if key not in ("REQUIRE_STAFF_2FA", "DEBUG")}
        env.update(
            DJANGO_SETTINGS_MODULE="bench_settings",
            PYTHONPATH=os.pathsep.join(filter(None, [str(workdir), str(base), os.environ.get("PYTHONPATH")])),
            DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
            SECRET_KEY=secrets.token_urlsafe(48)[:64],
            ALLOWED_HOSTS=HOST,
            SECURE_SSL_REDIRECT="false",
            STATIC_ROOT=str(workdir / "static"),
            MEDIA_ROOT=str(workdir / "media"),
            DEMO_PASSWORD=secrets.token_urlsafe(16),
            PAGE_CACHE_ENABLED="true",
        )
        if env.get("REDIS_URL"):
            env["CACHE_KEY_PREFIX"] = f"bench-{secrets.token_hex(4)}"
        return env

    def prepare(self, base, env):
        manage = [sys.executable, str(base / "manage.py")]
        for step, label in (
            (["migrate", "--noinput", "-v", "0"], "Migrating a throwaway database"),
            (["load_demo_content"], "Loading the demo content"),
            (["collectstatic", "--noinput", "-v", "0"], "Collecting static files"),
        ):
            self.stdout.write(f"{label}…")
            done = subprocess.run(manage + step, cwd=base, env=env, capture_output=True, text=True)  # noqa: S603 (our own argv)
            if done.returncode != 0:
                raise CommandError(f"{' '.join(step)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")

    def start_server(self, base, env, port, workers, workdir):
        gunicorn = Path(sys.executable).parent / "gunicorn"
        command = [str(gunicorn), "portal.wsgi", "--bind", f"{HOST}:{port}", "--workers", str(workers)]
        command += ["--log-level", "warning"]
        self.stdout.write(f"Starting gunicorn on {HOST}:{port} with {workers} workers…")
        log = open(workdir / "gunicorn.log", "wb")  # noqa: SIM115 (closed with the process)
        server = subprocess.Popen(command, cwd=base, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        server.log_file = log
        self.static_paths = json.loads((workdir / "static" / "staticfiles.json").read_text())["paths"]
        return server

    def wait_until_ready(self, server, port, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise CommandError("gunicorn exited before answering; see var/bench/gunicorn.log (use --keep)")
            try:
                _, status = asyncio.run(single_request_ms(port, "/"))
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise CommandError(f"gunicorn did not answer on port {port} within {timeout} seconds")

    def targets(self, age_band):
        static = "/static/" + self.static_paths["css/portal.css"]
        framework = "/static/" + self.static_paths["css/nhsuk-frontend.min.css"]
        advice = "/advice/getting-dressed/"
        return [
            Target(CEILING, static, note="css/portal.css through whitenoise"),
            Target("Static CSS, NHS.UK frontend (205 KB)", framework, note="gzip-compressed copy"),
            Target("Home page (cached)", "/"),
            Target("Advice topic (cache cold)", advice, cold=True, note="new query string each time: every one a miss"),
            Target("Advice topic (cache warm)", advice),
            Target("Waiting times (cached)", "/waiting-times/"),
            Target("Schools packs, filtered (cached)", "/schools/resources/?audience=primary"),
            Target("Self-assessment step GET", "/self-assessment/age/", journey="get", note="never cached"),
            Target(
                "Self-assessment step POST",
                "/self-assessment/age/",
                expect=302,
                journey="post",
                form={"age_band": age_band},
                note="valid answer, redirect",
            ),
        ]

    async def measure(self, port, workdir, options):
        page = await Connection(port).send(Request("/self-assessment/"))  # a warm-up, and proof it serves
        if page.status != 200:
            raise CommandError(f"/self-assessment/ answered {page.status}")
        age_band = await self.first_age_band(port)
        # "First request after clearing the cache": the file cache is just files, so removing them clears it.
        shutil.rmtree(workdir / "cache", ignore_errors=True)
        first_cold = await single_request_ms(port, "/advice/getting-dressed/")
        results = []
        for target in self.targets(age_band):
            self.stdout.write(f"  {target.name}…")
            summary = await run_target(target, port, options["concurrency"], options["duration"])
            results.append((target, summary))
        return results, first_cold

    async def first_age_band(self, port):
        cookies, _ = await self_assessment_session(port)
        connection = Connection(port)
        try:
            page = await connection.send(Request("/self-assessment/age/", cookies=cookies))
        finally:
            await connection.close()
        found = re.search(rb'name="age_band" type="radio" value="([^"]+)"|name="age_band" value="([^"]+)"', page.body)
        if found is None:
            found = re.search(rb'type="radio"[^>]*value="([^"]+)"', page.body)
        if found is None:
            raise CommandError("Could not find an age band on the self-assessment age step")
        return next(group for group in found.groups() if group).decode()

    def report(self, results, first_cold, options, output):
        ceiling = next(summary["rps"] for target, summary in results if target.name == CEILING) or 1.0
        rows = []
        for target, summary in results:
            ratio = summary["rps"] / ceiling
            rows.append((target, summary, ratio))
        table = format_table(rows)
        self.stdout.write("\n" + table + "\n")
        first_ms, first_status = first_cold
        self.stdout.write(f"First advice topic request after clearing the cache: {first_ms:.0f} ms ({first_status})")
        output.write_text(render_markdown(rows, first_ms, options))
        self.stdout.write(self.style.SUCCESS(f"Wrote {output}"))


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def stop(server):
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    server.log_file.close()


def _fmt(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def format_table(rows):
    header = f"{'Target':<40} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'vs static':>9} {'errors':>6}"
    lines = [header, "-" * len(header)]
    for target, summary, ratio in rows:
        lines.append(
            f"{target.name:<40} {summary['rps']:>8.0f} {_fmt(summary['p50']):>8} {_fmt(summary['p95']):>8} "
            f"{_fmt(summary['p99']):>8} {ratio:>8.0%} {summary['errors']:>6}"
        )
    return "\n".join(lines)


def render_markdown(rows, first_cold_ms, options):
    by_name = {target.name: (summary, ratio) for target, summary, ratio in rows}
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`manage.py run_benchmarks`); run it again to refresh. Numbers from one",
        "machine are for comparing changes on that machine, not promises about production hardware.",
        "",
        f"- Date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"- Machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"- Server: gunicorn, {options['workers']} sync workers, `portal.settings.production` on 127.0.0.1,",
        "  SQLite, file cache, demo content. The load generator runs on the same machine and shares its CPUs.",
        f"- Load: {options['concurrency']} concurrent connections, {options['duration']:g} s per target, "
        "requests back to back.",
        "",
        "| Target | req/s | p50 ms | p95 ms | p99 ms | vs static | errors | notes |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for target, summary, ratio in rows:
        lines.append(
            f"| {target.name} | {summary['rps']:.0f} | {_fmt(summary['p50'])} | {_fmt(summary['p95'])} | "
            f"{_fmt(summary['p99'])} | {ratio:.0%} | {summary['errors']} | {target.note} |"
        )
    lines += [
        "",
        f"First request for an advice topic after clearing the cache: {first_cold_ms:.0f} ms.",
        "",
        "## Budgets",
        "",
    ]
    cached = [name for name in by_name if "(cached)" in name or "warm" in name]
    for name in cached:
        ratio = by_name[name][1]
        verdict = "met" if ratio >= CACHED_PAGE_BUDGET else f"missed by {CACHED_PAGE_BUDGET - ratio:.0%} points"
        lines.append(f"- {name}: {ratio:.0%} of static, budget ≥ {CACHED_PAGE_BUDGET:.0%}: **{verdict}**.")
    cold = by_name.get("Advice topic (cache cold)")
    if cold and cold[0]["p95"] is not None:
        p95 = cold[0]["p95"]
        verdict = "met" if p95 <= 150 else f"missed by {p95 - 150:.0f} ms"
        lines.append(f"- Uncached advice topic p95 {p95:.0f} ms, budget ≤ 150 ms at 4 clients: **{verdict}**.")
    post = by_name.get("Self-assessment step POST")
    if post and post[0]["p95"] is not None:
        p95 = post[0]["p95"]
        verdict = "met" if p95 <= 100 else f"missed by {p95 - 100:.0f} ms"
        lines.append(f"- Self-assessment step POST p95 {p95:.0f} ms, budget ≤ 100 ms: **{verdict}**.")
    lines += ["", "## Not measured", ""]
    lines += [f"- {name}: {why}." for name, why in NOT_MEASURED]
    return "\n".join(lines) + "\n"
