"""Which language a page is read in, the same page in the other languages, and serving a page that has not
been translated yet (docs/languages.md).

The language comes from the address alone: English at the root, Polish under /pl/, Urdu under /ur/. A
Wagtail page is in a language when it (or its translation) belongs to that language's locale; a page
without a translation is served in English at its /pl/ or /ur/ address, with a notice in the family's
language. Django views are in a language when their app's interface strings are translated: each app says
so on its AppConfig (`translated_url_namespaces`, and `not_yet_translated_views` for the exceptions), so
this bottom layer names no app.
"""

import functools
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.http import Http404
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import translate_url
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site


@functools.cache
def translated_views():
    """(URL namespaces whose every interface string has Polish and Urdu translations, the views in them not
    translated yet): the latter get the notice and say their words are English."""
    configs = apps.get_app_configs()
    namespaces = {name for config in configs for name in getattr(config, "translated_url_namespaces", ())}
    not_yet = {name for config in configs for name in getattr(config, "not_yet_translated_views", ())}
    return frozenset(namespaces), frozenset(not_yet)


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
    of the home page but not of the page asked for (otherwise /pl/advice/ would be "not found")."""
    if Page.route_for_request(request, path) is None and not is_default(translation.get_language()):
        site = Site.find_for_request(request)
        if site is not None:
            try:
                components = [part for part in path.split("/") if part]
                request._wagtail_route_for_request = site.root_page.specific.route(request, components)
            except Http404:
                pass
    return wagtail_views.serve(request, path)


def page_language(page):
    """The language code of a Wagtail page's own words."""
    return page.locale.language_code if page is not None and page.locale_id else settings.LANGUAGE_CODE


def content_language(request, page=None):
    """The language the main content of this response is written in: the active language if the page (or
    view) has been translated into it, English otherwise."""
    if is_default(requested_language(request)):
        return settings.LANGUAGE_CODE
    if page is not None:
        return page_language(page)
    if is_translated_view(request):
        return translation.get_language()  # English if the view fell back to it
    return settings.LANGUAGE_CODE


def is_translated_view(request):
    match = getattr(request, "resolver_match", None)
    namespaces, not_yet = translated_views()
    return match is not None and match.namespace in namespaces and match.view_name not in not_yet


def live_translations(page):
    """The page and its live translations, with their locales: one query, kept on the page for the switcher
    and the hreflang links alike."""
    if not hasattr(page, "_live_translations"):
        page._live_translations = list(page.get_translations(inclusive=True).live().select_related("locale"))
    return page._live_translations


def language_links(request, page=None):
    """The same page in every language: its translation if it has one; otherwise its address under the
    language's prefix, where it is served in English with a notice in that language."""
    translations = {p.locale.language_code: p for p in live_translations(page)} if page is not None else {}
    active = requested_language(request)
    with translation.override(active):
        return [link_to(request, page, translations, code, name, active) for code, name in settings.LANGUAGES]


def link_to(request, page, translations, code, name, active):
    translated = translations.get(code)
    if translated is not None:
        url = translated.get_url(request)
    elif page is not None and page.locale.language_code != settings.LANGUAGE_CODE:
        # A Polish page has no Urdu translation: the English page's address in Urdu.
        source = translations.get(settings.LANGUAGE_CODE)
        url = translate_url(source.get_url(request), code) if source else translate_url(request.path, code)
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
        return [(p.locale.language_code, p.get_full_url(request)) for p in live_translations(page)]
    if not is_translated_view(request):
        return []
    with translation.override(requested_language(request)):
        return [(code, request.build_absolute_uri(translate_url(request.path, code))) for code, _ in settings.LANGUAGES]
