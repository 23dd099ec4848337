"""An outbox worker for the cluster: `manage.py send_notifications` in a loop, in one process.

    python -m bench.outbox_worker [--interval 1]      # until SIGTERM, as a worker beside each app server
    python -m bench.outbox_worker --drain             # after a soak: every retry brought forward

Started by bench/cluster.py with an app server's environment (production settings, the cluster's
database). A run that fails (the database restarting) is logged and the next one starts after the
interval, as cron would. `--drain` runs `send_due` with the clock moved on past each backoff until
no message waits, then prints the outbox's counts as JSON.
"""

import argparse
import datetime
import json
import os
import signal
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--drain", action="store_true")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    import django

    django.setup()
    if options.drain:
        print(json.dumps(drain()))
        return
    run_forever(options.interval)


def run_forever(interval):
    from django.db import close_old_connections

    from referrals.sending import send_due

    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    totals = {"sent": 0, "retrying": 0, "failed": 0, "runs": 0, "failed_runs": 0}
    while not stopping:
        try:
            sent, retrying, failed = send_due()
            totals["sent"] += sent
            totals["retrying"] += retrying
            totals["failed"] += failed
        except Exception as error:  # the database restarting: try again next time round
            totals["failed_runs"] += 1
            print(f"outbox run failed: {type(error).__name__}", file=sys.stderr, flush=True)
        totals["runs"] += 1
        close_old_connections()
        from django.db import connection

        connection.close()
        time.sleep(interval)
    print(json.dumps(totals), flush=True)


def drain(rounds=12):
    """Send everything still waiting, each round two hours later than the last (past every backoff
    and claim), as the real sender would over the following hours."""
    from django.db.models import Count
    from django.utils import timezone

    from referrals.models import OutboxMessage, OutboxStatus
    from referrals.sending import send_due

    now = timezone.now()
    for round_number in range(1, rounds + 1):
        if not OutboxMessage.objects.filter(status=OutboxStatus.PENDING).exists():
            break
        later = now + datetime.timedelta(hours=2 * round_number)
        while send_due(now=later, limit=500) != (0, 0, 0):
            pass
    counts = dict(OutboxMessage.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    return {"by_status": counts}


if __name__ == "__main__":
    main()
