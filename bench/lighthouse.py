"""Lighthouse: installed with npm into var/bench-node/ (kept between runs), run in headless Chromium.

`summarise_report` (pure, unit-tested) turns Lighthouse's JSON into the four scores, the failing
audits, and the total byte weight. The rest finds Node, installs the pinned version and runs it.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

# The 12.x line runs on Node 18.20 and later; Lighthouse 13 needs Node 22.
LIGHTHOUSE_VERSION = "12.8.2"
MINIMUM_NODE_MAJOR = 18
CHROME_PATH = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
    " --disable-sync"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CATEGORY_NAMES = {
    "performance": "Performance",
    "accessibility": "Accessibility",
    "best-practices": "Best practices",
    "seo": "SEO",
}
# Scores out of 100 each page must reach.
BUDGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
# Lighthouse's own line between "passed" and not for an audit's 0-1 score.
PASSING_AUDIT_SCORE = 0.9
UNSCORED_MODES = {"notApplicable", "manual", "informative"}
INSTALL_TIMEOUT = 240
RUN_TIMEOUT = 150


class LighthouseUnavailable(Exception):
    """Why Lighthouse cannot run here, in words for the report."""


# --- From Lighthouse's JSON to what the report says (pure) -------------------------------


def failing_audits(report, category):
    """[(audit id, title, display value)] in `category` that did not pass, in Lighthouse's order.

    An audit fails when its score is below Lighthouse's pass line (0.9) or it errored. A weighted
    metric (the performance metrics) counts whenever it is below 1, since that is what pulls the
    category score down.
    """
    audits = report.get("audits", {})
    failing = []
    for reference in report.get("categories", {}).get(category, {}).get("auditRefs", []):
        audit = audits.get(reference["id"], {})
        mode = audit.get("scoreDisplayMode")
        score = audit.get("score")
        if mode in UNSCORED_MODES:
            continue
        errored = mode == "error"
        below = score is not None and (score < PASSING_AUDIT_SCORE or (reference.get("weight", 0) > 0 and score < 1))
        if errored or below:
            detail = "audit errored" if errored else audit.get("displayValue", "")
            failing.append((reference["id"], audit.get("title", reference["id"]), detail))
    return failing


def summarise_report(report):
    """{"scores": {category: 0-100 or None}, "failing": {category: [...]}, "total_byte_weight", "error"}."""
    scores, failing = {}, {}
    for category in CATEGORIES:
        raw = report.get("categories", {}).get(category, {}).get("score")
        scores[category] = None if raw is None else round(raw * 100)
        failing[category] = failing_audits(report, category)
    weight = report.get("audits", {}).get("total-byte-weight", {}).get("numericValue")
    runtime_error = report.get("runtimeError") or {}
    return {
        "scores": scores,
        "failing": failing,
        "total_byte_weight": None if weight is None else int(weight),
        "error": runtime_error.get("message") or runtime_error.get("code"),
        "version": report.get("lighthouseVersion"),
        "final_url": report.get("finalDisplayedUrl") or report.get("finalUrl") or "",
        "user_agent": report.get("environment", {}).get("hostUserAgent", ""),
    }


# --- Installing and running ----------------------------------------------------------------


def node_major(version_text):
    """18 from "v18.20.4"; None when it is not a Node version string."""
    head = version_text.strip().lstrip("v").split(".", 1)[0]
    return int(head) if head.isdigit() else None


def ensure_installed(cache_dir):
    """The path of Lighthouse's CLI script, installing the pinned version first if needed."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        raise LighthouseUnavailable("Node is not installed: no `node` and `npm` on PATH")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout  # noqa: S603
    major = node_major(version)
    if major is None or major < MINIMUM_NODE_MAJOR:
        raise LighthouseUnavailable(f"Node {version.strip() or '?'} is too old; Lighthouse needs {MINIMUM_NODE_MAJOR}+")
    if not os.access(CHROME_PATH, os.X_OK):
        raise LighthouseUnavailable(f"no Chromium at {CHROME_PATH}")
    cache_dir = Path(cache_dir)
    cli = cache_dir / "node_modules" / "lighthouse" / "cli" / "index.js"
    if installed_version(cache_dir) == LIGHTHOUSE_VERSION and cli.exists():
        return node, cli, False
    cache_dir.mkdir(parents=True, exist_ok=True)
    (cache_dir / "package.json").write_text('{"private": true, "description": "make bench: Lighthouse"}\n')
    command = [npm, "install", "--prefix", str(cache_dir), "--no-audit", "--no-fund", "--ignore-scripts"]
    command += ["--loglevel", "error", f"lighthouse@{LIGHTHOUSE_VERSION}"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, check=False)  # noqa: S603
    except subprocess.TimeoutExpired as timeout:
        raise LighthouseUnavailable(f"`npm install lighthouse` took over {INSTALL_TIMEOUT} s") from timeout
    if done.returncode != 0 or not cli.exists():
        last_line = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise LighthouseUnavailable(f"`npm install lighthouse@{LIGHTHOUSE_VERSION}` failed: {last_line[:200]}")
    return node, cli, True


def installed_version(cache_dir):
    package = Path(cache_dir) / "node_modules" / "lighthouse" / "package.json"
    try:
        return json.loads(package.read_text()).get("version")
    except (OSError, ValueError):
        return None


def run_lighthouse(node, cli, url, output_path, cookies=None):
    """Run Lighthouse on `url` (mobile, the default) and return its parsed JSON report."""
    command = [node, str(cli), url, f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES)]
    command += ["--output=json", f"--output-path={output_path}", "--quiet"]
    if cookies:
        cookie_header = "; ".join(f"{name}={value}" for name, value in cookies.items())
        command.append("--extra-headers=" + json.dumps({"Cookie": cookie_header}))
    env = {**os.environ, "CHROME_PATH": CHROME_PATH}
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=RUN_TIMEOUT, env=env, check=False)  # noqa: S603
    except subprocess.TimeoutExpired as timeout:
        raise LighthouseUnavailable(f"Lighthouse took over {RUN_TIMEOUT} s on {url}") from timeout
    if done.returncode != 0 or not Path(output_path).exists():
        last_line = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise LighthouseUnavailable(f"Lighthouse failed on {url}: {last_line[:200]}")
    return json.loads(Path(output_path).read_text())
