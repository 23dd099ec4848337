from django import template
from wagtail.models import Page, Site

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
    for nav_page in site.root_page.get_children().live().in_menu().only("id", "title", "url_path", "path", "depth"):
        is_current = bool(current) and current.pk == nav_page.pk
        is_active = bool(current) and not is_current and current.path.startswith(nav_page.path)
        items.append(
            {"label": nav_page.title, "url": nav_page.get_url(request), "current": is_current, "active": is_active}
        )
    return items


@register.simple_tag
def breadcrumb_pages(page):
    """Ancestors shown in the breadcrumb: from the home page down to the parent."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2))
