"""Links to other websites are checked by a scheduled job (issue 16): `manage.py check_external_links`
asks each address in live pages whether it is there, and Reports → Broken links lists the ones that
are not. Checked against a small web server started here on this machine: a page that works, one that
is gone, one that never answers, one that refuses HEAD, and a port where nothing listens."""

import io
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from home.links import NOT_CHECKED, link_report
from home.models import ExternalLinkCheck
from home.tests.factories import make_home_page, make_information_page
from portal.tests.support import sign_in_with_second_factor

pytestmark = pytest.mark.django_db
SLOW_SECONDS = 3


class Site(BaseHTTPRequestHandler):
    seen_agents = []

    def answer(self, with_body):
        Site.seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?")[0]
        if path == "/slow":
            time.sleep(SLOW_SECONDS)
        if path == "/head-refused" and self.command == "HEAD":
            status = 405
        else:
            status = {"/ok": 200, "/moved": 301, "/slow": 200, "/head-refused": 200}.get(path, 404)
        self.send_response(status)
        if status == 301:
            self.send_header("Location", "/ok")
        self.send_header("Content-Length", "2")
        self.end_headers()
        if with_body:
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self.answer(with_body=False)

    def do_GET(self):
        self.answer(with_body=True)

    def log_message(self, *args):
        pass


@pytest.fixture
def other_website():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def port_nobody_listens_on():
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        return free.getsockname()[1]


def page_linking_to(parent, title, *urls):
    links = "".join(f'<p><a href="{url}">Link {number}</a></p>' for number, url in enumerate(urls))
    return make_information_page(parent, title, body=[{"type": "rich_text", "value": links}])


def check_links(*args):
    out = io.StringIO()
    call_command("check_external_links", "--timeout", "1", *args, stdout=out)
    return out.getvalue()


def problems_by_link():
    return {item.link: item.problem for item in link_report()}


def test_broken_links_to_other_websites_are_found_and_working_ones_are_not_listed(other_website):
    home = make_home_page()
    refused = f"http://127.0.0.1:{port_nobody_listens_on()}/leaflet"
    urls = {name: f"{other_website}/{name}" for name in ("ok", "moved", "gone", "slow", "head-refused")}
    page_linking_to(home, "Sensory ideas", urls["ok"], urls["gone"], urls["slow"])
    page_linking_to(home, "Getting dressed", urls["moved"], urls["head-refused"], refused, urls["gone"])

    output = check_links()

    problems = problems_by_link()
    assert problems[urls["gone"]].startswith("Not found (404)")
    assert problems[urls["slow"]].startswith("No answer within 1 second")
    assert problems[refused].startswith("Could not connect")
    for working in ("ok", "moved", "head-refused"):
        assert urls[working] not in problems
    assert ExternalLinkCheck.objects.count() == 6  # each address once, though two pages link to one
    assert "Checked 6 links to other websites: 3 broken." in output
    assert all(agent.startswith("ChildrensTherapyPortalLinkCheck/") for agent in Site.seen_agents)


def test_a_link_not_yet_checked_says_so_and_a_link_no_page_uses_is_forgotten(other_website):
    home = make_home_page()
    page = page_linking_to(home, "Sensory ideas", f"{other_website}/gone")
    check_links()
    page.body = [{"type": "rich_text", "value": f'<p><a href="{other_website}/ok">New link</a></p>'}]
    page.save_revision().publish()

    assert problems_by_link() == {f"{other_website}/ok": NOT_CHECKED}

    check_links()
    assert problems_by_link() == {}
    assert list(ExternalLinkCheck.objects.values_list("url", flat=True)) == [f"{other_website}/ok"]


def test_the_report_shows_the_broken_link_and_when_it_was_checked(client, other_website):
    home = make_home_page()
    page_linking_to(home, "Sensory ideas", f"{other_website}/gone")
    check_links()
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "a-long-password-for-tests")
    sign_in_with_second_factor(client, admin)

    html = client.get(reverse("broken_links_report")).content.decode()

    assert "Sensory ideas" in html
    assert f"{other_website}/gone" in html
    assert "Not found (404), checked" in html


def test_the_number_of_checks_at_once_is_limited(other_website):
    home = make_home_page()
    page_linking_to(home, "Slow pages", *(f"{other_website}/slow?{number}" for number in range(4)))
    started = time.monotonic()

    check_links("--at-once", "2")

    # Four addresses that never answer, two at a time, each given 1 second: about 2 seconds.
    assert 1.5 < time.monotonic() - started < SLOW_SECONDS + 1


def test_when_no_website_answers_the_machine_is_offline_and_nothing_is_recorded():
    """Every link 'broken' at once would be a report full of false alarms: cron reports the failure instead."""
    home = make_home_page()
    page_linking_to(home, "Sensory ideas", *(f"http://127.0.0.1:{port_nobody_listens_on()}/{n}" for n in range(2)))

    with pytest.raises(CommandError, match="None of the 2 websites could be reached"):
        check_links()

    assert ExternalLinkCheck.objects.count() == 0
    assert set(problems_by_link().values()) == {NOT_CHECKED}
