"""Which language a page is read in, the same page in the other languages, and serving a page that has not
been translated yet (docs/languages.md).

The language comes from the address alone: English at the root, Polish under /pl/, Urdu under /ur/. A
Wagtail page is in a language when it (or its translation) belongs to that language's locale; a page
without a translation is served in English at its /pl/ or /ur/ address, with a notice in the family's
language. Django views are in a language when their app's interface strings are translated: each app says
so on its AppConfig (`translated_url_namespaces`, `not_yet_translated_views` for the exceptions, and
`translated_views` for views outside any namespace), so this bottom layer names no app.
"""

import contextlib
import functools
import pickle
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import translate_url
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

from portal import content_cache


@functools.cache
def translated_views():
    """(URL namespaces whose every interface string has Polish and Urdu translations, the views in them not
    translated yet): the latter get the notice and say their words are English."""
    configs = apps.get_app_configs()
    namespaces = {name for config in configs for name in getattr(config, "translated_url_namespaces", ())}
    not_yet = {name for config in configs for name in getattr(config, "not_yet_translated_views", ())}
    return frozenset(namespaces), frozenset(not_yet)


@functools.cache
def translated_view_names():
    """Views outside any namespace whose words are translated (`translated_views` on an app's config: search)."""
    return frozenset(name for config in apps.get_app_configs() for name in getattr(config, "translated_views", ()))


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # in the language itself: "Polski"
    url: str
    current: bool
    bidi: bool


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, without `Vary: Accept-Language` on English pages: with English at the root
    (prefix_default_language=False) the browser's languages never choose the language, so a cache
    (or a CDN) need not keep a copy of each English page per browser language."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        kept = [value.strip() for value in response.get("Vary", "").split(",") if value.strip()]
        kept = [value for value in kept if value.lower() != "accept-language"]
        if kept:
            response["Vary"] = ", ".join(kept)
        elif "Vary" in response:
            del response["Vary"]
        return response


def is_default(code):
    return code == settings.LANGUAGE_CODE


def requested_language(request):
    """The language the address asks for (LocaleMiddleware's), even while a view renders in English because
    its words are not all translated yet."""
    return getattr(request, "LANGUAGE_CODE", None) or translation.get_language()


def serve(request, path):
    """Wagtail's page serving, falling back to the English page when the family's language has a translation
    of the home page but not of the page asked for (otherwise /pl/advice/ would be "not found").

    Which page an address is changes only when content does, so it is worked out once per content
    generation (portal/content_cache.py): routing with languages on costs a query per path segment, and
    the fallback routes a second time."""
    find_site(request)
    components = tuple(part for part in path.split("/") if part)
    key = ("route", request.get_host(), translation.get_language(), components)
    kept = content_cache.recall(request, key)
    if kept is not content_cache.MISSING:
        page = pickle.loads(kept)  # noqa: S301 (pickled below by this process)
        page.get_view_restrictions = PageViewRestriction.objects.none  # none, when it was kept
        request._wagtail_route_for_request = RouteResult(page)
    else:
        route(request, path, components)
        if content_cache.enabled():  # off: served exactly as Wagtail does, nothing extra asked
            content_cache.keep(request, key, routed_page_to_keep(request))
    return wagtail_views.serve(request, path)


def route(request, path, components):
    if Page.route_for_request(request, path) is None and not is_default(translation.get_language()):
        site = Site.find_for_request(request)
        if site is not None:
            with contextlib.suppress(Http404):
                request._wagtail_route_for_request = site.root_page.specific.route(request, list(components))


def routed_page_to_keep(request):
    """The routed page, pickled, when the address always means just that page: found, with no extra
    arguments (a routable page's sub-pages are routed each time) and no view restrictions (checked per
    visitor). MISSING otherwise, so nothing is kept for an address that is not a page."""
    result = getattr(request, "_wagtail_route_for_request", None)
    if result is None or result.args or result.kwargs:
        return content_cache.MISSING
    page = result.page
    restrictions = list(page.get_view_restrictions())
    if restrictions:
        return content_cache.MISSING
    # What the page type shows of its relations is kept with it (AdviceTopicPage's life areas, age bands).
    prefetch_related_objects([page], *getattr(page, "prefetch_when_served", ()))
    kept = content_cache.pickled(page)
    page.get_view_restrictions = PageViewRestriction.objects.none  # just checked: no second query to ask again
    return kept


def find_site(request):
    """Wagtail's Site.find_for_request, kept per host: it asks the database on every request."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    key = ("site", request.get_host())
    kept = content_cache.recall(request, key)
    if kept is not content_cache.MISSING:
        request._wagtail_site = pickle.loads(kept)  # noqa: S301 (pickled below by this process)
        return request._wagtail_site
    site = Site.find_for_request(request)
    if site is not None:
        content_cache.keep(request, key, content_cache.pickled(site))
    return site


def page_language(page, request=None):
    """The language code of a Wagtail page's own words."""
    if page is None or not page.locale_id:
        return settings.LANGUAGE_CODE
    return locale_codes(request).get(page.locale_id) or page.locale.language_code


def locale_codes(request=None):
    """{locale id: language code}, kept per content generation (a locale is a wagtailcore record)."""
    return content_cache.remember(
        request, ("locales",), lambda: dict(Locale.objects.values_list("id", "language_code"))
    )


def content_language(request, page=None):
    """The language the main content of this response is written in: the active language if the page (or
    view) has been translated into it, English otherwise."""
    if is_default(requested_language(request)):
        return settings.LANGUAGE_CODE
    if page is not None:
        return page_language(page, request)
    if is_translated_view(request):
        return translation.get_language()  # English if the view fell back to it
    return settings.LANGUAGE_CODE


def is_translated_view(request):
    match = getattr(request, "resolver_match", None)
    namespaces, not_yet = translated_views()
    if match is not None and not match.namespace and match.view_name in translated_view_names():
        return True
    return match is not None and match.namespace in namespaces and match.view_name not in not_yet


@dataclass(frozen=True)
class Translation:
    """A live translation of a page (the page itself included): where it is, for the switcher and hreflang."""

    page_id: int
    code: str
    url: str
    full_url: str


def translations(request, page):
    """The page and its live translations: one query, kept per content generation (a translation
    published or unpublished bumps it) for the switcher and the hreflang links alike."""

    def find():
        found = page.get_translations(inclusive=True).live().select_related("locale")
        return tuple(
            Translation(p.pk, p.locale.language_code, p.get_url(request), p.get_full_url(request)) for p in found
        )

    if not hasattr(page, "_live_translations"):
        if page.pk is None:  # a preview of a page not saved yet
            page._live_translations = find()
        else:
            key = ("translations", request.get_host(), page.pk)
            page._live_translations = content_cache.remember(request, key, find)
    return page._live_translations


def language_links(request, page=None):
    """The same page in every language: its translation if it has one; otherwise its address under the
    language's prefix, where it is served in English with a notice in that language."""
    found = {t.code: t for t in translations(request, page)} if page is not None else {}
    active = requested_language(request)
    with translation.override(active):
        return [link_to(request, page, found, code, name, active) for code, name in settings.LANGUAGES]


def link_to(request, page, translations, code, name, active):
    translated = translations.get(code)
    if translated is not None:
        url = translated.url
    elif page is not None and page_language(page, request) != settings.LANGUAGE_CODE:
        # A Polish page has no Urdu translation: the English page's address in Urdu.
        source = translations.get(settings.LANGUAGE_CODE)
        url = translate_url(source.url, code) if source else translate_url(request.path, code)
    else:
        url = translate_url(request.path, code) + query_string(request)
    return LanguageLink(code, name, url, code == active, translation.get_language_info(code)["bidi"])


def query_string(request):
    """The query the page reads, kept when switching language (a search keeps its words). request.GET, not the
    raw query string: the page cache leaves in it only what a page declares, so nothing else a visitor adds
    to the address is written into a page that may be cached for everyone (portal/page_cache.py)."""
    return f"?{request.GET.urlencode()}" if request.GET else ""


def alternates(request, page=None):
    """(language, absolute address) for each language this page is really written in, for hreflang."""
    if page is not None:
        return [(t.code, t.full_url) for t in translations(request, page)]
    if not is_translated_view(request):
        return []
    with translation.override(requested_language(request)):
        return [(code, request.build_absolute_uri(translate_url(request.path, code))) for code, _ in settings.LANGUAGES]
