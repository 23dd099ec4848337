"""`make cluster`: several gunicorn app servers behind nginx, on one PostgreSQL and one Redis.

    python -m bench.cluster [--servers 3] [--workers 2] [--port 8443] [--database portal_cluster]
                            [--outbox-workers 2] [--keep]

The topology of docs/deployment.md on one machine, with no containers:

- a PostgreSQL database (default `portal_cluster`, dropped and created afresh), migrated, with the demo;
- Redis (`CLUSTER_REDIS_URL`, default database 7 of the local Redis) as the shared cache, under a key
  prefix of its own, so page cache, rate limits and sign-in lockouts are shared by every server;
- N gunicorn app servers (production settings, the same SECRET_KEY) on loopback ports;
- nginx (Debian's, started here with its own configuration in a temporary folder) terminating TLS with a
  throwaway certificate and sharing requests between the servers, one trusted proxy hop as
  TRUSTED_PROXY_COUNT=1 says;
- outbox workers (`bench/outbox_worker.py`), `manage.py send_notifications` in a loop, beside the first
  servers; emails go to the stand-in provider in bench/mail.py, which writes them to mail.jsonl.

Prints the address and stops everything on Ctrl+C (`__main__.py`). The tests (bench/tests/test_cluster.py)
and the soak (bench/soak/) drive the same `Cluster` class (`topology.py`); nginx runs the production
site, deploy/nginx/portal.conf, with the cluster's ports, certificate and folders (portal/tests/nginx.py).
"""

from bench.cluster.config import BASE_DIR, HOST, POSTGRES_ADMIN_URL, REDIS_URL, ClusterError
from bench.cluster.topology import AppServer, Cluster
from portal.tests.nginx import NGINX

__all__ = ["BASE_DIR", "HOST", "NGINX", "POSTGRES_ADMIN_URL", "REDIS_URL", "AppServer", "Cluster", "ClusterError"]
