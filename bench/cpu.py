"""Server CPU and queries per request, in one process: `python -m bench.cpu [--profile PATH] [-n N]`.

Throughput on a shared machine moves with whatever else runs there; the CPU time one process spends
answering a request (`time.process_time`) and the number of queries it runs barely do. This calls
Django's WSGI handler as gunicorn's workers do (same middleware, same settings: run it with the
settings the server would use, e.g. production with Redis), N times per target, and prints each
target's queries and CPU per request. `--profile PATH` also writes cProfile statistics of one target
(sorted by cumulative time) to read where a render's time goes.

Targets: the static CSS file (whitenoise), the home page and an advice topic from the page cache, an
advice topic (English and /pl/) the cache cannot help (a new `?ref=` each time, a parameter every
page reads, so each one is rendered), the first render after another page is published (the
generation bumped before each request, so every cache keyed on it is cold), and the first visit to
the advice topic after it is itself published (published untimed before each request; the publish
re-warms it). Requests carry the default site's host, as a browser's would; ALLOWED_HOSTS must allow
it. The published target writes to the database: point it at a throwaway copy of the demo.
"""

import argparse
import cProfile
import functools
import io
import os
import pstats
import sys
import time
from itertools import count

ADVICE = "/advice/getting-dressed/"


@functools.cache
def site_host():
    """The default site's host, as a visitor's browser sends it (the page cache keys on it, and a page
    re-warmed after a publish is kept under it)."""
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    return site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"


def environ(path, query=""):
    host = site_host()
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": host.split(":")[0],
        "SERVER_PORT": "80",
        "HTTP_HOST": host,
        "REMOTE_ADDR": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def call(application, path, query=""):
    statuses = []
    body = b"".join(application(environ(path, query), lambda status, headers, *_: statuses.append(status)))
    return statuses[0], body


def static_path():
    from django.contrib.staticfiles.storage import staticfiles_storage

    return staticfiles_storage.url("css/portal.css")


def targets():
    """(name, path, query for request i, before each request)."""
    from portal import page_cache

    fresh = count()
    bump = page_cache.invalidate_all
    return [
        ("Static CSS (whitenoise)", static_path(), lambda i: "", None),
        ("Home page (cached)", "/", lambda i: "", None),
        ("Advice topic (cached)", ADVICE, lambda i: "", None),
        ("Advice topic, uncached", ADVICE, lambda i: f"ref={next(fresh)}", None),
        ("Advice topic in Polish, uncached", "/pl" + ADVICE, lambda i: f"ref={next(fresh)}", None),
        ("Advice topic, first after another page's publish", ADVICE, lambda i: "", bump),
        ("Home page, first after another page's publish", "/", lambda i: "", bump),
        ("Advice topic, first after it is published", ADVICE, lambda i: "", publish_advice_topic),
    ]


def publish_advice_topic():
    """Publish the advice topic again (untimed): the publish re-warms it (portal/page_cache.py)."""
    from wagtail.models import Page

    page = Page.objects.get(url_path__endswith=ADVICE, locale__language_code="en-gb").specific
    page.save_revision().publish()


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def measure(application, path, query, before, n):
    """(queries per request, CPU ms per request, status) over n requests, after two to warm up."""
    from django.db import connection

    for i in range(2):
        if before:
            before()
        call(application, path, query(-1 - i))
    queries = []
    spent = 0.0
    status = None
    for i in range(n):
        if before:
            before()
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            started = time.process_time()
            status, _ = call(application, path, query(i))
            spent += time.process_time() - started
        queries.append(counter.count)
    return sum(queries) / n, spent * 1000 / n, status


def profile(application, name, n, output):
    found = [target for target in targets() if target[0] == name]
    if not found:
        raise SystemExit(f"No target named {name!r}")
    _, path, query, before = found[0]
    measure(application, path, query, before, 2)
    profiler = cProfile.Profile()
    profiler.enable()
    measure(application, path, query, before, n)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=open(output, "w"))  # noqa: SIM115
    stats.sort_stats("cumulative").print_stats(80)
    stats.sort_stats("tottime").print_stats(40)
    print(f"cProfile of {n} requests to {name!r} written to {output}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="requests per target (default 200)")
    parser.add_argument("--profile", metavar="PATH", help="write cProfile statistics of one target here")
    parser.add_argument("--target", default="Advice topic, uncached", help="the target to profile")
    options = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    from django.core.wsgi import get_wsgi_application

    application = get_wsgi_application()
    if options.profile:
        profile(application, options.target, options.n, options.profile)
        return
    print(f"{'target':40} {'status':>8} {'queries':>8} {'CPU ms':>8}")
    for name, path, query, before in targets():
        queries, ms, status = measure(application, path, query, before, options.n)
        print(f"{name:40} {status.split()[0]:>8} {queries:8.1f} {ms:8.2f}")


if __name__ == "__main__":
    main()
