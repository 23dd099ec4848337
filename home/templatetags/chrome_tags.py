"""The header's menu and the footer's links in the family's language (docs/languages.md).

On an English page they are what they always were (portal_tags.primary_navigation; the footer's pages as
set in the service settings), at no extra query. At /pl/ or /ur/ each page is swapped for its live
translation where one exists, in one query for the menu and one for the footer, and a link to a page that
is only in English says so (its `lang`), so a screen reader reads its title in English.
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy, gettext_noop
from wagtail.models import Page, Site

from home.models import AccessRoutesPage
from home.templatetags.portal_tags import primary_navigation, with_refer_online
from portal import content_cache
from portal.languages import is_default

register = template.Library()

# Words from the service settings (home/models/settings.py) that every page shows: looked up in the
# catalogues with {% translate service.service_name %}, so a service that keeps the demo's words gets
# them in Polish and Urdu, and one that changes them shows its own words until they are translated.
SETTINGS_WORDS = (
    gettext_noop("Children's Therapy Service"),
    gettext_noop("Monday to Friday, 9am to 5pm (not bank holidays)"),
    # settings.MAINTENANCE_MESSAGE's default, on maintenance.html
    gettext_noop("We are making improvements to this website. Please try again in an hour."),
)

FOOTER_PAGES = (
    ("contact_page", gettext_lazy("Contact us")),
    ("complaints_page", gettext_lazy("Complaints and feedback")),
    ("who_does_what_page", gettext_lazy("Who does what")),
    ("stories_page", gettext_lazy("Stories from families")),
    ("accessibility_page", gettext_lazy("Accessibility statement")),
    ("privacy_page", gettext_lazy("Privacy notice")),
)


def html_lang(code):
    language, _, region = code.partition("-")
    return f"{language}-{region.upper()}" if region else language


def translations_of(pages, language):
    """{translation_key: the live page in `language`} for these pages, in one query."""
    keys = [page.translation_key for page in pages]
    found = Page.objects.live().filter(translation_key__in=keys, locale__language_code=language)
    return {page.translation_key: page for page in found.select_related("locale")}


@register.simple_tag(takes_context=True)
def footer_links(context, service):
    """[{label, url, lang}] for the footer's pages: `lang` is set when the page is not in the page's language."""
    request = context.get("request")
    pages = [(getattr(service, field), label) for field, label in FOOTER_PAGES]
    pages = [(page, label) for page, label in pages if page is not None]
    language = translation.get_language()
    if is_default(language) or not pages:
        return [{"label": label, "url": page.get_url(request), "lang": None} for page, label in pages]
    translated = content_cache.remember_objects(
        request,
        ("footer-translations", language, tuple(page.pk for page, _ in pages)),
        lambda: translations_of([page for page, _ in pages], language),
    )
    links = []
    for page, label in pages:
        shown = translated.get(page.translation_key)
        links.append(
            {
                "label": label,
                "url": (shown or page).get_url(request),
                "lang": None if shown else html_lang(settings.LANGUAGE_CODE),
            }
        )
    return links


@register.simple_tag(takes_context=True)
def menu_links(context):
    """The header's menu: portal_tags.primary_navigation in English; in Polish or Urdu each top-level page's
    live translation where it has one (else the English page, marked lang="en-GB"), and "Refer online"."""
    if is_default(translation.get_language()):
        return primary_navigation(context)
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    current = context.get("page")
    language = translation.get_language()

    def menu_pages():
        """The menu's English pages and their live translations: the same until something is published."""
        pages = list(site.root_page.get_children().live().in_menu().specific(defer=True))
        return pages, translations_of(pages, language)

    # Kept per content generation (portal/content_cache.py), as the English menu is.
    pages, translated = content_cache.remember_objects(request, ("menu-translations", site.pk, language), menu_pages)
    items = []
    for page in pages:
        shown = translated.get(page.translation_key, page)
        is_current = bool(current) and current.pk == shown.pk
        items.append(
            {
                "label": shown.title,
                "url": shown.get_url(request),
                "lang": None if shown is not page else html_lang(settings.LANGUAGE_CODE),
                "current": is_current,
                "active": bool(current) and not is_current and current.path.startswith(shown.path),
                "how_to_get_help": isinstance(page, AccessRoutesPage),
            }
        )
    items = with_refer_online(items, request)
    for item in items:
        if "how_to_get_help" not in item:  # the referral journey, a view: in the family's language
            item["label"] = gettext("Refer online")
    return items


@register.simple_tag(takes_context=True)
def path_language(context):
    """The language the address asks for (/pl/…, /ur/…), for the standalone error pages: some are answered by
    middleware that runs before the language is chosen (maintenance, a file too big, a session not saved)."""
    request = context.get("request")
    path = getattr(request, "path_info", "") if request is not None else ""
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE
