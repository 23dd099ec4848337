from django import template
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page, Site

from home.models import AccessRoutesPage

register = template.Library()


@register.simple_tag(takes_context=True)
def primary_navigation(context):
    """Top-level pages marked "show in menus", each flagged when it or a child is being viewed."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    current = context.get("page")
    items = []
    access_routes_type = ContentType.objects.get_for_model(AccessRoutesPage)
    for nav_page in (
        site.root_page.get_children().live().in_menu().only("id", "title", "url_path", "path", "depth", "content_type")
    ):
        is_current = bool(current) and current.pk == nav_page.pk
        is_active = bool(current) and not is_current and current.path.startswith(nav_page.path)
        items.append(
            {
                "label": nav_page.title,
                "url": nav_page.get_url(request),
                "current": is_current,
                "active": is_active,
                "how_to_get_help": nav_page.content_type_id == access_routes_type.pk,
            }
        )
    return with_refer_online(items, request)


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


@register.simple_tag
def breadcrumb_pages(page):
    """Ancestors shown in the breadcrumb: from the home page down to the parent."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2))
