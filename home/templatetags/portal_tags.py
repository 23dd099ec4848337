import re

from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from home.models import AccessRoutesPage
from portal import content_cache

register = template.Library()


@register.simple_tag(takes_context=True)
def primary_navigation(context):
    """Top-level pages marked "show in menus", each flagged when it or a child is being viewed. The pages
    are looked up once per content generation (portal/content_cache.py); the flags for each request."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    current = context.get("page")
    key = ("menu", request.get_host(), translation.get_language(), site.pk)
    items = []
    for pk, path, label, url, how_to_get_help in content_cache.remember(
        request, key, lambda: menu_pages(site, request)
    ):
        is_current = bool(current) and current.pk == pk
        items.append(
            {
                "label": label,
                "url": url,
                "current": is_current,
                "active": bool(current) and not is_current and current.path.startswith(path),
                "how_to_get_help": how_to_get_help,
            }
        )
    return with_refer_online(items, request)


def menu_pages(site, request):
    access_routes_type = ContentType.objects.get_for_model(AccessRoutesPage)
    pages = site.root_page.get_children().live().in_menu()
    return tuple(
        (page.pk, page.path, page.title, page.get_url(request), page.content_type_id == access_routes_type.pk)
        for page in pages.only("id", "title", "url_path", "path", "depth", "content_type")
    )


def with_refer_online(items, request):
    """The menu with "Refer online" (the referral journey is a view, not a page) after "How to get help"."""
    try:
        url = reverse("referrals:start-page")
    except NoReverseMatch:
        return items
    current = request.path == url
    refer = {
        "label": "Refer online",
        "url": url,
        "current": current,
        "active": not current and request.path.startswith(url),
    }
    after = next((index for index, item in enumerate(items) if item["how_to_get_help"]), None)
    items.insert(len(items) if after is None else after + 1, refer)
    return items


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context, page):
    """Ancestors shown in the breadcrumb: from the home page down to the parent, looked up once per
    content generation (portal/content_cache.py)."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    request = context.get("request")
    if request is None or page.pk is None:
        return list(page.get_ancestors().filter(depth__gte=2))
    key = ("breadcrumb", page.pk)
    return content_cache.remember_objects(request, key, lambda: list(page.get_ancestors().filter(depth__gte=2)))


# Phone numbers in text families read on a phone: each becomes a link that dials it (issue 18).
# "NHS 111 online" links to the service itself; a UK number like 0300 123 4567; 999 and 111 after
# "call", "ring" or "or" (so "111" in an address or a count is left alone) — in Polish after "pod", "lub",
# "albo", "numer" ("zadzwoń pod 111"), in Urdu before "پر" ("111 پر فون کریں": call on 111).
_NHS_111_ONLINE = re.compile(r"\bNHS 111 (online|آن لائن)")
_UK_NUMBER = re.compile(r"(?<![\d+])(0\d{2,4}(?: ?\d){6,8})(?!\d)")
_EMERGENCY = re.compile(r"(?i)(\b(?:call|ring|or|dial|pod|lub|albo|numer)\s+)(999|111)\b")
_EMERGENCY_BEFORE_URDU_ON = re.compile(r"(?<![\d])(999|111)(\s+پر\b)")
_TAG_OR_LINK = re.compile(r"(<a\b.*?</a>|<[^>]+>)", re.S | re.I)
NHS_111_ONLINE_URL = "https://111.nhs.uk/"


def _link_numbers(text):
    text = _NHS_111_ONLINE.sub(lambda m: f'<a href="{NHS_111_ONLINE_URL}">{m[0]}</a>', text)
    parts = _TAG_OR_LINK.split(text)
    for index in range(0, len(parts), 2):
        part = _UK_NUMBER.sub(lambda m: f'<a href="tel:{m[1].replace(" ", "")}">{m[1]}</a>', parts[index])
        part = _EMERGENCY.sub(lambda m: f'{m[1]}<a href="tel:{m[2]}">{m[2]}</a>', part)
        parts[index] = _EMERGENCY_BEFORE_URDU_ON.sub(lambda m: f'<a href="tel:{m[1]}">{m[1]}</a>{m[2]}', part)
    return "".join(parts)


@register.filter(is_safe=True)
def phone_links(html):
    """Rendered HTML with every phone number outside a link made a `tel:` link, and NHS 111 online linked."""
    parts = _TAG_OR_LINK.split(str(html))
    # Only text between tags changes; tags and existing links are kept exactly as they are.
    for index in range(0, len(parts), 2):
        parts[index] = _link_numbers(parts[index])
    return mark_safe("".join(parts))  # noqa: S308 - only adds links around text already escaped in `html`
