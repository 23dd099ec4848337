"""The benchmark report: a console table and docs/benchmarks.md. The wording helpers are pure (unit-tested)."""

import datetime
import os
import platform
from pathlib import Path
from urllib.parse import urlsplit

from bench.cluster_figures import cluster_section, goals_section
from bench.lighthouse import BUDGETS, CATEGORIES, CATEGORY_NAMES
from bench.loadgen import CACHED_PAGE_BUDGET
from bench.transfer import BROWSER_ACCEPT_ENCODING
from bench.wrk import section as wrk_section
from home.views import ROBOTS_TXT

# robots.txt keeps search engines out of the journeys (home/views.py), and Lighthouse caps the SEO
# score of any page it may not index: for those pages the SEO budget cannot be met, by design.
DELIBERATE_FAILURES = {"seo": {"is-crawlable"}}
DELIBERATE_REASONS = {"seo": "because robots.txt keeps search engines out of journeys on purpose"}
UNCACHED_ADVICE_P95_MS = 150
SELF_ASSESSMENT_POST_P95_MS = 100


def _fmt(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def kilobytes(size):
    return f"{size / 1024:.1f} KB"


def budget_verdict(measured, budget, *, at_least, unit="", digits=0):
    """ "met", or "missed by <how much><unit>" when `measured` is on the wrong side of `budget`."""
    if measured is None:
        return "not measured"
    gap = budget - measured if at_least else measured - budget
    if gap <= 0:
        return "met"
    return f"missed by {max(gap, 10**-digits):.{digits}f}{unit}"


def machine_description():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def format_table(rows):
    header = f"{'Target':<40} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'vs static':>9} {'errors':>6}"
    lines = [header, "-" * len(header)]
    for target, summary, ratio in rows:
        lines.append(
            f"{target.name:<40} {summary['rps']:>8.0f} {_fmt(summary['p50']):>8} {_fmt(summary['p95']):>8} "
            f"{_fmt(summary['p99']):>8} {ratio:>8.0%} {summary['errors']:>6}"
        )
    return "\n".join(lines)


def render_markdown(rows, first_cold_ms, options, extras):
    """`extras`: referral, page_weight, lighthouse, durations and wall_seconds, as bench/run.py gathers them."""
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m bench`); run it again to refresh. Numbers from one",
        "machine are for comparing changes on that machine, not promises about production hardware.",
        "",
        f"- Date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"- Machine: {machine_description()}",
        f"- Server: gunicorn, {options['workers']} sync workers, `portal.settings.production` on 127.0.0.1 over",
        "  plain HTTP (no SSL redirect; browsers send no HSTS there), SQLite, "
        f"{extras.get('cache', 'file cache')}, demo content, rate limits off.",
        f"  {extras.get('pinning', 'The load generator runs on the same machine and shares its CPUs.')}",
        f"- Load: {options['concurrency']} concurrent connections, {options['duration']:g} s per target, "
        "requests back to back.",
        f"- `make bench` took {extras['wall_seconds']:.0f} s in all: "
        + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in extras["durations"])
        + ".",
        "",
        "## Throughput and latency",
        "",
        "Each target is requested back to back on every connection for the set time. *req/s* is completed",
        "requests per second; *p50/p95/p99* are the times within which half, 95% and 99% of requests were",
        "answered; *vs static* compares req/s with the first row, a small CSS file served by whitenoise from",
        "the same server: no page can be cheaper, so it is the ceiling. *errors* counts unexpected statuses.",
        "*(cached)* and *warm* rows are answered from the page cache; *cache cold* adds a new query string to",
        "every request, so each one renders the page from the database; the self-assessment and referral",
        "rows are per-family journeys, never cached. Anything else running on the machine lowers every row.",
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
        f"First request for an advice topic after clearing the cache: {first_cold_ms:.0f} ms (one request on its",
        "own, before the load: what the first family waits after a publish empties the cache).",
        "",
    ]
    lines += referral_section(extras.get("referral"))
    lines += wrk_section(extras.get("wrk"))
    lines += load_budget_section(rows)[:-1] + goals_section(rows, extras.get("wrk"))
    lines += cluster_section(extras.get("cluster"), options["concurrency"])
    lines += page_weight_section(extras.get("page_weight"))
    lines += lighthouse_section(extras.get("lighthouse"))
    return "\n".join(lines).rstrip() + "\n"


def referral_section(referral):
    if not referral:
        return []
    lines = [
        "The referral submission row times only the final POST of check your answers, which saves the",
        "referral, queues its emails and redirects to the confirmation page. A journey can be sent once, so",
        "each submission had its own session, walked through every step beforehand with the clock stopped",
        f"({referral['sessions']} journeys, {referral['walk_seconds']:.0f} s of walking not counted). Its req/s is",
        "submissions per second of timed sending; the few clients still sending at the end of each batch",
        "make it a little lower than a steady stream would be. No budget is set for it.",
        "",
    ]
    if referral.get("database_locked"):
        lines += [
            f'**{referral["database_locked"]} submissions failed** with "database is locked" (gunicorn\'s log):',
            'the family sees "Your referral was not sent". The referral is saved in a transaction that reads',
            "before it writes; SQLite starts such transactions as readers, and when two overlap the one that",
            "cannot become the writer is refused at once instead of waiting out the busy timeout. Setting",
            '`"transaction_mode": "IMMEDIATE"` in the SQLite `OPTIONS` (portal/settings/base.py) makes them',
            "queue instead; PostgreSQL does not have this problem.",
            "",
        ]
    return lines


def load_budget_section(rows):
    by_name = {target.name: (summary, ratio) for target, summary, ratio in rows}
    lines = [
        "## Budgets",
        "",
        "Cached pages should manage at least half the static file's req/s; the p95 budgets are for 4 clients.",
        "",
    ]
    for name, (_, ratio) in by_name.items():
        if "(cached)" in name or "warm" in name:
            verdict = budget_verdict(ratio * 100, CACHED_PAGE_BUDGET * 100, at_least=True, unit=" percentage points")
            lines.append(f"- {name}: {ratio:.0%} of static, budget ≥ {CACHED_PAGE_BUDGET:.0%}: **{verdict}**.")
    for name, label, budget in (
        ("Advice topic (cache cold)", "Uncached advice topic", UNCACHED_ADVICE_P95_MS),
        ("Self-assessment step POST", "Self-assessment step POST", SELF_ASSESSMENT_POST_P95_MS),
    ):
        p95 = by_name[name][0]["p95"] if name in by_name else None
        if p95 is not None:
            verdict = budget_verdict(p95, budget, at_least=False, unit=" ms")
            lines.append(f"- {label} p95 {p95:.0f} ms, budget ≤ {budget} ms at 4 clients: **{verdict}**.")
    return lines + [""]


def page_weight_section(page_weight):
    if not page_weight:
        return ["## Home page transfer size", "", "Home page transfer size: not measured.", ""]
    transfers, totals = page_weight["transfers"], page_weight["totals"]
    verdict = budget_verdict(
        totals["wire_bytes"] / 1024, totals["budget_bytes"] / 1024, at_least=False, unit=" KB", digits=1
    )
    lines = [
        "## Home page transfer size",
        "",
        f"The home page fetched as a browser would (`Accept-Encoding: {BROWSER_ACCEPT_ENCODING}`), then every",
        "same-origin file it makes the browser download: stylesheets, scripts and the modules they import,",
        "icons, images, and anything the CSS loads with `url()`. Each file counts the response's status line",
        "and headers as sent, plus its body as sent (compressed where the server compressed it). Request",
        "headers, TCP/TLS overhead and other sites' files are not counted; HTTP/2 would shrink the headers.",
        "",
        f"**Total: {kilobytes(totals['wire_bytes'])} over {totals['files']} files** "
        f"({kilobytes(totals['head_bytes'])} headers, {kilobytes(totals['body_bytes'])} bodies; "
        f"{kilobytes(totals['decoded_bytes'])} once decompressed). "
        f"Budget ≤ {kilobytes(totals['budget_bytes'])} compressed: **{verdict}**.",
        "",
        "| File | kind | status | encoding | headers | body on the wire | decompressed |",
        "|---|---|---:|---|---:|---:|---:|",
    ]
    for item in transfers:
        lines.append(
            f"| `{item.path}` | {item.kind} | {item.status} | {item.encoding or 'none'} | {item.head_bytes} B | "
            f"{kilobytes(item.body_bytes)} | {kilobytes(item.decoded_bytes)} |"
        )
    lines.append("")
    if totals["uncompressed_files"]:
        lines += [
            "Sent uncompressed by gunicorn: " + ", ".join(f"`{path}`" for path in totals["uncompressed_files"]) + ".",
            "Django does not compress pages itself; the TLS proxy in front usually does (docs/deployment.md).",
            f"With those gzipped, the total would be about {kilobytes(totals['wire_bytes_if_compressed'])}.",
            "",
        ]
    lines += [page_weight["compression_note"], ""]
    if totals["failed"]:
        lines += ["Not found or failed: " + ", ".join(f"`{path}`" for path in totals["failed"]) + ".", ""]
    return lines


def lighthouse_section(lighthouse):
    lines = ["## Lighthouse", ""]
    if not lighthouse or lighthouse.get("not_run"):
        reason = (lighthouse or {}).get("not_run", "not attempted")
        return lines + [f"Lighthouse: not run ({reason}).", ""]
    pages = lighthouse["pages"]
    first = next((summary for _, _, summary in pages if summary), {})
    lines += [
        f"Lighthouse {first.get('version', '?')} in headless Chromium, mobile (its default: a mid-range phone",
        "on a slow 4G connection, simulated), against the gunicorn server above. Scores are out of 100.",
        "Lighthouse's performance score is simulated from one page load, so it moves a few points between",
        "runs; on a busy machine it reads lower.",
        "",
        "| Page | " + " | ".join(f"{CATEGORY_NAMES[c]} (≥ {BUDGETS[c]})" for c in CATEGORIES) + " |",
        "|---|" + "---:|" * len(CATEGORIES),
    ]
    misses, by_design = [], []
    for label, path, summary in pages:
        if not summary or summary.get("error"):
            why = summary.get("error") if summary else "no report"
            lines.append(f"| {label} (`{path}`) | " + " | ".join("–" for _ in CATEGORIES) + " |")
            misses.append(f"- {label}: Lighthouse could not score the page ({why}).")
            continue
        cells = []
        for category in CATEGORIES:
            score, failing = summary["scores"][category], summary["failing"][category]
            verdict, deliberate = category_verdict(category, score, failing, path)
            cells.append(f"{_fmt(score, 0)} {'✓' if verdict == 'met' else '✗'}")
            if deliberate:
                by_design.append(f"- {label}, {CATEGORY_NAMES[category]} {_fmt(score, 0)}: {verdict}, {deliberate}.")
                by_design += failing_lines(failing)
            elif verdict != "met":
                misses.append(f"- {label}, {CATEGORY_NAMES[category]} {_fmt(score, 0)}: **{verdict}**.")
                misses += failing_lines(failing)
        landed = urlsplit(summary.get("final_url", "")).path or path
        shown = f"`{path}`" if landed == path else f"`{path}`, redirected to `{landed}`"
        lines.append(f"| {label} ({shown}) | " + " | ".join(cells) + " |")
    lines.append("")
    home = next((summary for label, path, summary in pages if path == "/" and summary), None)
    if home and home["total_byte_weight"] is not None:
        lines += [
            f"Lighthouse's total byte weight for the home page: {kilobytes(home['total_byte_weight'])} (every",
            "resource it loaded, transfer sizes, other sites included).",
            "",
        ]
    if misses:
        lines += ["Budgets missed, and the audits that failed:", "", *misses, ""]
    else:
        lines += ["Every budget met" + (", apart from the deliberate misses below." if by_design else "."), ""]
    if by_design:
        lines += ["Missed on purpose, nothing to fix:", "", *by_design, ""]
    if any(summary and "uses-text-compression" in str(summary.get("failing")) for _, _, summary in pages):
        lines += [
            "`uses-text-compression` and `document-latency-insight` are about the page itself, which gunicorn",
            "sends uncompressed (see the transfer size above); the TLS proxy in production compresses it.",
            "",
        ]
    within_budget = [
        (label, category, summary["failing"][category])
        for label, _, summary in pages
        if summary and not summary.get("error")
        for category in CATEGORIES
        if summary["failing"][category] and (summary["scores"][category] or 0) >= BUDGETS[category]
    ]
    if within_budget:
        lines += ["Audits that failed where the budget was still met:", ""]
        for label, category, failing in within_budget:
            lines.append(f"- {label}, {CATEGORY_NAMES[category]}:")
            lines += failing_lines(failing)
    return lines + [""]


def robots_disallowed(path):
    """True when our robots.txt asks search engines to keep out of `path`."""
    prefixes = [line.split(":", 1)[1].strip() for line in ROBOTS_TXT.splitlines() if line.startswith("Disallow:")]
    return any(prefix and path.startswith(prefix) for prefix in prefixes)


def category_verdict(category, score, failing, path):
    """(verdict, why it is deliberate or ""): a miss caused only by audits we fail on purpose is not a fault."""
    verdict = budget_verdict(score, BUDGETS[category], at_least=True, unit=" points")
    ids = {audit_id for audit_id, _, _ in failing}
    deliberate = robots_disallowed(path) and ids <= DELIBERATE_FAILURES.get(category, set())
    if verdict != "met" and ids and deliberate:
        return verdict, DELIBERATE_REASONS[category]
    return verdict, ""


def failing_lines(failing):
    return [f"  - `{audit_id}`: {title}" + (f" ({detail})" if detail else "") for audit_id, title, detail in failing]
