"""The load: families walking whole referral journeys through nginx, each from its own address,
sending a failed request again as a person would."""

import asyncio
import contextlib
import re
import ssl
import time
from urllib.parse import urlencode

from bench.loadgen import read_response
from bench.referral import LIFE_AREA, TOKEN, parent_answers
from bench.soak.faults import faults
from bench.soak.stats import Stats

CHECK = "/refer/check-your-answers/"
SENT = "/refer/sent/"
REFERENCE = re.compile(rb"RF-[A-Z0-9]{3}-[A-Z0-9]{3}")
GIVE_UP_SECONDS = 120


def source_address(number):
    """A loopback address of the family's own: 127.10.0.1, 127.10.0.2, … (Linux answers all of 127/8)."""
    return f"127.{10 + number // 62500}.{(number // 250) % 250}.{number % 250 + 1}"


class GaveUp(Exception):
    pass


class Browser:
    """One family's keep-alive HTTPS connection to nginx, with its cookies."""

    def __init__(self, port, source, context, stats):
        self.port, self.source, self.context, self.stats = port, source, context, stats
        self.cookies = {}
        self.reader = self.writer = None

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError, asyncio.TimeoutError, ssl.SSLError):
                await asyncio.wait_for(self.writer.wait_closed(), 2)
        self.reader = self.writer = None

    def encode(self, method, path, form):
        body = urlencode(form, doseq=True).encode() if method == "POST" else b""
        lines = [f"{method} {path} HTTP/1.1", f"Host: localhost:{self.port}", "User-Agent: portal-soak"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if method == "POST":
            lines += [f"Origin: https://localhost:{self.port}", "Content-Type: application/x-www-form-urlencoded"]
            lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body

    async def once(self, method, path, form):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(
                "127.0.0.1", self.port, ssl=self.context, local_addr=(self.source, 0), server_hostname="localhost"
            )
        self.writer.write(self.encode(method, path, form))
        await self.writer.drain()
        response = await asyncio.wait_for(read_response(self.reader), 60)
        if response.closes:
            await self.close()
        for key, value in response.cookies().items():
            self.cookies[key] = value
        return response

    async def send(self, kind, method, path, form=None, ok=lambda response: response.status == 200):
        """Send until the answer is `ok`, waiting longer after each failure; GaveUp after two minutes."""
        form = form or {}
        started_trying = time.monotonic()
        wait = 0.2
        while True:
            began = time.monotonic()
            try:
                response = await self.once(method, path, form)
                problem = None if ok(response) else f"HTTP {response.status}"
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ssl.SSLError, ValueError) as error:
                await self.close()
                response, problem = None, type(error).__name__
            self.stats.record(kind, began, time.monotonic() - began, problem)
            if problem:
                self.stats.problems[re.sub(r"/sent/[^/]+/", "/sent/…/", path), problem] += 1
            if problem is None:
                return response
            if time.monotonic() - started_trying > GIVE_UP_SECONDS:
                raise GaveUp(f"{method} {path}: {problem}")
            await asyncio.sleep(wait)
            wait = min(wait * 2, 3.0)


async def find_life_area(port, context, stats):
    browser = Browser(port, source_address(0), context, stats)
    try:
        start = await browser.send("setup", "GET", "/refer/")
        token = TOKEN.search(start.body).group(1).decode()
        await browser.send("setup", "POST", "/refer/start/", {"csrfmiddlewaretoken": token}, redirect)
        for slug, data in parent_answers("").items():
            if slug == "needs":
                break
            await browser.send("setup", "POST", f"/refer/{slug}/", {**data, "csrfmiddlewaretoken": token}, redirect)
        needs = await browser.send("setup", "GET", "/refer/needs/")
        found = LIFE_AREA.search(needs.body)
        return next(group for group in found.groups() if group).decode()
    finally:
        await browser.close()


def redirect(response):
    return response.status == 302


def sent(response):
    return response.status == 302 and (response.header("location") or "").startswith(SENT)


async def journey(number, run_id, life_area, port, context, stats):
    """One family's whole referral: its result, for checking against the database."""
    marker = f"Soak {run_id} {number}"
    browser = Browser(port, source_address(number + 1), context, stats)
    result = {"marker": marker, "completed": False}
    try:
        start = await browser.send("step", "GET", "/refer/")
        token = TOKEN.search(start.body).group(1).decode()
        await browser.send("step", "POST", "/refer/start/", {"csrfmiddlewaretoken": token}, redirect)
        answers = parent_answers(life_area)
        answers["school"] = {"school": marker}
        for slug, data in answers.items():
            await browser.send("step", "POST", f"/refer/{slug}/", {**data, "csrfmiddlewaretoken": token}, redirect)
        done = await browser.send("submit", "POST", CHECK, {"csrfmiddlewaretoken": token}, sent)
        confirmation = await browser.send("step", "GET", done.header("location"))
        found = REFERENCE.search(confirmation.body)
        result.update(completed=True, reference=found.group(0).decode() if found else None)
        stats.completed += 1
    except GaveUp as reason:
        result["gave_up"] = str(reason)
    finally:
        await browser.close()
    return result


async def load(cluster, total, clients, run_id, with_faults, log):
    context = ssl._create_unverified_context()  # noqa: S323 (the cluster's own throwaway certificate)
    stats = Stats()
    life_area = await find_life_area(cluster.port, context, stats)
    stats.samples.clear()
    numbers = iter(range(total))
    results = []

    async def family_after_family():
        for number in numbers:
            results.append(await journey(number, run_id, life_area, cluster.port, context, stats))
            if len(results) % max(1, total // 10) == 0:
                log(f"  {len(results)} of {total} journeys done")

    began = time.monotonic()
    fault_task = asyncio.create_task(faults(stats, total, log)) if with_faults else None
    await asyncio.gather(*(family_after_family() for _ in range(clients)))
    elapsed = time.monotonic() - began
    if fault_task is not None:
        if not fault_task.done():
            log("  the load ended before every fault ran: waiting for them")
        await fault_task
    return results, stats, elapsed
