"""`make bench`: serve a throwaway copy of the demo site with gunicorn and production settings, load it
from this process with a small asyncio HTTP client, and write docs/benchmarks.md.

Everything lives in var/bench/ (database, cache, collected static files) and is removed afterwards;
only 127.0.0.1 is ever contacted, apart from npm installing Lighthouse once into var/bench-node/.
Each target is compared with serving a small CSS file through whitenoise from the same server: the
ceiling, since no page can be cheaper than a static file. Then come the referral submission, the
home page's transfer size, and Lighthouse scores for three pages.
"""

import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from bench.cluster_figures import measure_cluster
from bench.lighthouse import LighthouseUnavailable, ensure_installed, run_lighthouse, summarise_report
from bench.loadgen import (
    CEILING,
    HOST,
    Connection,
    Request,
    Target,
    run_target,
    self_assessment_session,
    single_request_ms,
)
from bench.packs import measure_pack_pdfs, pack_pdf_section
from bench.pinning import plan
from bench.referral import CHECK_PATH, run_referral_submissions
from bench.report import format_table, render_markdown
from bench.transfer import account, measure_page_weight
from bench.wrk import measure as measure_with_wrk

ADVICE_TOPIC = "/advice/getting-dressed/"
SELF_ASSESSMENT_STEP = "/self-assessment/age/"
REFERRAL_SUBMISSION = "Referral submission (POST)"
# How Django logs SQLite refusing a write (once per failed request; the chained sqlite3 error is not counted).
DATABASE_LOCKED = "django.db.utils.OperationalError: database is locked"

# Production settings with three changes for a throwaway run: the SQLite database and the file
# cache live in var/bench/ (so the bench neither reads nor pollutes the real ones; the database keeps
# the options of the one-machine SQLite set-up, such as its busy timeout), and the per-client POST
# limits are off, since every benchmark request comes from one address and would otherwise be
# refused after a few dozen.
SETTINGS_SHIM = '''\
"""Written by `make bench` (bench/run.py); deleted with var/bench/."""
import os

from portal.settings.production import *  # noqa: F403

DATABASES["default"]["NAME"] = {database!r}  # noqa: F405 (SQLite: DATABASE_URL is not passed on)
if not os.environ.get("REDIS_URL"):
    CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                            "LOCATION": {cache_dir!r}}}}}
RATELIMIT_ENABLED = False
'''


class Command(BaseCommand):
    help = "Benchmark the demo site under gunicorn with production settings and write docs/benchmarks.md."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=float, default=4.0, help="Seconds per target (default 4)")
        parser.add_argument("--concurrency", type=int, default=4, help="Concurrent connections (default 4)")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
        parser.add_argument("--output", default="docs/benchmarks.md", help="Where to write the report")
        parser.add_argument("--keep", action="store_true", help="Keep var/bench/ afterwards, for inspection")
        parser.add_argument("--no-lighthouse", action="store_true", help="Skip Lighthouse (the report says so)")
        parser.add_argument("--no-cluster", action="store_true", help="Skip the cluster's figures (the report says so)")

    def handle(self, *args, **options):
        began = time.monotonic()
        base = Path(settings.BASE_DIR)
        workdir = base / "var" / "bench"
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        self.durations = []
        server = None
        try:
            env = self.child_environment(base, workdir)
            with self.phase("setup"):
                self.prepare(base, env)
                port = free_port()
                self.pinning = plan()
                server = self.start_server(base, env, port, options["workers"], workdir)
                self.wait_until_ready(server, port)
                self.pinning.pin_load_generator()
            results, first_cold = asyncio.run(self.measure(port, workdir, options))
            with self.phase("wrk"):
                static = "/static/" + self.static_paths["css/portal.css"]
                wrk = measure_with_wrk(port, static, ADVICE_TOPIC, self.stdout.write)
            log = (workdir / "gunicorn.log").read_text(errors="replace")
            self.referral_summary["database_locked"] = log.count(DATABASE_LOCKED)
            with self.phase("page weight"):
                page_weight = self.page_weight(port, workdir)
            with self.phase("Lighthouse"):
                lighthouse = self.lighthouse(port, base, workdir, options)
            with self.phase("pack PDFs"):
                self.stdout.write("Pack PDFs: rendering each demo pack…")
                pack_pdfs = measure_pack_pdfs(base, env)
            with self.phase("cluster"):
                cluster = None if options["no_cluster"] else measure_cluster(options, self.pinning, self.stdout.write)
            extras = {"page_weight": page_weight, "lighthouse": lighthouse, "referral": self.referral_summary}
            extras["cluster"] = cluster
            extras["pack_pdfs"] = pack_pdfs
            extras["wrk"] = wrk
            extras.update(durations=self.durations, wall_seconds=time.monotonic() - began)
            extras.update(pinning=self.pinning.description(), cache="Redis" if env.get("REDIS_URL") else "file cache")
            self.report(results, first_cold, options, base / options["output"], extras)
        finally:
            if server is not None:
                stop(server)
            if not options["keep"]:
                shutil.rmtree(workdir, ignore_errors=True)

    @contextmanager
    def phase(self, name):
        started = time.monotonic()
        try:
            yield
        finally:
            self.durations.append((name, time.monotonic() - started))

    def child_environment(self, base, workdir):
        shim = SETTINGS_SHIM.format(database=str(workdir / "db.sqlite3"), cache_dir=str(workdir / "cache"))
        (workdir / "bench_settings.py").write_text(shim)
        ignored = ("REQUIRE_STAFF_2FA", "DEBUG", "DATABASE_URL")
        env = {key: value for key, value in os.environ.items() if key not in ignored}
        env.update(
            DJANGO_SETTINGS_MODULE="bench_settings",
            PYTHONPATH=os.pathsep.join(filter(None, [str(workdir), str(base), os.environ.get("PYTHONPATH")])),
            SECRET_KEY=secrets.token_urlsafe(48)[:64],
            ALLOWED_HOSTS=HOST,
            WAGTAILADMIN_BASE_URL=f"https://{HOST}",
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
        config = str(base / "portal" / "gunicorn.conf.py")
        command = [str(gunicorn), "-c", config, "portal.wsgi", "--bind", f"{HOST}:{port}", "--workers", str(workers)]
        command = self.pinning.server_command(command + ["--log-level", "warning"])
        self.stdout.write(f"Starting gunicorn on {HOST}:{port} with {workers} workers… {self.pinning.description()}")
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
        return [
            Target(CEILING, static, note="css/portal.css through whitenoise"),
            Target("Static CSS, NHS.UK frontend (205 KB)", framework, note="gzip-compressed copy"),
            Target("Home page (cached)", "/"),
            Target(
                "Advice topic (cache cold)",
                ADVICE_TOPIC,
                cold=True,
                note="new query string each time: every one a miss",
            ),
            Target("Advice topic (cache warm)", ADVICE_TOPIC),
            Target("Waiting times (cached)", "/waiting-times/"),
            Target("Schools packs (cached)", "/schools/resources/"),
            Target("Schools packs, filtered", "/schools/resources/?audience=primary", note="filters are never cached"),
            Target("Self-assessment step GET", SELF_ASSESSMENT_STEP, journey="get", note="never cached"),
            Target(
                "Self-assessment step POST",
                SELF_ASSESSMENT_STEP,
                expect=302,
                journey="post",
                form={"age_band": age_band},
                note="valid answer, redirect",
            ),
        ]

    async def measure(self, port, workdir, options):
        with self.phase("load targets"):
            page = await Connection(port).send(Request("/self-assessment/"))  # a warm-up, and proof it serves
            if page.status != 200:
                raise CommandError(f"/self-assessment/ answered {page.status}")
            age_band = await self.first_age_band(port)
            # "First request after clearing the cache": the file cache is just files, so removing them clears it.
            shutil.rmtree(workdir / "cache", ignore_errors=True)
            first_cold = await single_request_ms(port, ADVICE_TOPIC)
            results = []
            for target in self.targets(age_band):
                self.stdout.write(f"  {target.name}…")
                summary = await run_target(target, port, options["concurrency"], options["duration"])
                results.append((target, summary))
        with self.phase("referral submission"):
            self.stdout.write(f"  {REFERRAL_SUBMISSION} (each journey walked first, untimed)…")
            summary = await run_referral_submissions(port, options["concurrency"], options["duration"])
            self.referral_summary = summary
            note = f"final POST only; {summary['sessions']} journeys walked untimed beforehand"
            results.append((Target(REFERRAL_SUBMISSION, CHECK_PATH, expect=302, note=note), summary))
        return results, first_cold

    async def first_age_band(self, port):
        cookies, _ = await self_assessment_session(port)
        connection = Connection(port)
        try:
            page = await connection.send(Request(SELF_ASSESSMENT_STEP, cookies=cookies))
        finally:
            await connection.close()
        found = re.search(rb'name="age_band" type="radio" value="([^"]+)"|name="age_band" value="([^"]+)"', page.body)
        if found is None:
            found = re.search(rb'type="radio"[^>]*value="([^"]+)"', page.body)
        if found is None:
            raise CommandError("Could not find an age band on the self-assessment age step")
        return next(group for group in found.groups() if group).decode()

    def page_weight(self, port, workdir):
        self.stdout.write("Home page transfer size…")
        transfers = asyncio.run(measure_page_weight(port, "/"))
        totals = account(transfers)
        self.stdout.write(f"  {totals['wire_bytes'] / 1024:.1f} KB over {totals['files']} files")
        return {"transfers": transfers, "totals": totals, "compression_note": compression_note(workdir / "static")}

    def lighthouse(self, port, base, workdir, options):
        if options["no_lighthouse"]:
            return {"not_run": "skipped with --no-lighthouse"}
        cache_dir = base / "var" / "bench-node"
        try:
            self.stdout.write("Lighthouse: checking Node and the cached install in var/bench-node/…")
            node, cli, installed = ensure_installed(cache_dir)
            if installed:
                self.stdout.write("  installed Lighthouse into var/bench-node/")
        except LighthouseUnavailable as reason:
            self.stdout.write(self.style.WARNING(f"Lighthouse: not run ({reason})"))
            return {"not_run": str(reason)}
        cookies, _ = asyncio.run(self_assessment_session(port))
        pages = [
            ("Home", "/", None),
            ("Advice topic", ADVICE_TOPIC, None),
            ("Self-assessment step", SELF_ASSESSMENT_STEP, cookies),  # needs a started self-assessment
        ]
        results = []
        for label, path, page_cookies in pages:
            self.stdout.write(f"  Lighthouse: {label}…")
            output = Path(tempfile.mkdtemp(dir=workdir)) / "lighthouse.json"
            try:
                report = run_lighthouse(node, cli, f"http://{HOST}:{port}{path}", output, page_cookies)
                results.append((label, path, summarise_report(report)))
            except LighthouseUnavailable as reason:
                results.append((label, path, {"error": str(reason)}))
        if all(summary.get("error") and "scores" not in summary for _, _, summary in results):
            return {"not_run": results[0][2]["error"]}
        return {"pages": results}

    def report(self, results, first_cold, options, output, extras):
        ceiling = next(summary["rps"] for target, summary in results if target.name == CEILING) or 1.0
        rows = [(target, summary, summary["rps"] / ceiling) for target, summary in results]
        self.stdout.write("\n" + format_table(rows) + "\n")
        first_ms, first_status = first_cold
        self.stdout.write(f"First advice topic request after clearing the cache: {first_ms:.0f} ms ({first_status})")
        pack_pdfs = "\n".join(pack_pdf_section(extras.get("pack_pdfs")))
        output.write_text(render_markdown(rows, first_ms, options, extras) + "\n" + pack_pdfs)
        self.stdout.write(self.style.SUCCESS(f"Wrote {output} in {extras['wall_seconds']:.0f} s"))


def compression_note(static_root):
    """What collectstatic wrote: whitenoise adds .gz (and .br, when the brotli package is installed) copies."""
    gzipped = sum(1 for _ in static_root.rglob("*.gz"))
    brotli = sum(1 for _ in static_root.rglob("*.br"))
    note = f"collectstatic wrote {gzipped} gzip and {brotli} brotli copies of the static files, which whitenoise"
    note += " serves to browsers that accept them."
    if not brotli:
        note += " No brotli copies: the `brotli` Python package is not installed, so browsers get gzip."
    return note


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
