"""Links in live pages that lead nowhere: the broken-link report (Reports → Broken links).

Every StreamField of every live page is walked by its block definitions, on the stored data, so a
chosen page or document that has since been deleted is still seen (its value would load as None).
Checked here: links to pages (deleted, or not live), to documents (deleted), and paths on this site
("/advice/…", which must find a live page or one of the site's own views). Links to other websites
are checked by a scheduled job (`manage.py check_external_links`, home/link_checks.py), not by the
report: a request to every website we link to is too slow for a screen. The report lists those the
job found broken, with the day it checked, and as "Not checked" any the job has not yet seen.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from home.models import ExternalLinkCheck
from home.reports import PageRow

NOT_CHECKED = "Not checked"
_RICH_TEXT_LINK = re.compile(r"<a\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class LinkItem(PageRow):
    link: str
    problem: str
    text: str = ""


def links_in_block(block, raw):
    """(kind, target, text) for every link in `raw`, stored data of `block`: kind is page, document or url."""
    if raw is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in raw or []:
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                yield from links_in_block(child_block, child.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in raw or []:
            yield from links_in_block(block.child_block, item.get("value") if isinstance(item, dict) else item)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from links_in_block(child_block, (raw or {}).get(name))
    elif isinstance(block, blocks.PageChooserBlock):
        if raw:
            yield "page", int(raw), ""
    elif isinstance(block, DocumentChooserBlock):
        if raw:
            yield "document", int(raw), ""
    elif isinstance(block, blocks.RichTextBlock):
        yield from links_in_rich_text(raw)
    elif isinstance(block, (blocks.URLBlock, blocks.CharBlock)) and _looks_like_a_link(block, raw):
        yield "url", raw.strip(), ""


def _looks_like_a_link(block, raw):
    if not isinstance(raw, str) or not raw.strip():
        return False
    return isinstance(block, blocks.URLBlock) or getattr(block, "ALLOWED_STARTS", None) is not None


def links_in_rich_text(html):
    for tag in _RICH_TEXT_LINK.findall(html or ""):
        attributes = dict(_ATTRIBUTE.findall(tag))
        linktype = attributes.get("linktype")
        if linktype in {"page", "document"} and attributes.get("id", "").isdigit():
            yield linktype, int(attributes["id"]), ""
        elif attributes.get("href"):
            yield "url", attributes["href"], ""


def page_links(page):
    """Every link in `page`'s StreamFields, as (kind, target, text)."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            stream = getattr(page, field.name)
            yield from links_in_block(field.stream_block, stream.raw_data if stream is not None else [])


def path_finds_something(path, live_paths):
    """A path on this site leads to a live page, or to one of the site's own views (/self-assessment/), in
    English or under a language's prefix (/pl/self-assessment/; /pl/advice/… is the Polish page, or the English
    one with the "not in your language yet" notice)."""
    path = path.split("#")[0].split("?")[0] or "/"
    if not path.endswith("/"):
        path += "/"
    language = next((code for code, _ in settings.LANGUAGES if path.startswith(f"/{code}/")), None)
    try:
        # Addresses under /pl/ resolve only while Polish is the active language (Django's i18n_patterns).
        with translation.override(language or settings.LANGUAGE_CODE):
            match = resolve(path)
    except Resolver404:
        return False
    if match.url_name != "wagtail_serve":
        return True
    english_path = path[len(language) + 1 :] if language else path
    return path in live_paths or english_path in live_paths


def link_report():
    """Problems in live pages first (by page title), then the web addresses that were not checked."""
    pages = list(Page.objects.live().specific().order_by("title"))
    found = {page.pk: list(page_links(page)) for page in pages}
    page_ids = {target for links in found.values() for kind, target, _ in links if kind == "page"}
    document_ids = {target for links in found.values() for kind, target, _ in links if kind == "document"}
    live_ids = set(Page.objects.filter(pk__in=page_ids, live=True).values_list("pk", flat=True))
    existing_ids = set(Page.objects.filter(pk__in=page_ids).values_list("pk", flat=True))
    titles = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "title"))
    documents = set(get_document_model().objects.filter(pk__in=document_ids).values_list("pk", flat=True))
    live_paths = _live_paths()
    checks = {check.url: check for check in ExternalLinkCheck.objects.all()}

    problems, unchecked = [], []
    for page in pages:
        for kind, target, _ in found[page.pk]:
            if kind == "page" and target not in existing_ids:
                problems.append(LinkItem(page, f"Page {target}", "Page deleted"))
            elif kind == "page" and target not in live_ids:
                problems.append(LinkItem(page, titles[target], "Page not live"))
            elif kind == "document" and target not in documents:
                problems.append(LinkItem(page, f"Document {target}", "Document deleted"))
            elif kind == "url" and target.startswith("/") and not target.startswith("//"):
                if not path_finds_something(target, live_paths):
                    problems.append(LinkItem(page, target, "No page at this address"))
            elif kind == "url" and target.startswith(("http://", "https://")):
                check = checks.get(target.strip())
                if check is None:
                    unchecked.append(LinkItem(page, target, NOT_CHECKED))
                elif check.problem:
                    checked = timezone.localtime(check.checked_at)
                    problems.append(LinkItem(page, target, f"{check.problem}, checked {checked:%-d %B %Y}"))
    return problems + unchecked


def _live_paths():
    """The path of every live page under each site's root, as families open it ("/advice/getting-dressed/")."""
    paths = set()
    for site in Site.objects.select_related("root_page"):
        # The site's root page and its translations: /pl/… pages live under the Polish home page.
        for root_page in [site.root_page, *site.root_page.get_translations().select_related("locale")]:
            root = root_page.url_path
            code = root_page.locale.language_code if root_page.pk != site.root_page.pk else None
            prefix = f"/{code}/" if code else "/"
            for url_path in Page.objects.live().filter(Q(url_path__startswith=root)).values_list("url_path", flat=True):
                paths.add(prefix + url_path[len(root) :])
    return paths
