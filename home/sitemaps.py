"""The sitemap: every live public page in every language, each at its own address (/pl/…, /ur/…), with the
other languages it is translated into as `xhtml:link` alternates (docs/languages.md).

Wagtail's own sitemap lists the pages under the site's root page only, which is the English home page: the
Polish and Urdu trees sit beside it, under their own translations of the home page. A page that is not
translated is listed once, at its English address (its /pl/ address serves the English words).
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.templatetags.language_tags import html_lang


class LanguagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key)
        under_a_home = Q()
        for home in homes:
            under_a_home |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(under_a_home)
            .live()
            .public()
            .order_by("locale_id", "path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """Wagtail's, with each translated page's alternates added (Django's sitemap template writes them)."""
        items = list(self.paginator.page(page).object_list)
        translations = self.translations(items)
        urls, last_mods = [], set()
        for item in items:
            others = translations.get(item.translation_key, [])
            alternates = [
                {"lang_code": html_lang(other.locale.language_code), "location": other.get_full_url(self.request)}
                for other in others
            ]
            for url_info in item.get_sitemap_urls(self.request):
                if len(alternates) > 1:
                    url_info = {**url_info, "alternates": alternates}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def translations(self, items):
        """{translation key: the live public pages with it, English first}: one query for a sitemap page."""
        keys = {item.translation_key for item in items}
        found = {}
        pages = (
            Page.objects.filter(translation_key__in=keys).live().public().select_related("locale").order_by("locale_id")
        )
        for page in pages:
            found.setdefault(page.translation_key, []).append(page)
        return found
