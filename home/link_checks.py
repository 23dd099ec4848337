"""Checking links to other websites, for Reports → Broken links (home/links.py).

`manage.py check_external_links` runs it, daily from cron (docs/content.md). Each distinct web
address in live pages is asked for once: a HEAD request, or a GET when the website does not answer
HEAD (405 or 501), following redirects, with a time limit, a few at a time, and a User-Agent that
says who is asking and where to find us. The last result per address is kept in ExternalLinkCheck.

Broken: "Not found" (404, 410), another error from the website (other 4xx and 5xx), no answer in
time, or no connection (no such website, refused, a certificate that does not match). Not broken:
401, 403 and 429, which websites send to programs they do not want to answer; a person opening the
link would get the page. When no website at all can be reached the machine is offline: nothing is
recorded, and the command fails so that cron reports it.
"""

import ssl
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from home.links import page_links
from home.models import ExternalLinkCheck

DEFAULT_TIMEOUT_SECONDS = 10
DEFAULT_AT_ONCE = 4
USER_AGENT = "ChildrensTherapyPortalLinkCheck/1.0 (checks the links in our pages once a day; {site})"
NOT_BROKEN = {401, 403, 429}
HEAD_NOT_ANSWERED = {405, 501}


COULD_NOT_CONNECT = "Could not connect (no website answers at this address)"


class NoInternet(Exception):
    """Not one website answered: the machine is offline, not every link broken. Nothing is recorded."""


@dataclass
class Result:
    url: str
    status_code: int | None
    problem: str


def external_urls():
    """Every distinct http(s) address that live pages link to."""
    urls = set()
    for page in Page.objects.live().specific().iterator():
        for kind, target, _ in page_links(page):
            if kind == "url" and target.startswith(("http://", "https://")):
                urls.add(target.strip())
    return sorted(urls)


def problem_for(status):
    if status in (404, 410):
        return f"Not found ({status})"
    if status >= 400 and status not in NOT_BROKEN:
        return f"The website answered with an error ({status})"
    return ""


def _ask(url, method, timeout):
    headers = {"User-Agent": USER_AGENT.format(site=settings.WAGTAILADMIN_BASE_URL)}
    request = urllib.request.Request(url, method=method, headers=headers)  # noqa: S310 (external_urls: http(s) only)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def check_url(url, timeout=DEFAULT_TIMEOUT_SECONDS):
    seconds = f"{timeout:g} second{'' if timeout == 1 else 's'}"
    try:
        status = _ask(url, "HEAD", timeout)
        if status in HEAD_NOT_ANSWERED:
            status = _ask(url, "GET", timeout)
    except TimeoutError:
        return Result(url, None, f"No answer within {seconds}")
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            return Result(url, None, f"No answer within {seconds}")
        if isinstance(error.reason, ssl.SSLError):
            return Result(url, None, "Could not connect securely (certificate problem)")
        return Result(url, None, COULD_NOT_CONNECT)
    except (OSError, ValueError):
        return Result(url, None, COULD_NOT_CONNECT)
    return Result(url, status, problem_for(status))


def check_external_links(timeout=DEFAULT_TIMEOUT_SECONDS, at_once=DEFAULT_AT_ONCE):
    """Check every address live pages link to, keep the results, forget addresses no page links to now."""
    urls = external_urls()
    with ThreadPoolExecutor(max_workers=max(1, at_once)) as pool:
        results = list(pool.map(lambda url: check_url(url, timeout), urls))
    if len(results) > 1 and all(result.problem == COULD_NOT_CONNECT for result in results):
        raise NoInternet(f"None of the {len(results)} websites could be reached: is this machine online?")
    now = timezone.now()
    with transaction.atomic():
        for result in results:
            ExternalLinkCheck.objects.update_or_create(
                url=result.url,
                defaults={"checked_at": now, "status_code": result.status_code, "problem": result.problem},
            )
        ExternalLinkCheck.objects.exclude(url__in=urls).delete()
    return results
