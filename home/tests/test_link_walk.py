"""Every public page of the demo site, walked link by link as a family would click (issue 18).

Starting from the home page and from a finished self-assessment's result page, the walk follows
every link on this site and fails on any that does not resolve, and on any link to an example or
placeholder address (a demo that sends families to www.example.nhs.uk is a dead end).
Links to other sites are not fetched (the tests run offline); only their addresses are checked.
"""

import re
from collections import Counter, deque
from html import unescape
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest

from home.tests.test_breadcrumb import breadcrumb_problems
from resources.models import ResourcePackPage
from selfassess.tests.journeys import MILD, complete

pytestmark = pytest.mark.django_db

HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"']*)["']""", re.I | re.S)
# Example domains (RFC 2606 and the NHS's own), placeholders and links that go nowhere.
PLACEHOLDER = re.compile(
    r"^(https?:)?//([^/]*\.)?example(\.[a-z]+)+(/|$)|^#$|^javascript:|^https?://(localhost|127\.)", re.I
)
NOT_PUBLIC = ("/admin/", "/django-admin/", "/_util/", "/static/", "/staff/")
# Pack downloads serve a file, and the test settings keep files in memory where Wagtail's document
# view cannot send them (resources/tests/test_downloads.py covers them): check the pack is live instead.
DOWNLOAD = re.compile(r"^/schools/packs/(\d+)/download/$")
# Filter and page links multiply (each advice filter combination is its own address): a few of each path are enough.
QUERY_VARIANTS_PER_PATH = 3
MAX_PAGES = 800
AREAS = ["getting-dressed", "sensory-processing", "hand-skills", "talking-and-understanding"]


def is_internal(url):
    parts = urlsplit(url)
    return parts.scheme in ("", "http", "https") and parts.netloc in ("", "testserver")


def walk(client, starts, on_page=None):
    """(pages visited, [(page, link, problem)]). `on_page(url, html)` sees each HTML page and returns more problems."""
    queue, seen, problems, variants = deque(starts), set(), [], Counter()
    while queue and len(seen) < MAX_PAGES:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        if download := DOWNLOAD.match(url):
            if not ResourcePackPage.objects.live().filter(pk=download[1]).exists():
                problems.append((url, "", "no such pack to download"))
            continue
        response = client.get(url)
        if response.status_code in (301, 302, 303, 307, 308):
            queue.appendleft(urljoin(url, response["Location"]))
            continue
        if response.status_code != 200:
            problems.append((url, "", f"status {response.status_code}"))
            continue
        if not response.get("Content-Type", "").startswith("text/html"):
            continue
        html = response.content.decode()
        if on_page:
            problems.extend((url, found, why) for found, why in on_page(url, html))
        for raw in HREF.findall(html):
            href = unescape(raw).strip()
            if PLACEHOLDER.search(href):
                problems.append((url, href, "placeholder link"))
                continue
            target, _ = urldefrag(urljoin("http://testserver" + url, href))
            if not is_internal(target):
                continue
            parts = urlsplit(target)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if path.startswith(NOT_PUBLIC) or path in seen:
                continue
            if parts.query:
                variants[parts.path] += 1
                if variants[parts.path] > QUERY_VARIANTS_PER_PATH:
                    continue
            queue.append(path)
    return seen, problems


@pytest.fixture(scope="module")
def walks():
    """The demo's walk, done once for the tests of this module that read it (they fetch the same pages).

    It holds only what the walk found (addresses and problems), never a page or a row: each test still
    gets the shared demo in its own transaction (portal/tests/demo_fixtures.py), and both see the same one.
    """
    return {}


def walk_the_demo(client, walks):
    """(pages visited, link and breadcrumb problems, phone problems) of the walk from "/" and a result page."""
    if "demo" not in walks:
        # A self-assessment that has tried the advice for 12 weeks: its result lists workshops and groups.
        result = complete(client, AREAS, {**MILD, "tried_advice": "not-enough"})
        assert result.status_code == 200
        result_path = result.redirect_chain[-1][0] if result.redirect_chain else "/self-assessment/result/"
        phone = []

        def check(url, html):
            phone.extend((url, found) for found, why in phone_problems(url, html))
            # Each page's desktop breadcrumb is checked on the way: never "Home / Home" (home/tests/test_breadcrumb.py).
            return breadcrumb_problems(url, html)

        seen, problems = walk(client, ["/", result_path], on_page=check)
        walks["demo"] = seen, problems, phone
    return walks["demo"]


def test_every_link_on_every_public_page_resolves_and_none_is_a_placeholder(client, demo_site, walks):
    seen, problems, _ = walk_the_demo(client, walks)

    assert not problems, "\n".join(f"{page} -> {link or '(the page itself)'}: {why}" for page, link, why in problems)
    # The walk reached the whole front door, not just the home page.
    front_door = ["/how-to-get-help/", "/refer/", "/refer/status/", "/advice/", "/workshops-for-families/"]
    for path in [*front_door, "/stories/", "/who-does-what/", "/complaints-and-feedback/"]:
        assert path in seen, f"{path} is not linked from any public page"
    assert len(seen) > 40


# A UK phone number, or 999 and 111 (which families are told to call).
PHONE_NUMBER = re.compile(r"(?<![\d+])(0\d{2,4}(?: ?\d){6,8}(?!\d)|\b999\b|\b111\b)")
TEL_LINK = re.compile(r"<a\s[^>]*href=\"tel:[^\"]*\"[^>]*>.*?</a>", re.S)
# A link to NHS 111 online, in whichever language its words are ("NHS 111 آن لائن").
NHS_111_ONLINE = re.compile(r'<a\s[^>]*href="https://111\.nhs\.uk/?"[^>]*>.*?</a>', re.S)
# Headings are not where anyone taps to call; scripts, styles and attributes are not read.
NOT_READ = re.compile(r"<(h[1-6]|script|style|title)\b.*?</\1>|<head>.*?</head>", re.S | re.I)


def phone_problems(url, html):
    """Phone numbers a family reads but cannot tap to call; "NHS 111 online" that is not a link."""
    text = TEL_LINK.sub(" ", NOT_READ.sub(" ", NHS_111_ONLINE.sub(" ", html)))
    if "NHS 111 online" in re.sub(r"<[^>]+>", " ", text):
        yield "NHS 111 online", "NHS 111 online is not a link to 111.nhs.uk"
    text = " ".join(re.sub(r"<[^>]+>", " ", text).split())
    for match in PHONE_NUMBER.finditer(text):
        yield text[max(0, match.start() - 40) : match.end() + 10], "phone number is not a tel: link"


def test_every_phone_number_a_family_reads_can_be_tapped_to_call(client, demo_site, walks):
    seen, _, phone = walk_the_demo(client, walks)

    assert len(seen) > 40
    assert not phone, "\n".join(f"{page}: {found}" for page, found in phone)
    footer = client.get("/").content.decode().split("<footer", 1)[1]
    assert 'href="tel:999"' in footer and 'href="tel:111"' in footer and 'href="https://111.nhs.uk/"' in footer


def test_get_help_now_lets_a_parent_tap_to_call(client, demo_site):
    from selfassess.tests.journeys import no_red_flags

    client.post("/self-assessment/start/")
    client.post("/self-assessment/age/", {"age_band": "under-5"})
    flags = dict.fromkeys(no_red_flags(), "yes")
    response = client.post("/self-assessment/safety-questions/", flags, follow=True)
    html = response.content.decode()
    assert "<h1>Get help now</h1>" in html
    assert list(phone_problems(response.request["PATH_INFO"], html)) == []
    assert 'href="tel:08088005000"' in html  # the NSPCC helpline
