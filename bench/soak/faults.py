"""The faults, by progress: PostgreSQL restarted at a third of the submissions, Redis killed at 60 %.

Also what puts both back afterwards, whatever happened, for everyone else on the machine."""

import asyncio
import os
import re
import shlex
import signal
import subprocess
import time
import urllib.parse

from bench.cluster import POSTGRES_ADMIN_URL, REDIS_URL, ClusterError

REDIS_DOWN_SECONDS = 5


def postgres_address():
    parts = urllib.parse.urlsplit(POSTGRES_ADMIN_URL)
    return parts.hostname or "127.0.0.1", str(parts.port or 5432)


def redis_port():
    return str(urllib.parse.urlsplit(REDIS_URL).port or 6379)


def pg_ready():
    host, port = postgres_address()
    return subprocess.run(["pg_isready", "-q", "-h", host, "-p", port], check=False).returncode == 0  # noqa: S603, S607


def redis_ready():
    done = subprocess.run(["redis-cli", "-p", redis_port(), "ping"], capture_output=True, text=True, check=False)  # noqa: S603, S607
    return done.stdout.strip() == "PONG"


def pg_ctlcluster(action):
    """`pg_ctlcluster … main <action>`, or SOAK_POSTGRES_CTL with {action} (a private server, for trying the soak)."""
    custom = os.environ.get("SOAK_POSTGRES_CTL")
    if custom:
        return shlex.split(custom.format(action=action))
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action]


def restart_postgres():
    subprocess.run(pg_ctlcluster("restart"), check=True, capture_output=True)  # noqa: S603
    wait_for(pg_ready, "PostgreSQL")


def ensure_postgres():
    if not pg_ready():
        subprocess.run(pg_ctlcluster("start"), check=False, capture_output=True)  # noqa: S603
        wait_for(pg_ready, "PostgreSQL")


def kill_redis():
    command = ["redis-cli", "-p", redis_port(), "info", "server"]  # noqa: S607
    info = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    pid = int(re.search(r"process_id:(\d+)", info.stdout).group(1))
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while redis_ready() and time.monotonic() < deadline:
        time.sleep(0.1)


def start_redis():
    if not redis_ready():
        command = ["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", redis_port()]
        subprocess.run([*command, "--save", "", "--appendonly", "no"], check=True, capture_output=True)  # noqa: S603, S607
        wait_for(redis_ready, "Redis")


def wait_for(ready, name, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.2)
    raise ClusterError(f"{name} did not answer within {timeout} s")


async def faults(stats, total, log):
    """PostgreSQL restarted at a third of the submissions, Redis killed at 60 % and started 5 s later."""
    while stats.completed < total // 3:
        await asyncio.sleep(0.1)
    log(f"  fault: restarting PostgreSQL after {stats.completed} submissions…")
    began = time.monotonic()
    await asyncio.to_thread(restart_postgres)
    stats.faults.append(("PostgreSQL restart", began, time.monotonic()))
    log(f"  PostgreSQL answered again after {time.monotonic() - began:.1f} s")
    while stats.completed < total * 6 // 10:
        await asyncio.sleep(0.1)
    log(f"  fault: killing Redis after {stats.completed} submissions…")
    began = time.monotonic()
    await asyncio.to_thread(kill_redis)
    await asyncio.sleep(REDIS_DOWN_SECONDS)
    await asyncio.to_thread(start_redis)
    stats.faults.append(("Redis killed and restarted", began, time.monotonic()))
    log(f"  Redis answered again after {time.monotonic() - began:.1f} s")
