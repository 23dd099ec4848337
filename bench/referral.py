"""The referral submission target: the final POST of check-your-answers, which saves a referral.

A journey can be sent only once (a second POST just redirects to the same confirmation), so every
timed request needs its own session that has walked the whole journey first: about a dozen GETs
and POSTs. Walking is done in batches with the clock stopped; then the batch's submissions are sent
with the clock running. Requests per second and latencies are of the submissions alone.
"""

import asyncio
import re
import time

from django.core.management.base import CommandError

from bench.loadgen import Connection, Request, summarise, timed_send

CHECK_PATH = "/refer/check-your-answers/"
SENT_PREFIX = "/refer/sent/"
# SG1 is a Stevenage district, which the demo's North Hertfordshire team covers (home/demo/teams.py).
DEMO_POSTCODE = "sg1 2ab"
# Sessions walked per client before each timed batch: enough that the few clients finishing
# last while the others wait do not drag the figure down much.
SESSIONS_PER_CLIENT = 8
TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
LIFE_AREA = re.compile(rb'name="life_areas"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="life_areas"')


def sent(response):
    """Whether the server answered with the confirmation page's redirect."""
    return response.status == 302 and (response.header("location") or "").startswith(SENT_PREFIX)


def parent_answers(life_area):
    """A parent's answers, step by step, as referrals/tests/factories.py posts them."""
    return {
        "who": {"referrer_kind": "parent"},
        "child": {
            "first_name": "Pip",
            "last_name": "Example",
            "date_of_birth_0": "15",
            "date_of_birth_1": "3",
            "date_of_birth_2": "2018",
            "nhs_number": "943 476 5919",
        },
        "postcode": {"postcode": DEMO_POSTCODE},
        "school": {"school": "Example Primary"},
        "needs": {"life_areas": [life_area], "help_wanted": "Getting dressed takes an hour.", "tried_already": ""},
        "services": {"other_services": ""},
        "communication": {"needs_interpreter": "no", "language": "", "accessible_formats": ""},
        "consent": {"parent_consent": "on", "sharing_consent": "on"},
        "contact": {"name": "Sam Example", "email": "sam@example.org", "phone": "", "update_preference": "email"},
    }


async def walk_to_check(port, life_area=None):
    """Walk a new journey up to check your answers, as a browser would: (cookies, CSRF token, life area).

    The first walk finds a life area to tick on the needs page; later walks reuse it.
    """
    connection = Connection(port)
    try:
        start = await connection.send(Request("/refer/"))
        found = TOKEN.search(start.body)
        if start.status != 200 or found is None:
            raise CommandError(f"/refer/ answered {start.status} without a CSRF token")
        token = found.group(1).decode()
        cookies = start.cookies()

        async def post(path, data):
            response = await connection.send(Request(path, "POST", {**data, "csrfmiddlewaretoken": token}, cookies))
            cookies.update(response.cookies())
            if response.status != 302:
                raise CommandError(f"POST {path} answered {response.status}, not a redirect to the next step")
            return response.header("location")

        await post("/refer/start/", {})
        if life_area is None:
            for slug, data in parent_answers("").items():
                if slug == "needs":
                    break
                await post(f"/refer/{slug}/", data)
            needs = await connection.send(Request("/refer/needs/", cookies=cookies))
            found = LIFE_AREA.search(needs.body)
            if found is None:
                raise CommandError("Could not find a life area to tick on /refer/needs/ (is the demo loaded?)")
            life_area = next(group for group in found.groups() if group).decode()
        location = None
        for slug, data in parent_answers(life_area).items():
            location = await post(f"/refer/{slug}/", data)
        if location != CHECK_PATH:
            raise CommandError(f"The last step led to {location}, not {CHECK_PATH}")
        return cookies, token, life_area
    finally:
        await connection.close()


async def walk_many(port, count, concurrency, life_area):
    """`count` sessions ready to send, walked by `concurrency` clients at once."""
    sessions = []

    async def walker(share):
        for _ in range(share):
            cookies, token, _ = await walk_to_check(port, life_area)
            sessions.append((cookies, token))

    shares = [count // concurrency + (1 if index < count % concurrency else 0) for index in range(concurrency)]
    await asyncio.gather(*(walker(share) for share in shares if share))
    return sessions


async def run_referral_submissions(port, concurrency, duration, wall_limit=None):
    """Send prepared referrals on `concurrency` connections until `duration` seconds of timed sending.

    Stops early after `wall_limit` seconds in all (walking included). The summary adds "sessions"
    (journeys walked) and "walk_seconds" (time spent walking, not in the figures).
    """
    wall_limit = wall_limit or max(10 * duration, 20)
    wall_deadline = time.perf_counter() + wall_limit
    first = await walk_to_check(port)
    life_area = first[2]
    pending = [first[:2]]
    latencies, errors, timed, walked, walk_seconds = [], 0, 0.0, 1, 0.0
    while timed < duration and time.perf_counter() < wall_deadline:
        walk_started = time.perf_counter()
        batch = SESSIONS_PER_CLIENT * concurrency - len(pending)
        pending += await walk_many(port, batch, concurrency, life_area)
        walked += batch
        walk_seconds += time.perf_counter() - walk_started

        async def sender(queue):
            nonlocal errors
            connection = Connection(port)
            try:
                while queue:
                    cookies, token = queue.pop()
                    request = Request(CHECK_PATH, "POST", {"csrfmiddlewaretoken": token}, cookies)
                    response = await timed_send(connection, request, latencies)
                    if response is None or not sent(response):
                        errors += 1
            finally:
                await connection.close()

        began = time.perf_counter()
        await asyncio.gather(*(sender(pending) for _ in range(concurrency)))
        timed += time.perf_counter() - began
    summary = summarise(latencies, errors, timed)
    summary.update(sessions=walked, walk_seconds=walk_seconds)
    return summary
