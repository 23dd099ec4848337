"""Where the cluster finds PostgreSQL and Redis, and the address it serves on."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
POSTGRES_ADMIN_URL = os.environ.get("CLUSTER_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("CLUSTER_REDIS_URL", "redis://127.0.0.1:6379/7")


class ClusterError(RuntimeError):
    pass
