"""The cluster's throughput for `make bench`: a cached page and the referral submission through nginx.

The cluster of bench/cluster/ (3 app servers × 2 gunicorn workers, nginx terminating TLS, PostgreSQL and
Redis; rate limits off, as for the single server, since every request comes from one address) is
loaded over HTTPS through nginx, with the same load generator, connections and time per target as
the single server. The static file is served by nginx itself there, so it is the ceiling of the whole
stack. Needs PostgreSQL and Redis (as `make cluster`); without them the report says it was skipped.
"""

import asyncio
import json
import os
import time

from django.core.management.base import CommandError

from bench.cluster import Cluster, ClusterError
from bench.loadgen import CEILING, Target, run_target, serve_over_tls
from bench.referral import run_referral_submissions
from bench.soak.faults import pg_ready, redis_ready

SERVERS = 3
WORKERS = 2


def measure_cluster(options, pinning, log):
    """Start the cluster on the server's CPUs, load it from the load generator's, and stop it."""
    if not pg_ready() or not redis_ready():
        return {"not_run": "PostgreSQL or Redis is not answering (they are needed, as for `make cluster`)"}
    began = time.monotonic()
    cluster = Cluster(
        servers=SERVERS,
        workers=WORKERS,
        database="portal_bench_cluster",
        extra_env={"RATELIMIT_ENABLED": "false"},
        log=lambda line: log(f"  cluster: {line}"),
    )
    if pinning.pinned:
        os.sched_setaffinity(0, pinning.server_cpus)  # the cluster's processes inherit it
    try:
        cluster.start()
        pinning.pin_load_generator()
        setup_seconds = time.monotonic() - began
        serve_over_tls(cluster.port)
        static_paths = json.loads((cluster.workdir / "static" / "staticfiles.json").read_text())["paths"]
        rows = asyncio.run(load(cluster.port, "/static/" + static_paths["css/portal.css"], options, log))
    except ClusterError as error:
        return {"not_run": f"the cluster did not start: {error}"}
    except CommandError as error:  # the single server's figures are still worth writing
        return {"not_run": f"the cluster's load failed: {error}"}
    finally:
        pinning.pin_load_generator()
        cluster.stop(drop_database=True)
    return {"rows": rows, "setup_seconds": setup_seconds, "servers": SERVERS, "workers": WORKERS}


async def load(port, static_path, options, log):
    concurrency, duration = options["concurrency"], options["duration"]
    rows = []
    for target in (
        Target(CEILING, static_path, note="css/portal.css, served by nginx from STATIC_ROOT"),
        Target("Home page (cached)", "/", note="through nginx to an app server's page cache in Redis"),
    ):
        log(f"  cluster: {target.name}…")
        rows.append((target.name, await run_target(target, port, concurrency, duration), target.note))
    log("  cluster: Referral submission (POST), each journey walked first, untimed…")
    summary = await run_referral_submissions(port, concurrency, duration)
    note = f"final POST only, saved in PostgreSQL; {summary['sessions']} journeys walked untimed"
    rows.append(("Referral submission (POST)", summary, note))
    return rows


# Issue 21's goals, as shares of the static file with Redis as the cache and the server pinned.
GOALS = (("Home page (cached)", 0.70), ("Advice topic (cache cold)", 0.10))
# A static row this much faster than the ceiling means the ceiling's run was held back by other load.
CEILING_NOISE = 1.2


def goals_section(rows, wrk=None):
    """How far the pinned run is from issue 21's goals, and a warning when the ceiling itself was held back.

    The goals are stated as wrk measures them (bench/wrk.py): with wrk's rows the verdicts are theirs, and our own
    load generator's shares are given beside them; without wrk, ours, with the caution that they read high."""
    by_name = {target.name: ratio for target, _summary, ratio in rows}
    wrk_rows = (wrk or {}).get("rows")
    by_wrk = {name: ratio for name, _summary, ratio in wrk_rows or ()}
    lines = []
    for name, goal in GOALS:
        ratio = by_wrk.get(name, by_name.get(name))
        if ratio is None:
            continue
        gap = (goal - ratio) * 100
        verdict = "met" if gap <= 0 else f"missed by {gap:.0f} percentage points"
        if wrk_rows:
            ours = f" (our load generator: {by_name[name]:.0%})" if name in by_name else ""
            lines.append(
                f"- Goal: {name} ≥ {goal:.0%} of static (wrk, Redis, pinned): {ratio:.0%}, **{verdict}**{ours}."
            )
        else:
            lines.append(f"- Goal: {name} ≥ {goal:.0%} of static (Redis, pinned): {ratio:.0%}, **{verdict}**.")
    if lines and not wrk_rows:
        lines.append(
            "- Not measured with wrk (the goals' method): these are our Python load generator's shares, which read"
            " high when it is short of CPU."
        )
    others = [ratio for target, _, ratio in rows if target.name.startswith("Static") and ratio > CEILING_NOISE]
    if others and not wrk_rows:
        lines.append(
            f"- Read the shares with care: another static file was served {max(others):.0%} as fast as the ceiling,"
            " so the ceiling's run was held back by other work on the machine and every share reads high."
        )
    if lines:
        lines.append("- Where the time goes, and what was cut to get here: docs/performance.md.")
    return lines + [""]


def cluster_section(cluster, concurrency):
    """The report's section on the cluster (docs/benchmarks.md)."""
    lines = ["## The cluster: several app servers behind nginx", ""]
    if not cluster or "not_run" in cluster:
        reason = (cluster or {}).get("not_run", "skipped with `--no-cluster`")
        return lines + [f"Not measured: {reason}.", ""]
    ceiling = cluster["rows"][0][1]["rps"] or 1.0
    lines += [
        f"`make cluster`'s topology (docs/resilience.md): {cluster['servers']} app servers × {cluster['workers']}",
        "gunicorn workers (production settings) behind nginx terminating TLS with the production site",
        "(deploy/nginx/portal.conf), on PostgreSQL and Redis, rate limits off, all on the server's CPUs as",
        f"above. Loaded over HTTPS through nginx on {concurrency} connections; set-up took",
        f"{cluster['setup_seconds']:.0f} s. On one machine the servers share those CPUs with nginx, PostgreSQL",
        "and Redis, so this shows the stack working together and what TLS and the proxy cost, not what more",
        "machines would add.",
        "",
        "| Target | req/s | p50 ms | p95 ms | p99 ms | vs static | errors | notes |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, summary, note in cluster["rows"]:
        lines.append(
            f"| {name} | {summary['rps']:.0f} | {_ms(summary['p50'])} | {_ms(summary['p95'])} | "
            f"{_ms(summary['p99'])} | {summary['rps'] / ceiling:.0%} | {summary['errors']} | {note} |"
        )
    return lines + [""]


def _ms(value):
    return "—" if value is None else f"{value:.1f}"
