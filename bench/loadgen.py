"""A small asyncio HTTP/1.1 load generator and its statistics (pure, unit-tested)."""

import asyncio
import contextlib
import gzip
import re
import ssl
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.management.base import CommandError

HOST = "127.0.0.1"
CEILING = "Static CSS (ceiling)"
# Cached public pages should manage at least this share of the static file's throughput.
CACHED_PAGE_BUDGET = 0.5
# Ports served over HTTPS (nginx in front of the cluster): connections to them use TLS, and form posts
# say where they come from, as browsers do, since Django's CSRF check wants an origin over HTTPS.
TLS_PORTS = set()


def serve_over_tls(port):
    TLS_PORTS.add(port)


# --- Statistics (pure, unit-tested) -------------------------------------------------------


def percentile(samples, fraction):
    """The value below which `fraction` of the samples fall, interpolating between neighbours."""
    if not samples:
        return None
    if not 0 <= fraction <= 1:
        raise ValueError("fraction must be between 0 and 1")
    ordered = sorted(samples)
    position = (len(ordered) - 1) * fraction
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def summarise(latencies, errors, elapsed):
    """Requests per second and latency percentiles (milliseconds) for one target."""
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed if elapsed > 0 else 0.0,
        "p50": _ms(percentile(latencies, 0.50)),
        "p95": _ms(percentile(latencies, 0.95)),
        "p99": _ms(percentile(latencies, 0.99)),
    }


def _ms(seconds):
    return None if seconds is None else seconds * 1000


# --- A minimal HTTP/1.1 client ------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: list
    body: bytes
    closes: bool
    head_bytes: int = 0  # the status line and headers as they came over the wire

    def header(self, name):
        return next((value for key, value in self.headers if key == name), None)

    def cookies(self):
        found = {}
        for name, value in self.headers:
            if name == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, cookie_value = pair.partition("=")
                found[key.strip()] = cookie_value.strip()
        return found


@dataclass
class Request:
    path: str
    method: str = "GET"
    form: dict = field(default_factory=dict)
    cookies: dict = field(default_factory=dict)
    accept_encoding: str = "gzip"

    def encode(self, port):
        # doseq: a field with several values (checkboxes) is sent once per value, as a browser does.
        body = urlencode(self.form, doseq=True).encode() if self.method == "POST" else b""
        lines = [
            f"{self.method} {self.path} HTTP/1.1",
            f"Host: {HOST}:{port}",
            "User-Agent: portal-bench",
            "Accept: text/html,*/*",
            f"Accept-Encoding: {self.accept_encoding}",
        ]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if self.method == "POST":
            lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
            if port in TLS_PORTS:
                lines.append(f"Origin: https://{HOST}:{port}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


class Connection:
    """One keep-alive connection that reopens itself when the server closes it (gunicorn's sync
    workers close after every response; threaded workers keep it open)."""

    def __init__(self, port):
        self.port = port
        self.reader = self.writer = None

    async def send(self, request):
        if self.writer is None:
            tls = ssl._create_unverified_context() if self.port in TLS_PORTS else None  # noqa: S323 (a throwaway certificate)
            self.reader, self.writer = await asyncio.open_connection(HOST, self.port, ssl=tls)
        self.writer.write(request.encode(self.port))
        await self.writer.drain()
        response = await read_response(self.reader)
        if response.closes:
            await self.close()
        if self.port in TLS_PORTS and response.header("content-encoding") == "gzip":
            response.body = gzip.decompress(response.body)  # nginx compresses pages; a browser reads them whole
        return response

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError, ssl.SSLError):
                await self.writer.wait_closed()
        self.reader = self.writer = None


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    version, status = status_line.split(" ", 2)[:2]
    headers = []
    for line in header_lines:
        if ":" in line:
            name, value = line.split(":", 1)
            headers.append((name.strip().lower(), value.strip()))
    values = dict(headers)
    if "content-length" in values:
        body = await reader.readexactly(int(values["content-length"]))
    elif values.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            body += (await reader.readexactly(size + 2))[:-2]  # each chunk ends with CRLF, not part of the body
            if size == 0:
                break
    else:
        body = await reader.read()
        return Response(int(status), headers, body, True, len(head))
    closes = values.get("connection", "").lower() == "close" or version == "HTTP/1.0"
    return Response(int(status), headers, body, closes, len(head))


async def self_assessment_session(port):
    """Start a self-assessment as a family would: the CSRF token from the start page, then POST start."""
    connection = Connection(port)
    try:
        start = await connection.send(Request("/self-assessment/"))
        cookies = start.cookies()
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', start.body)
        if start.status != 200 or token is None:
            raise CommandError(f"Self-assessment start page answered {start.status} without a CSRF token")
        token = token.group(1).decode()
        started = await connection.send(
            Request("/self-assessment/start/", "POST", {"csrfmiddlewaretoken": token}, cookies)
        )
        cookies.update(started.cookies())
        if started.status != 302:
            raise CommandError(f"Starting a self-assessment answered {started.status}, not a redirect")
        return cookies, token
    finally:
        await connection.close()


# --- Targets ------------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    path: str
    expect: int = 200
    # A new value on every request of a query parameter every page reads (the feedback reference, shown
    # only with ?feedback=more), so the page cache never answers: it ignores parameters a page does not read.
    cold: bool = False
    journey: str = ""  # "get" or "post": each connection first starts its own self-assessment
    form: dict = field(default_factory=dict)
    note: str = ""


async def timed_send(connection, request, latencies):
    """Send `request` and add its time to `latencies`; None, not timed, when the socket failed."""
    started = time.perf_counter()
    try:
        response = await connection.send(request)
    except (OSError, asyncio.IncompleteReadError):
        await connection.close()  # the next send opens a fresh connection
        return None
    latencies.append(time.perf_counter() - started)
    return response


async def run_target(target, port, concurrency, duration):
    """Send requests back to back on `concurrency` connections for `duration` seconds."""
    latencies = []
    errors = 0
    counter = 0
    # Each connection's own journey is set up before the clock starts.
    sessions = [({}, "")] * concurrency
    if target.journey:
        sessions = await asyncio.gather(*(self_assessment_session(port) for _ in range(concurrency)))
    deadline = time.perf_counter() + duration

    async def client(cookies, token):
        nonlocal errors, counter
        connection = Connection(port)
        try:
            while time.perf_counter() < deadline:
                counter += 1
                path = f"{target.path}?ref=bench-{counter}" if target.cold else target.path
                if target.journey == "post":
                    request = Request(path, "POST", {**target.form, "csrfmiddlewaretoken": token}, cookies)
                else:
                    request = Request(path, cookies=cookies)
                response = await timed_send(connection, request, latencies)
                if response is None or response.status != target.expect:
                    errors += 1
        finally:
            await connection.close()

    began = time.perf_counter()
    await asyncio.gather(*(client(*session) for session in sessions))
    return summarise(latencies, errors, time.perf_counter() - began)


async def single_request_ms(port, path):
    connection = Connection(port)
    try:
        started = time.perf_counter()
        response = await connection.send(Request(path))
        return (time.perf_counter() - started) * 1000, response.status
    finally:
        await connection.close()
