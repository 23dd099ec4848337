"""The peers' method for `make bench` (issue 21): wrk, 1 thread, 4 connections, 10 s per target.

Issue 21's goals and the peers' figures are stated as wrk measures them (Debian's `wrk` package, a C load
generator), so the goals are judged on wrk's rows when it is installed. Our own load generator
(bench/loadgen.py) is Python, on one CPU: on an idle machine the two agree within a few per cent (2026-12-02,
the static file 2,730 req/s with ours and 2,801 with wrk), and a larger gap means ours was short of CPU. wrk runs
as a child of the benchmark, so it inherits the load generator's CPU when `make bench` pins one.
"""

import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.loadgen import CEILING, HOST

THREADS = 1
CONNECTIONS = 4
SECONDS = 10

# wrk's Lua hooks: a new query string on every request for a cache-cold target (the page reads `ref`, so the
# page cache never answers, as bench/loadgen.py's cold targets do), and the figures printed in a form
# `parse` reads (wrk's own summary has no p95). Latencies are in microseconds.
REPORT_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("WRK requests %d\\n", summary.requests))
  io.write(string.format("WRK duration_us %d\\n", summary.duration))
  io.write(string.format("WRK errors %d\\n",
    errors.connect + errors.read + errors.write + errors.status + errors.timeout))
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("WRK p%d_us %d\\n", p, latency:percentile(p)))
  end
end
"""
COLD_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "{path}?ref=wrk-" .. counter)
end
"""


def available():
    return shutil.which("wrk")


def targets(static_path, advice_path):
    """(name, path, cold): the rows the goals need, named as the main table names them."""
    return [
        (CEILING, static_path, False),
        ("Home page (cached)", "/", False),
        ("Advice topic (cache cold)", advice_path, True),
        ("Advice topic (cache warm)", advice_path, False),
    ]


def parse(output):
    """wrk's output (with REPORT_SCRIPT) to the summary bench/loadgen.py gives: req/s and ms percentiles."""
    figures = {}
    for line in output.splitlines():
        if line.startswith("WRK "):
            _, name, value = line.split()
            figures[name] = int(value)
    if "requests" not in figures:
        raise ValueError(f"wrk printed no figures:\n{output[-2000:]}")
    seconds = figures["duration_us"] / 1_000_000
    return {
        "requests": figures["requests"],
        "errors": figures["errors"],
        "rps": figures["requests"] / seconds if seconds > 0 else 0.0,
        "p50": figures["p50_us"] / 1000,
        "p95": figures["p95_us"] / 1000,
        "p99": figures["p99_us"] / 1000,
    }


def run(port, path, cold=False, seconds=SECONDS, wrk=None):
    """One target for `seconds`; wrk counts any status other than 2xx or 3xx as an error."""
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "bench.lua"
        script.write_text((COLD_SCRIPT.format(path=path) if cold else "") + REPORT_SCRIPT)
        command = [wrk or available() or "wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s"]
        command += ["-s", str(script), f"http://{HOST}:{port}{path}"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)  # noqa: S603 (our argv)
    if done.returncode != 0:
        raise RuntimeError(f"wrk failed: {done.stderr[-2000:]}")
    return parse(done.stdout)


def measure(port, static_path, advice_path, log):
    """Every wrk target, or why not: {"rows": [(name, summary, share of static)]} or {"not_run": reason}."""
    if not available():
        return {"not_run": "`wrk` is not installed (Debian's `wrk` package)"}
    rows = []
    for name, path, cold in targets(static_path, advice_path):
        log(f"  wrk: {name}…")
        rows.append((name, run(port, path, cold)))
    ceiling = rows[0][1]["rps"] or 1.0
    return {"rows": [(name, summary, summary["rps"] / ceiling) for name, summary in rows]}


def section(wrk):
    """The report's section: the peers' method, its table and issue 21's goals measured in it."""
    lines = ["## Measured the peers' way: wrk", ""]
    if not wrk or "not_run" in wrk:
        return lines + [f"Not measured: {(wrk or {}).get('not_run', 'not run')}.", ""]
    lines += [
        f"The same server, measured with wrk ({THREADS} thread, {CONNECTIONS} connections, {SECONDS} s per target),",
        "the C load generator peers are compared with; issue 21's goals below are judged on these rows. A share",
        "far from the table above's would mean our Python load generator was short of CPU.",
        "",
        "| Target | req/s | p50 ms | p95 ms | p99 ms | vs static | errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, summary, ratio in wrk["rows"]:
        lines.append(
            f"| {name} | {summary['rps']:.0f} | {summary['p50']:.1f} | {summary['p95']:.1f} | "
            f"{summary['p99']:.1f} | {ratio:.0%} | {summary['errors']} |"
        )
    return lines + [""]
