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

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse, QueryDict
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


def generation():
    """The current generation, or None when the cache cannot be read (Redis down)."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def invalidate_all():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)
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


def _invalidating(sender):
    label = sender._meta.label_lower
    if label in settings.PAGE_CACHE_IGNORED_MODELS:
        return False
    return sender._meta.app_label in settings.PAGE_CACHE_INVALIDATING_APPS


@receiver(page_published)
@receiver(page_unpublished)
def _page_changed(sender, **kwargs):
    invalidate_all()


@receiver(post_save)
@receiver(post_delete)
def _content_changed(sender, **kwargs):
    if _invalidating(sender):
        invalidate_all()
