"""`make soak`: referral journeys from many concurrent families across the cluster, with faults.

    python -m bench.soak [--submissions 10000] [--clients 50] [--servers 3] [--workers 2]
                         [--fail-every 10] [--no-faults] [--keep]

Starts the cluster of bench/cluster/ (database `portal_soak`, two outbox workers beside the app
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

In this package: the load (`families.py`), the fault schedule (`faults.py`), the figures per window
(`stats.py`), the final checks (`checks.py`), the report (`report.py`) and the command (`__main__.py`).

Restarting PostgreSQL and Redis affects everything else on the machine that uses them.
"""

from bench.soak.families import source_address
from bench.soak.stats import SETTLE_SECONDS, Stats

__all__ = ["SETTLE_SECONDS", "Stats", "source_address"]
