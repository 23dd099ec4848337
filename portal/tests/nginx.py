"""nginx for tests and `make cluster`: a main configuration in a folder of its own, and the
production site (deploy/nginx/portal.conf) with only its deployment-specific values swapped.

Debian's nginx, started as an ordinary process: its pid file, logs and temporary files all live in
the run's folder, so it needs nothing from /etc/nginx or /var and leaves nothing behind.
"""

import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
HOST = "127.0.0.1"
PRODUCTION_SITE = BASE_DIR / "deploy" / "nginx" / "portal.conf"
# The content types of static files, as a packaged nginx.conf includes them.
MIME_TYPES = Path("/etc/nginx/mime.types")
FALLBACK_TYPES = "types { text/css css; application/javascript js; image/svg+xml svg; image/png png; image/jpeg jpg; }"

MAIN_CONF = """\
{user}
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/nginx-error.log warn;
events {{ worker_connections {connections}; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/nginx-body;
    proxy_temp_path {workdir}/nginx-proxy;
    fastcgi_temp_path {workdir}/nginx-fastcgi;
    uwsgi_temp_path {workdir}/nginx-uwsgi;
    scgi_temp_path {workdir}/nginx-scgi;
    {types}
    default_type application/octet-stream;
{http}
}}
"""


def main_config(workdir, http, connections=64):
    """A whole nginx.conf around `http` (the http block's contents), with every path in `workdir`."""
    return MAIN_CONF.format(
        user="user root;" if os.geteuid() == 0 else "",  # as root, nginx's workers would otherwise be nobody
        workdir=workdir,
        connections=connections,
        types=f"include {MIME_TYPES};" if MIME_TYPES.exists() else FALLBACK_TYPES,
        http=http,
    )


def production_site(workdir, port, upstream_ports, static_root, media_root, plain_port=None):
    """deploy/nginx/portal.conf as `make cluster` and the tests run it: on `port` (and `plain_port` for
    the redirect to HTTPS) of 127.0.0.1, the certificate in `workdir`, these app servers and folders.
    Nothing else in the file changes, so what runs here is what the deployment guide tells people to use."""
    site = PRODUCTION_SITE.read_text()
    servers = "\n".join(f"    server {HOST}:{number} max_fails=1 fail_timeout=5s;" for number in upstream_ports)
    swaps = [
        (r"    server 127\.0\.0\.1:8000 max_fails=1 fail_timeout=5s;", servers),
        (r"listen 443 ssl http2;", f"listen {HOST}:{port} ssl http2;"),
        (r"\n    listen \[::\]:443 ssl http2;", ""),
        (r"listen 80;", f"listen {HOST}:{plain_port or free_port()};"),
        (r"\n    listen \[::\]:80;", ""),
        (r"server_name portal\.example\.nhs\.uk;", "server_name localhost;"),
        (r"/etc/ssl/portal/fullchain\.pem", f"{workdir}/cert.pem"),
        (r"/etc/ssl/portal/privkey\.pem", f"{workdir}/key.pem"),
        (r"/srv/portal/static/", f"{static_root}/"),
        (r"/srv/portal/media/", f"{media_root}/"),
    ]
    for pattern, replacement in swaps:
        site, count = re.subn(pattern, lambda _match, text=replacement: text, site)
        if count == 0:
            raise ValueError(f"{PRODUCTION_SITE} no longer has {pattern!r}: update portal/tests/nginx.py")
    return site


def self_signed_certificate(workdir):
    """A throwaway certificate for localhost: workdir/cert.pem and workdir/key.pem, as nginx reads them."""
    subprocess.run(  # noqa: S603
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost"]  # noqa: S607
        + ["-keyout", str(Path(workdir) / "key.pem"), "-out", str(Path(workdir) / "cert.pem")],
        check=True,
        capture_output=True,
    )


def write_config(workdir, http, connections=64):
    path = Path(workdir) / "nginx.conf"
    path.write_text(main_config(workdir, http, connections))
    return path


def check_config(workdir):
    """`nginx -t` on workdir/nginx.conf: the finished process (returncode 0 when nginx accepts it)."""
    command = [NGINX, "-t", "-c", str(Path(workdir) / "nginx.conf"), "-p", str(workdir)]
    return subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603


def start_nginx(workdir, port, timeout=30):
    """nginx on workdir/nginx.conf in the foreground of a process of its own, once it listens on `port`."""
    log = open(Path(workdir) / "nginx.out", "ab")  # noqa: SIM115 (closed as soon as nginx has it)
    process = subprocess.Popen(  # noqa: S603
        [NGINX, "-c", str(Path(workdir) / "nginx.conf"), "-p", str(workdir), "-g", "daemon off;"],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    log.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            errors = Path(workdir) / "nginx-error.log"
            raise RuntimeError("nginx exited:\n" + (errors.read_text(errors="replace") if errors.exists() else ""))
        try:
            with socket.create_connection((HOST, port), timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"nginx did not listen on {port} within {timeout} s")


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]
