"""Three app servers behind nginx on one PostgreSQL and one Redis (bench/cluster.py) stay one site:
the page cache, rate limits, journeys and the outbox are shared, and a server that dies mid-request
costs the family one retry, never a lost or doubled referral.

Opt-in (`make cluster-test`, or CLUSTER_TESTS=1): setting up the cluster takes one to two minutes.
Each client picks its own loopback address and, when it talks to a server directly instead of
through nginx, says so in X-Forwarded-For as nginx would (TRUSTED_PROXY_COUNT=1).
"""

import os
import re
import secrets
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest

from bench.cluster import BASE_DIR, NGINX, Cluster, ClusterError
from bench.mail import read_log
from bench.referral import LIFE_AREA, parent_answers
from bench.tests.conftest import cluster_required
from portal.tests.real_server import Client

pytestmark = [pytest.mark.cluster, pytest.mark.xdist_group("cluster")]

ADVICE = "/advice/getting-dressed/"
CHECK = "/refer/check-your-answers/"


@pytest.fixture(scope="session")
def cluster(tmp_path_factory):
    missing = []
    if not os.path.exists(NGINX):
        missing.append(f"nginx ({NGINX})")
    if not shutil.which("pg_isready") or subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode:  # noqa: S607
        missing.append("PostgreSQL on 127.0.0.1:5432")
    if not shutil.which("redis-cli") or subprocess.run(["redis-cli", "ping"], capture_output=True).returncode:  # noqa: S607
        missing.append("Redis on 127.0.0.1:6379")
    if missing:
        reason = "the cluster needs " + ", ".join(missing)
        if cluster_required():
            pytest.fail(f"REQUIRE_CLUSTER=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    running = Cluster(
        tmp_path_factory.mktemp("cluster"),
        servers=3,
        workers=1,
        database="portal_cluster_test",
        extra_env={"PAGE_CACHE_DEBUG_HEADER": "true"},
        log=lambda line: None,
    )
    try:
        yield running.start()
    finally:
        running.stop(drop_database=True)


class Family:
    """One family's browser: one cookie jar, whichever server answers each request."""

    def __init__(self, cluster, source):
        self.cluster = cluster
        self.source = source
        self.cookies = {}

    def via(self, server=None):
        if server is None:  # through nginx
            return Client(self.cluster.port, tls=True, source=self.source, cookies=self.cookies)
        return Client(server.port, source=self.source, forwarded_proto=True, cookies=self.cookies)

    def headers(self, server):
        return {} if server is None else {"X-Forwarded-For": self.source}

    def get(self, path, server=None):
        return self.via(server).get(path, self.headers(server))

    def post(self, path, fields, server=None):
        return self.via(server).post_form(path, fields, self.headers(server))


def walk_to_check(family, servers, marker):
    """The referral journey up to check your answers, each step from the next server in `servers`."""
    turn = iter(servers * 20)
    assert family.get("/refer/", next(turn)).status == 200
    assert family.post("/refer/start/", {}, next(turn)).status == 302
    answers = parent_answers("")
    answers["school"] = {"school": marker}
    for slug, data in answers.items():
        if slug == "needs":
            needs = family.get("/refer/needs/", next(turn))
            found = LIFE_AREA.search(needs.body)
            assert found, needs.text[:2000]
            # One area, as one value: this client's form encoding sends no lists.
            data = {**data, "life_areas": next(group for group in found.groups() if group).decode()}
        response = family.post(f"/refer/{slug}/", data, next(turn))
        assert response.status == 302, (slug, response.status, response.text[:2000])
    assert response.header("Location") == CHECK


def saved(cluster, marker):
    """(referrals, submitted events, outbox messages) saved for the journey with this marker."""
    with cluster.postgres(cluster.database) as connection:
        return connection.execute(
            "SELECT count(DISTINCT r.id), count(DISTINCT e.id), count(DISTINCT m.id) FROM referrals_referral r"
            " LEFT JOIN referrals_referralevent e ON e.referral_id = r.id"
            " LEFT JOIN referrals_outboxmessage m ON m.referral_id = r.id WHERE r.school = %s",
            [marker],
        ).fetchone()


def test_a_publish_on_one_server_empties_the_page_cache_for_all(cluster):
    new_title = f"Getting dressed, revised {secrets.token_hex(3)}"
    page_id, code = (
        cluster.shell(
            "from django.contrib.auth import get_user_model\n"
            "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
            "from wagtail.models import Page\n"
            "from portal.staff_auth.devices import APP_DEVICE_NAME, new_recovery_codes\n"
            f"page = next(p for p in Page.objects.filter(slug='getting-dressed') if p.get_url() == {ADVICE!r}).specific\n"
            f"page.title = {new_title!r}\n"
            "page.save_revision()\n"
            "admin = get_user_model().objects.get(username='admin')\n"
            "TOTPDevice.objects.get_or_create(user=admin, name=APP_DEVICE_NAME, defaults={'confirmed': True})\n"
            "print('RESULT', page.pk, new_recovery_codes(admin)[0])\n"
        )
        .split("RESULT")[-1]
        .split()
    )

    def read(server):  # a visitor with no cookies, whom the page cache answers
        return Family(cluster, "127.0.1.1").get(ADVICE, server)

    for server in cluster.servers:
        read(server)
        page = read(server)
        assert page.header("X-Page-Cache") == "hit", (server.number, page.header("X-Page-Cache"))
        assert new_title not in page.text

    # An editor publishes the draft through the first server's admin (password and second factor).
    editor = Family(cluster, "127.0.1.2")
    first = cluster.servers[0]
    signed_in = editor.via(first).sign_in("admin", cluster.demo_password, editor.headers(first))
    assert signed_in.status == 302, signed_in.text[:500]
    verified = editor.post("/admin/two-factor/verify/?next=/admin/", {"code": code}, first)
    assert verified.status == 302 and verified.header("Location") == "/admin/", verified.text[:1000]
    publish = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/"
    assert editor.get(publish, first).status == 200
    published = editor.post(publish, {}, first)
    assert published.status == 302, published.text[:2000]

    for server in [*cluster.servers[1:], first]:
        page = read(server)
        assert page.status == 200
        assert new_title in page.text, f"server {server.number} still served the page cached before the publish"
    assert read(cluster.servers[1]).header("X-Page-Cache") == "hit"  # and caching again


def test_a_rate_limit_counts_across_servers(cluster):
    family = Family(cluster, f"127.0.2.{secrets.randbelow(250) + 1}")
    family.get("/refer/", cluster.servers[0])
    statuses = []
    for number in range(12):  # the referral-submit limit is 10 an hour
        server = cluster.servers[number % len(cluster.servers)]
        statuses.append((server.number, family.post(CHECK, {}, server).status))
    assert all(status != 429 for _, status in statuses[:10]), statuses
    assert [status for _, status in statuses[10:]] == [429, 429], statuses  # on servers 2 and 3
    # Another family, on any server, is not affected.
    other = Family(cluster, "127.0.2.251")
    other.get("/refer/", cluster.servers[2])
    assert other.post(CHECK, {}, cluster.servers[2]).status != 429


def test_a_familys_referral_journey_continues_whichever_server_answers_each_step(cluster):
    marker = f"Cluster journey {secrets.token_hex(4)}"
    family = Family(cluster, "127.0.3.1")
    walk_to_check(family, cluster.servers, marker)
    check = family.get(CHECK, cluster.servers[1])
    assert check.status == 200 and marker in check.text
    sent = family.post(CHECK, {}, cluster.servers[2])
    assert sent.status == 302 and sent.header("Location").startswith("/refer/sent/")
    confirmation = family.get(sent.header("Location"), cluster.servers[0])
    assert confirmation.status == 200
    reference = re.search(r"RF-[A-Z0-9]{3}-[A-Z0-9]{3}", confirmation.text)
    assert reference, confirmation.text[:2000]
    # Sending again from another server (a second tab, a double click) gives the same referral.
    again = family.post(CHECK, {}, cluster.servers[1])
    assert again.status == 302 and again.header("Location") == sent.header("Location")
    assert saved(cluster, marker) == (1, 1, 2)
    # And the same through nginx, as a browser goes.
    through = Family(cluster, "127.0.3.2")
    walk_to_check(through, [None], marker + " via nginx")
    assert through.post(CHECK, {}).header("Location").startswith("/refer/sent/")
    assert saved(cluster, marker + " via nginx") == (1, 1, 2)


def test_the_outbox_run_on_two_servers_at_once_sends_each_message_once(cluster):
    tag = secrets.token_hex(4)
    count = 120
    cluster.shell(
        "from referrals.models import OutboxMessage\n"
        "OutboxMessage.objects.bulk_create([OutboxMessage(kind='cluster-test', to=f'family{n}@example.org',"
        f" subject=f'Cluster outbox {tag} {{n}}', body='Hello') for n in range({count})])\n"
    )
    env = {**cluster.env, "CLUSTER_MAIL_DELAY_MS": "40"}  # a slow provider, so the runs overlap
    command = [sys.executable, str(BASE_DIR / "manage.py"), "send_notifications"]
    runs = [
        subprocess.Popen(command, cwd=BASE_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # noqa: S603
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=180)[0] for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    sent_by_run = [int(re.search(r"Sent (\d+)", output).group(1)) for output in outputs]
    assert all(sent > 0 for sent in sent_by_run), outputs  # both runs took part
    # Each run lists at most 100 due messages: one more run sends what neither listed.
    cluster.manage("send_notifications")

    delivered = [line for line in read_log(cluster.mail_log) if line["subject"].startswith(f"Cluster outbox {tag} ")]
    copies = Counter(line["subject"] for line in delivered)
    assert len(copies) == count, f"{count - len(copies)} messages never sent"
    assert set(copies.values()) == {1}, [subject for subject, n in copies.items() if n > 1]
    pids = {line["pid"] for line in delivered}
    assert len(pids) >= 2, "the two runs did not both send"
    with cluster.postgres(cluster.database) as connection:
        statuses = connection.execute(
            "SELECT status, count(*) FROM referrals_outboxmessage WHERE subject LIKE %s GROUP BY status",
            [f"Cluster outbox {tag} %"],
        ).fetchall()
    assert statuses == [("sent", count)]


@pytest.mark.parametrize(
    ("moment", "locked_table", "committed"),
    [
        ("before the referral is written", "referrals_referral", False),
        ("after the referral is written, before the answer", "django_session", True),
    ],
)
def test_a_server_killed_mid_request_loses_nothing_and_the_familys_retry_lands_once(
    cluster, moment, locked_table, committed
):
    """The server is killed while its request waits on a table another connection has locked: the
    referral's insert (nothing committed yet), or saving the session after the referral committed."""
    marker = f"Cluster kill {secrets.token_hex(4)}"
    family = Family(cluster, f"127.0.4.{1 + int(committed)}")
    victim = cluster.servers[0]
    walk_to_check(family, cluster.servers, marker)
    outcome = {}

    def send():
        try:
            outcome["response"] = family.post(CHECK, {}, victim)
        except Exception as error:  # the connection dies with the server
            outcome["error"] = error

    lock = cluster.postgres(cluster.database)
    try:
        with lock.transaction():
            lock.execute(f"LOCK TABLE {locked_table} IN EXCLUSIVE MODE")
            sender = threading.Thread(target=send)
            sender.start()
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                waiting = lock.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
                    [cluster.database],
                ).fetchone()[0]
                if waiting:
                    break
                time.sleep(0.05)
            else:
                raise AssertionError(f"the submission never waited on {locked_table}")
            cluster.kill_server(victim)
            sender.join(timeout=30)
        assert "error" in outcome, outcome  # the family saw the connection fail, no confirmation
        # A dead client's transaction is rolled back; one that committed stays.
        deadline = time.monotonic() + 10
        while saved(cluster, marker)[0] != int(committed) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert saved(cluster, marker) == ((1, 1, 2) if committed else (0, 0, 0)), moment

        # The family presses "send" again: nginx gives it to a server that is still up.
        retry = family.post(CHECK, {})
        assert retry.status == 302 and retry.header("Location").startswith("/refer/sent/"), retry.text[:2000]
        assert family.get(retry.header("Location")).status == 200
        assert saved(cluster, marker) == (1, 1, 2)
    finally:
        lock.close()
        try:
            cluster.restart_server(victim)
        except ClusterError as error:
            pytest.fail(f"could not restart server {victim.number}: {error}")
