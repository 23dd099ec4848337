"""A page cache for anonymous visitors to public CMS pages, kept in the shared cache.

Only Wagtail pages that anyone may see are cached (never journeys, forms that set a CSRF
cookie, previews, private pages or signed-in staff), and only successful HTML responses.
Any change to content the pages might show (a page published, a team's wait updated, the
site settings edited) bumps a generation number stored with every page, so every cached page
is dropped at once: simple, and correct when one page shows another's data. A hit reads the
generation and the page in one round trip to the cache.

Keys are the host and path only, never the query string, so visitors cannot add entries by
adding parameters (`?utm_source=1`, `?utm_source=2`, …): the key space is bounded by the pages.
A page type lists the query parameters it reads in `query_parameters`, and a page sees only
those (every other parameter is removed from `request.GET` before it is served), so what is
stored never depends on anything else in the address. A request that carries one of the page's
own parameters (a filter, a page number, the feedback state) is rendered, never stored or
answered from the cache.

`X-Page-Cache: hit|miss|bypass` is sent only when `PAGE_CACHE_DEBUG_HEADER` is on (by default
when DEBUG is): in production it would tell anyone what is cached.

`Cache-Control: public, s-maxage=…` lets a CDN in front of the site cache the same pages.
"""

import logging
import secrets
from io import BytesIO
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse, QueryDict
from django.utils import translation
from django.utils.cache import patch_cache_control
from wagtail import hooks
from wagtail.signals import page_published, page_unpublished

from portal.cache import CacheUnavailable, warn_once_per_outage

logger = logging.getLogger(__name__)
GENERATION_KEY = "pagecache:generation"
# What a hit must say as the rendered page did. The middleware sits before sessions, CSRF, sign-in,
# languages and clickjacking protection (settings.MIDDLEWARE), so a hit skips them: their headers
# are kept with the page when it is stored, after they have all run.
CACHED_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Frame-Options")
# Read on every page by the "Is this page useful?" question (home/templatetags/feedback_tags.py).
EVERY_PAGE_READS = ("feedback", "ref")


def enabled():
    return settings.PAGE_CACHE_ENABLED


def cache_seconds():
    return settings.PAGE_CACHE_SECONDS


def debug_header():
    """Whether responses say `X-Page-Cache: hit|miss|bypass`; unset (None) follows DEBUG."""
    value = settings.PAGE_CACHE_DEBUG_HEADER
    return settings.DEBUG if value is None else value


def first_generation():
    """A new generation starts at a random number, not 1: after the cache is emptied (Redis restarted
    without its data, `cache.clear()`), a process's own answers kept for an earlier generation
    (portal/content_cache.py) must never match the new one."""
    return secrets.randbelow(2**48) + 1


def generation():
    """The current generation, or None when the cache cannot be read (Redis down)."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, first_generation(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def invalidate_all():
    """A new generation now, and again once the change is committed: a page rendered between the two
    (by a request that read the new generation but the database before the commit) is not kept."""
    bump()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(queued[1] is bump for queued in connection.run_on_commit):
        transaction.on_commit(bump)  # once per transaction, however many records it saves


def bump():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, first_generation(), timeout=None)
    except CacheUnavailable:
        # Nothing is cached while Redis is down. If it comes back with its data, pages cached before
        # the change can show for up to PAGE_CACHE_SECONDS: the change itself is saved.
        warn_once_per_outage(logger, "Page cache not invalidated while the shared cache is down")


def cache_key(request):
    return f"pagecache:page:{request.get_host()}:{request.path}"


def lookup(request):
    """The page's key, the current generation and the stored page if it is of that generation.

    One round trip to the cache for both: a hit costs one Redis call, not two. The generation is
    stored with the page, so a page from before a change is simply not used (and is replaced by
    the next miss). The generation is None when the cache cannot be read: then nothing is stored
    either, since a guessed generation could serve a page from before a change.
    """
    key = cache_key(request)
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    if current is None:
        return key, generation(), None  # a cache just started (or down): the generation is set up first
    stored = found.get(key)
    if stored is not None and stored.get("generation") != current:
        stored = None
    return key, current, stored


def query_parameters(page):
    """The query parameters `page` reads: its type's `query_parameters` and those every page reads."""
    return (*EVERY_PAGE_READS, *getattr(type(page), "query_parameters", ()))


def only(query, names):
    kept = QueryDict(mutable=True)
    for name in names:
        if name in query:
            kept.setlist(name, query.getlist(name))
    kept._mutable = False
    return kept


def uses_any(query, names):
    return any(name in query for name in names)


def request_may_use_cache(request):
    if not enabled() or request.method not in ("GET", "HEAD"):
        return False
    if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
        return False  # someone signed in, or mid-journey: their pages are their own
    return not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATH_PREFIXES))


@hooks.register("before_serve_page")
def mark_page_cacheable(page, request, serve_args, serve_kwargs):
    """Called as Wagtail serves a page: only live pages without view restrictions qualify.

    The page sees only the query parameters it reads, cached or not, so a parameter it forgot to
    declare shows up in its tests rather than as a page cached with one visitor's query string.
    """
    names = query_parameters(page)
    request.page_cache_query = names
    request.page_cache_varies = uses_any(request.GET, names)
    request.GET = only(request.GET, names)
    if page.live and not page.get_view_restrictions().exists():
        request.page_cache_allowed = True


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        use_cache = request_may_use_cache(request)
        key = current = None
        if use_cache:
            key, current, stored = lookup(request)
            request.content_generation = current  # read once per request (portal/content_cache.py)
            # An entry without the page's parameters predates them: it may be a filtered page's key.
            if stored is not None and "query" in stored and not uses_any(request.GET, stored["query"]):
                return self.rebuild(stored)
        response = self.get_response(request)
        if current is not None and self.storable(request, response):
            if getattr(request, "page_cache_varies", False):
                self.label(response, "bypass")  # filtered or paginated: one of many variants, not kept
            else:
                cache.set(key, self.snapshot(request, response, current), timeout=cache_seconds())
                self.label(response, "miss")
        if use_cache and getattr(request, "page_cache_allowed", False) and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=60, s_maxage=cache_seconds())
        return response

    @staticmethod
    def storable(request, response):
        return (
            getattr(request, "page_cache_allowed", False)
            and response.status_code == 200
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.cookies  # a page that sets a cookie (CSRF, session) is personal
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        )

    @staticmethod
    def label(response, outcome):
        if debug_header():
            response["X-Page-Cache"] = outcome

    @staticmethod
    def snapshot(request, response, current):
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        return {
            "generation": current,
            "content": response.content,
            "headers": {name: response[name] for name in CACHED_HEADERS if name in response},
            "query": list(request.page_cache_query),
        }

    @classmethod
    def rebuild(cls, stored):
        response = HttpResponse(stored["content"])
        for name, value in stored["headers"].items():
            response[name] = value
        cls.label(response, "hit")
        patch_cache_control(response, public=True, max_age=60, s_maxage=cache_seconds())
        return response


# Wagtail's audit log, written after a publish has committed: no page shows it, and bumping the
# generation for it would drop the page just re-warmed for the publish.
AUDIT_RECORDS = ("wagtailcore.pagelogentry", "wagtailcore.modellogentry")
# A draft and its review: an editor's revisions (Wagtail autosaves one every few seconds while they type),
# the workflow's states, comments on the draft, and who is editing. Visitors see none of them until a
# publish, which empties the cache itself (`_page_changed`, and the published record's own save).
DRAFT_RECORDS = (
    "wagtailcore.revision",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagesubscription",
)
# What saving a draft writes on the page or snippet itself (`save_revision` saves only these fields).
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _invalidating(sender, update_fields=None):
    label = sender._meta.label_lower
    if label in settings.PAGE_CACHE_IGNORED_MODELS or label in AUDIT_RECORDS or label in DRAFT_RECORDS:
        return False
    if update_fields and {sender._meta.get_field(name).name for name in update_fields} <= DRAFT_FIELDS:
        return False
    return sender._meta.app_label in settings.PAGE_CACHE_INVALIDATING_APPS


@receiver(page_published)
@receiver(page_unpublished)
def _page_changed(sender, **kwargs):
    invalidate_all()


@receiver(page_published)
def _rewarm_when_committed(sender, instance, **kwargs):
    if enabled() and getattr(settings, "PAGE_CACHE_REWARM", True):
        rewarming.add(instance)


class Rewarming:
    """After a publish, the page and its home page are rendered into the cache at once, as a visitor's
    request would be (the whole middleware stack, no cookies), so the first family after a publish gets
    a cached page rather than waiting for the render. Done once the publish is committed (so what is
    rendered is what was published), for at most MAX_PAGES pages per publish (publishing a whole
    section warms the first few), and never allowed to fail the publish."""

    MAX_PAGES = 5

    def __init__(self):
        self.pending = {}

    def add(self, page):
        connection = transaction.get_connection()
        queued = any(callback[1] == self.run for callback in connection.run_on_commit)
        if not queued:
            self.pending = {}  # an earlier transaction rolled back: what it queued was never published
        if len(self.pending) < self.MAX_PAGES:
            self.pending[page.pk] = page
        if not queued:
            transaction.on_commit(self.run)  # at once when not in a transaction

    def run(self):
        pages, self.pending = list(self.pending.values()), {}
        urls = []
        for page in pages:
            for url in self.urls_of(page):
                if url not in urls:
                    urls.append(url)
        for url in urls:
            try:
                warm(url)
            except Exception:  # noqa: BLE001 (a page left cold is rendered by its first visitor, as before)
                logger.warning("Page cache: could not re-warm a page after a publish", exc_info=True)

    @staticmethod
    def urls_of(page):
        urls = [page.get_full_url()]
        site = page.get_site()
        if site is not None:
            home = site.root_page.get_translations(inclusive=True).filter(locale_id=page.locale_id).live().first()
            urls.append(home.get_full_url() if home else None)
        return [url for url in urls if url]


rewarming = Rewarming()
_handler = None


def warm(url):
    """GET `url` through the whole middleware stack in this process; the page cache keeps the page."""
    global _handler
    if _handler is None:
        handler = BaseHandler()
        handler.load_middleware()
        _handler = handler
    parts = urlsplit(url)
    secure = parts.scheme == "https"
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": unquote(parts.path),
        "QUERY_STRING": "",
        "SCRIPT_NAME": "",
        "HTTP_HOST": parts.netloc,
        "SERVER_NAME": parts.hostname or "localhost",
        "SERVER_PORT": str(parts.port or (443 if secure else 80)),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": parts.scheme or "http",
        "wsgi.input": BytesIO(b""),
        "wsgi.errors": BytesIO(),
    }
    if secure:
        environ["HTTP_X_FORWARDED_PROTO"] = "https"  # as the TLS proxy in front says, when it is trusted
    # The request runs inside another (the publish): its language is put back afterwards, and the
    # response is not closed, which would end the publishing request's database connection.
    with translation.override(translation.get_language()):
        response = _handler.get_response(WSGIRequest(environ))
    return response.status_code


@receiver(post_save)
@receiver(post_delete)
def _content_changed(sender, update_fields=None, **kwargs):
    if _invalidating(sender, update_fields):
        invalidate_all()
