"""The benchmark report: a console table and docs/benchmarks.md."""

import datetime
import os
import platform

from home.bench.loadgen import CACHED_PAGE_BUDGET, NOT_MEASURED


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
