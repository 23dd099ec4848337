"""`make soak`: referral journeys from many concurrent families across the cluster, with faults.

    python -m bench.soak [--submissions 10000] [--clients 50] [--servers 3] [--workers 2]
                         [--fail-every 10] [--no-faults] [--keep]

Starts the cluster of bench/cluster.py (database `portal_soak`, two outbox workers beside the app
servers, the stand-in email provider failing one call in `--fail-every`), then `--clients` families at
a time walk the whole referral journey through nginx over HTTPS, each from its own loopback address
(so every rate limit stays on), and send it. A family whose request fails (a connection error, 5xx,
"not sent") waits and sends the same request again, as a person would, for up to two minutes.

Faults, by progress: at a third of the submissions PostgreSQL is restarted
(`pg_ctlcluster … restart`); at 60 % Redis is killed (SIGKILL) and started again 5 seconds later.
Afterwards the outbox is drained (every retry brought forward) and the database and the provider's
log are checked: exactly one referral per completed journey, none without its event, life areas and
emails, no outbox message still waiting, no email delivered twice beyond the at-least-once bound.
Prints a report (also written to var/soak/report.md) and exits 1 if any check fails.

Restarting PostgreSQL and Redis affects everything else on the machine that uses them.
"""

import argparse
import asyncio
import contextlib
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import ssl
import subprocess
import sys
import time
import urllib.parse
from collections import Counter
from urllib.parse import urlencode

from bench.cluster import BASE_DIR, POSTGRES_ADMIN_URL, REDIS_URL, Cluster, ClusterError
from bench.loadgen import percentile, read_response
from bench.mail import read_log
from bench.referral import LIFE_AREA, TOKEN, parent_answers

CHECK = "/refer/check-your-answers/"
SENT = "/refer/sent/"
REFERENCE = re.compile(rb"RF-[A-Z0-9]{3}-[A-Z0-9]{3}")
GIVE_UP_SECONDS = 120
REDIS_DOWN_SECONDS = 5
SETTLE_SECONDS = 10  # a fault's window runs on this long after the service answers again


def source_address(number):
    """A loopback address of the family's own: 127.10.0.1, 127.10.0.2, … (Linux answers all of 127/8)."""
    return f"127.{10 + number // 62500}.{(number // 250) % 250}.{number % 250 + 1}"


class GaveUp(Exception):
    pass


class Browser:
    """One family's keep-alive HTTPS connection to nginx, with its cookies."""

    def __init__(self, port, source, context, stats):
        self.port, self.source, self.context, self.stats = port, source, context, stats
        self.cookies = {}
        self.reader = self.writer = None

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError, asyncio.TimeoutError, ssl.SSLError):
                await asyncio.wait_for(self.writer.wait_closed(), 2)
        self.reader = self.writer = None

    def encode(self, method, path, form):
        body = urlencode(form, doseq=True).encode() if method == "POST" else b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: localhost:{self.port}", "User-Agent: portal-soak"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if method == "POST":
            lines += [f"Origin: https://localhost:{self.port}", "Content-Type: application/x-www-form-urlencoded"]
            lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body

    async def once(self, method, path, form):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(
                "127.0.0.1", self.port, ssl=self.context, local_addr=(self.source, 0), server_hostname="localhost"
            )
        self.writer.write(self.encode(method, path, form))
        await self.writer.drain()
        response = await asyncio.wait_for(read_response(self.reader), 60)
        if response.closes:
            await self.close()
        for key, value in response.cookies().items():
            self.cookies[key] = value
        return response

    async def send(self, kind, method, path, form=None, ok=lambda response: response.status == 200):
        """Send until the answer is `ok`, waiting longer after each failure; GaveUp after two minutes."""
        form = form or {}
        started_trying = time.monotonic()
        wait = 0.2
        while True:
            began = time.monotonic()
            try:
                response = await self.once(method, path, form)
                problem = None if ok(response) else f"HTTP {response.status}"
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ssl.SSLError, ValueError) as error:
                await self.close()
                response, problem = None, type(error).__name__
            self.stats.record(kind, began, time.monotonic() - began, problem)
            if problem:
                self.stats.problems[re.sub(r"/sent/[^/]+/", "/sent/…/", path), problem] += 1
            if problem is None:
                return response
            if time.monotonic() - started_trying > GIVE_UP_SECONDS:
                raise GaveUp(f"{method} {path}: {problem}")
            await asyncio.sleep(wait)
            wait = min(wait * 2, 3.0)


class Stats:
    def __init__(self):
        self.samples = []  # (kind, started, seconds, problem or None)
        self.completed = 0
        self.faults = []  # (name, started, recovered)
        self.problems = Counter()  # (path, problem): how many

    def record(self, kind, started, seconds, problem):
        self.samples.append((kind, started, seconds, problem))

    def windows(self):
        return [(name, start, end + SETTLE_SECONDS) for name, start, end in self.faults]

    def summary(self, inside=None):
        """Counts, error rate and p95 of requests that started inside (or, with None, outside) every window."""
        windows = self.windows()

        def wanted(sample):
            # A request belongs to a window it overlaps: one sent just before a restart fails in it.
            began, finished = sample[1], sample[1] + sample[2]
            hits = [name for name, start, end in windows if began <= end and finished >= start]
            return (not hits) if inside is None else (inside in hits)

        chosen = [sample for sample in self.samples if wanted(sample)]
        errors = [sample for sample in chosen if sample[3]]
        good = [sample[2] for sample in chosen if not sample[3]]
        submits = [sample[2] for sample in chosen if sample[0] == "submit" and not sample[3]]
        return {
            "requests": len(chosen),
            "errors": len(errors),
            "error_rate": len(errors) / len(chosen) if chosen else 0.0,
            "p95_ms": (percentile(good, 0.95) or 0) * 1000,
            "submit_p95_ms": (percentile(submits, 0.95) or 0) * 1000,
            "kinds": dict(Counter(sample[3] for sample in errors)),
        }


async def find_life_area(port, context, stats):
    browser = Browser(port, source_address(0), context, stats)
    try:
        start = await browser.send("setup", "GET", "/refer/")
        token = TOKEN.search(start.body).group(1).decode()
        await browser.send("setup", "POST", "/refer/start/", {"csrfmiddlewaretoken": token}, redirect)
        for slug, data in parent_answers("").items():
            if slug == "needs":
                break
            await browser.send("setup", "POST", f"/refer/{slug}/", {**data, "csrfmiddlewaretoken": token}, redirect)
        needs = await browser.send("setup", "GET", "/refer/needs/")
        found = LIFE_AREA.search(needs.body)
        return next(group for group in found.groups() if group).decode()
    finally:
        await browser.close()


def redirect(response):
    return response.status == 302


def sent(response):
    return response.status == 302 and (response.header("location") or "").startswith(SENT)


async def journey(number, run_id, life_area, port, context, stats):
    """One family's whole referral: its result, for checking against the database."""
    marker = f"Soak {run_id} {number}"
    browser = Browser(port, source_address(number + 1), context, stats)
    result = {"marker": marker, "completed": False}
    try:
        start = await browser.send("step", "GET", "/refer/")
        token = TOKEN.search(start.body).group(1).decode()
        await browser.send("step", "POST", "/refer/start/", {"csrfmiddlewaretoken": token}, redirect)
        answers = parent_answers(life_area)
        answers["school"] = {"school": marker}
        for slug, data in answers.items():
            await browser.send("step", "POST", f"/refer/{slug}/", {**data, "csrfmiddlewaretoken": token}, redirect)
        done = await browser.send("submit", "POST", CHECK, {"csrfmiddlewaretoken": token}, sent)
        confirmation = await browser.send("step", "GET", done.header("location"))
        found = REFERENCE.search(confirmation.body)
        result.update(completed=True, reference=found.group(0).decode() if found else None)
        stats.completed += 1
    except GaveUp as reason:
        result["gave_up"] = str(reason)
    finally:
        await browser.close()
    return result


def postgres_address():
    parts = urllib.parse.urlsplit(POSTGRES_ADMIN_URL)
    return parts.hostname or "127.0.0.1", str(parts.port or 5432)


def redis_port():
    return str(urllib.parse.urlsplit(REDIS_URL).port or 6379)


def pg_ready():
    host, port = postgres_address()
    return subprocess.run(["pg_isready", "-q", "-h", host, "-p", port], check=False).returncode == 0  # noqa: S603, S607


def redis_ready():
    done = subprocess.run(["redis-cli", "-p", redis_port(), "ping"], capture_output=True, text=True, check=False)  # noqa: S603, S607
    return done.stdout.strip() == "PONG"


def pg_ctlcluster(action):
    """`pg_ctlcluster … main <action>`, or SOAK_POSTGRES_CTL with {action} (a private server, for trying the soak)."""
    custom = os.environ.get("SOAK_POSTGRES_CTL")
    if custom:
        return shlex.split(custom.format(action=action))
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action]


def restart_postgres():
    subprocess.run(pg_ctlcluster("restart"), check=True, capture_output=True)  # noqa: S603
    wait_for(pg_ready, "PostgreSQL")


def ensure_postgres():
    if not pg_ready():
        subprocess.run(pg_ctlcluster("start"), check=False, capture_output=True)  # noqa: S603
        wait_for(pg_ready, "PostgreSQL")


def kill_redis():
    command = ["redis-cli", "-p", redis_port(), "info", "server"]  # noqa: S607
    info = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    pid = int(re.search(r"process_id:(\d+)", info.stdout).group(1))
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while redis_ready() and time.monotonic() < deadline:
        time.sleep(0.1)


def start_redis():
    if not redis_ready():
        command = ["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", redis_port()]
        subprocess.run([*command, "--save", "", "--appendonly", "no"], check=True, capture_output=True)  # noqa: S603, S607
        wait_for(redis_ready, "Redis")


def wait_for(ready, name, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.2)
    raise ClusterError(f"{name} did not answer within {timeout} s")


async def faults(stats, total, log):
    """PostgreSQL restarted at a third of the submissions, Redis killed at 60 % and started 5 s later."""
    while stats.completed < total // 3:
        await asyncio.sleep(0.1)
    log(f"  fault: restarting PostgreSQL after {stats.completed} submissions…")
    began = time.monotonic()
    await asyncio.to_thread(restart_postgres)
    stats.faults.append(("PostgreSQL restart", began, time.monotonic()))
    log(f"  PostgreSQL answered again after {time.monotonic() - began:.1f} s")
    while stats.completed < total * 6 // 10:
        await asyncio.sleep(0.1)
    log(f"  fault: killing Redis after {stats.completed} submissions…")
    began = time.monotonic()
    await asyncio.to_thread(kill_redis)
    await asyncio.sleep(REDIS_DOWN_SECONDS)
    await asyncio.to_thread(start_redis)
    stats.faults.append(("Redis killed and restarted", began, time.monotonic()))
    log(f"  Redis answered again after {time.monotonic() - began:.1f} s")


async def load(cluster, total, clients, run_id, with_faults, log):
    context = ssl._create_unverified_context()  # noqa: S323 (the cluster's own throwaway certificate)
    stats = Stats()
    life_area = await find_life_area(cluster.port, context, stats)
    stats.samples.clear()
    numbers = iter(range(total))
    results = []

    async def family_after_family():
        for number in numbers:
            results.append(await journey(number, run_id, life_area, cluster.port, context, stats))
            if len(results) % max(1, total // 10) == 0:
                log(f"  {len(results)} of {total} journeys done")

    began = time.monotonic()
    fault_task = asyncio.create_task(faults(stats, total, log)) if with_faults else None
    await asyncio.gather(*(family_after_family() for _ in range(clients)))
    elapsed = time.monotonic() - began
    if fault_task is not None:
        if not fault_task.done():
            log("  the load ended before every fault ran: waiting for them")
        await fault_task
    return results, stats, elapsed


def check(cluster, run_id, results):
    """The database and the provider's log after the drain: the run's invariants, and their counts."""
    with cluster.postgres(cluster.database) as connection:
        rows = connection.execute(
            "SELECT r.school, r.reference,"
            " (SELECT count(*) FROM referrals_referralevent e WHERE e.referral_id = r.id AND e.kind = 'submitted'),"
            " (SELECT count(*) FROM referrals_referral_life_areas a WHERE a.referral_id = r.id),"
            " (SELECT count(*) FROM referrals_outboxmessage m WHERE m.referral_id = r.id)"
            " FROM referrals_referral r WHERE r.school LIKE %s",
            [f"Soak {run_id} %"],
        ).fetchall()
        messages = connection.execute(
            "SELECT m.to, m.subject, m.status, m.attempts, m.last_error FROM referrals_outboxmessage m"
            " JOIN referrals_referral r ON r.id = m.referral_id WHERE r.school LIKE %s",
            [f"Soak {run_id} %"],
        ).fetchall()
    per_marker = Counter(row[0] for row in rows)
    completed = [result for result in results if result["completed"]]
    gave_up = [result for result in results if not result["completed"]]
    references = {row[0]: row[1] for row in rows}
    deliveries = Counter((line["to"][0], line["subject"]) for line in read_log(cluster.mail_log))
    statuses = Counter(status for _, _, status, _, _ in messages)
    duplicated = [(to, subject, deliveries[to, subject], attempts) for to, subject, _, attempts, _ in messages]
    duplicated = [entry for entry in duplicated if entry[2] > 1]
    figures = {
        "journeys": len(results),
        "completed": len(completed),
        "gave_up": len(gave_up),
        "referrals": len(rows),
        "completed_without_referral": sum(1 for result in completed if per_marker[result["marker"]] == 0),
        "completed_with_several": sum(1 for result in completed if per_marker[result["marker"]] > 1),
        "gave_up_with_referral": sum(1 for result in gave_up if per_marker[result["marker"]] > 0),
        "wrong_reference_shown": sum(
            1
            for result in completed
            if result.get("reference") and references.get(result["marker"]) != result["reference"]
        ),
        "half_written": sum(1 for _, _, events, areas, outbox in rows if (events, areas, outbox) != (1, 1, 2)),
        "messages": len(messages),
        "sent": statuses.get("sent", 0),
        "failed_for_staff": statuses.get("failed", 0),
        "still_waiting": statuses.get("pending", 0),
        "sent_but_never_delivered": sum(
            1 for to, subject, status, _, _ in messages if status == "sent" and deliveries[to, subject] == 0
        ),
        "delivered_twice_or_more": len(duplicated),
        "beyond_at_least_once_bound": sum(1 for _, _, copies, attempts in duplicated if copies > attempts),
    }
    problems = [
        name
        for name in (
            "completed_without_referral",
            "completed_with_several",
            "wrong_reference_shown",
            "half_written",
            "still_waiting",
            "sent_but_never_delivered",
            "beyond_at_least_once_bound",
        )
        if figures[name]
    ]
    if figures["referrals"] != figures["completed"] + figures["gave_up_with_referral"]:
        problems.append("referrals not accounted for by journeys")
    return figures, problems


def outbox_totals(cluster):
    totals = Counter()
    for number in range(1, 3):
        log = cluster.workdir / f"outbox-{number}.log"
        for line in log.read_text(errors="replace").splitlines() if log.exists() else []:
            if line.startswith("{"):
                totals.update(json.loads(line))
    return dict(totals)


def render(options, figures, problems, stats, elapsed, outbox, setup_seconds):
    outside = stats.summary()
    lines = [
        f"# Soak: {figures['journeys']} referral journeys, {options.clients} concurrent families",
        "",
        f"- {len(options_servers(options))} app servers × {options.workers} gunicorn workers behind nginx (TLS), "
        f"PostgreSQL, Redis; the email provider fails 1 call in {options.fail_every}; "
        f"{'PostgreSQL restarted once, Redis killed and restarted once' if not options.no_faults else 'no faults'}.",
        f"- Set-up {setup_seconds:.0f} s; load {elapsed:.0f} s: {figures['completed'] / elapsed:.1f} completed journeys/s, "
        f"{len(stats.samples) / elapsed:.0f} requests/s ({len(stats.samples)} requests, each journey 13).",
        f"- Journeys completed {figures['completed']}, gave up {figures['gave_up']}; referrals saved {figures['referrals']}.",
        f"- Completed without a referral {figures['completed_without_referral']}, with more than one "
        f"{figures['completed_with_several']}, confirmation showing another reference {figures['wrong_reference_shown']}; "
        f"half-written {figures['half_written']}.",
        f"- Outbox: {figures['messages']} messages, {figures['sent']} sent, {figures['failed_for_staff']} failed for staff, "
        f"{figures['still_waiting']} still waiting; sent but never delivered {figures['sent_but_never_delivered']}; "
        f"delivered more than once {figures['delivered_twice_or_more']} (beyond the at-least-once bound: "
        f"{figures['beyond_at_least_once_bound']}).",
        "- Outbox workers during the load (two, beside the first two servers): "
        + ", ".join(f"{key} {value}" for key, value in sorted(outbox.items()))
        + "; then the drain brought every retry forward.",
        "",
        "| window | requests | errors | error rate | p95 ms (answered) | submit p95 ms | errors by kind |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]

    def row(name, summary):
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(summary["kinds"].items())) or "—"
        return (
            f"| {name} | {summary['requests']} | {summary['errors']} | {summary['error_rate']:.2%} | "
            f"{summary['p95_ms']:.0f} | {summary['submit_p95_ms']:.0f} | {kinds} |"
        )

    lines.append(row("outside the faults", outside))
    for name, start, end in stats.windows():
        summary = stats.summary(inside=name)
        lines.append(row(f"{name} ({end - SETTLE_SECONDS - start:.1f} s down, + {SETTLE_SECONDS} s)", summary))
    if stats.problems:
        lines += ["", "Failed requests (each sent again until it worked), by path:", ""]
        lines += [f"- `{path}`: {problem} × {count}" for (path, problem), count in sorted(stats.problems.items())]
    lines += ["", "All checks passed." if not problems else "FAILED: " + ", ".join(problems)]
    return "\n".join(lines)


def options_servers(options):
    return range(options.servers)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=int(os.environ.get("SOAK_SUBMISSIONS", "10000")))
    parser.add_argument("--clients", type=int, default=int(os.environ.get("SOAK_CLIENTS", "50")))
    parser.add_argument("--servers", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server (default 2)")
    parser.add_argument("--fail-every", type=int, default=10, help="the provider fails 1 call in this many")
    parser.add_argument("--no-faults", action="store_true", help="no PostgreSQL restart and no Redis kill")
    parser.add_argument("--keep", action="store_true", help="keep the cluster's folder and the database")
    options = parser.parse_args(argv)

    def log(line):
        print(line, flush=True)

    for needed, name in ((pg_ready, f"PostgreSQL at {postgres_address()}"), (redis_ready, f"Redis at {REDIS_URL}")):
        if not needed():
            log(f"make soak needs {name}")
            return 2
    run_id = secrets.token_hex(3)
    cluster = Cluster(
        servers=options.servers,
        workers=options.workers,
        database="portal_soak",
        outbox_workers=2,
        extra_env={"CLUSTER_MAIL_FAIL_EVERY": str(options.fail_every)},
        log=log,
    )
    began = time.monotonic()
    problems = ["did not finish"]
    try:
        cluster.start()
        setup_seconds = time.monotonic() - began
        log(f"Soak {run_id}: {options.submissions} journeys from {options.clients} families at once on {cluster.url}")
        results, stats, elapsed = asyncio.run(
            load(cluster, options.submissions, options.clients, run_id, not options.no_faults, log)
        )
        log("Draining the outbox (every retry brought forward)…")
        cluster.stop_outbox_workers()
        outbox = outbox_totals(cluster)
        drained = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "bench.outbox_worker", "--drain"],
            cwd=BASE_DIR,
            env=cluster.env,
            capture_output=True,
            text=True,
            check=True,
        )
        log(f"  {drained.stdout.strip()}")
        figures, problems = check(cluster, run_id, results)
        report = render(options, figures, problems, stats, elapsed, outbox, setup_seconds)
        log("\n" + report)
        output = BASE_DIR / "var" / "soak"
        output.mkdir(parents=True, exist_ok=True)
        (output / "report.md").write_text(report + "\n")
        for log_file in cluster.workdir.glob("*.log"):
            shutil.copy(log_file, output / log_file.name)
        (output / "report.json").write_text(
            json.dumps(
                {
                    "figures": figures,
                    "problems": problems,
                    "outside": stats.summary(),
                    "faults": [{"name": name, "summary": stats.summary(inside=name)} for name, _, _ in stats.windows()],
                },
                indent=2,
            )
        )
    except (ClusterError, subprocess.CalledProcessError) as error:
        log(f"The soak could not run: {error}")
        problems = [str(error)]
    finally:
        # Whatever happened, leave PostgreSQL and Redis running for everyone else.
        start_redis()
        ensure_postgres()
        cluster.stop(drop_database=not options.keep, keep_workdir=options.keep)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
