"""`make soak`: start the cluster, run the load with its faults, drain the outbox, check and report."""

import argparse
import asyncio
import json
import os
import secrets
import shutil
import subprocess
import sys
import time

from bench.cluster import BASE_DIR, REDIS_URL, Cluster, ClusterError
from bench.soak import __doc__ as soak_doc
from bench.soak.checks import check, outbox_totals
from bench.soak.families import load
from bench.soak.faults import ensure_postgres, pg_ready, postgres_address, redis_ready, start_redis
from bench.soak.report import render


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=soak_doc.splitlines()[0])
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
