"""`make cluster`: start the cluster, print where it is, and stop it on Ctrl+C."""

import argparse
import os
import signal
import sys
import time

from bench.cluster import __doc__ as cluster_doc
from bench.cluster.config import REDIS_URL, ClusterError
from bench.cluster.topology import Cluster


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.cluster", description=cluster_doc.splitlines()[0])
    parser.add_argument("--servers", type=int, default=int(os.environ.get("CLUSTER_SERVERS", "3")))
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server (default 2)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("CLUSTER_PORT", "8443")))
    parser.add_argument("--database", default="portal_cluster")
    parser.add_argument("--outbox-workers", type=int, default=2, help="send_notifications loops (default 2)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, mail.jsonl)")
    options = parser.parse_args(argv)
    cluster = Cluster(
        servers=options.servers,
        workers=options.workers,
        port=options.port,
        database=options.database,
        outbox_workers=options.outbox_workers,
    )
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    try:
        cluster.start()
        print(cluster.demo_output.strip())
        print()
        print(
            f"{len(cluster.servers)} app servers, {options.workers} gunicorn workers each, on ports "
            + ", ".join(str(server.port) for server in cluster.servers)
        )
        print(f"PostgreSQL database {cluster.database}; Redis {REDIS_URL} (prefix {cluster.env['CACHE_KEY_PREFIX']})")
        print(f"{options.outbox_workers} outbox workers; emails are written to {cluster.mail_log}")
        print(f"Logs in {cluster.workdir}")
        print(f"\nServing the cluster on {cluster.url} (a self-signed certificate). Ctrl+C stops it.", flush=True)
        while not stopping:
            for server in cluster.servers:
                if not server.running:
                    print(f"App server {server.number} stopped; see {cluster.workdir}/server-{server.number}.log")
                    stopping.append(True)
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    except ClusterError as error:
        print(error, file=sys.stderr)
        cluster.stop(keep_workdir=True)
        return 1
    print("\nStopping the load balancer, the app servers and the outbox workers…", flush=True)
    cluster.stop(keep_workdir=options.keep)
    print(f"Stopped. The database {cluster.database} is kept until the next `make cluster`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
