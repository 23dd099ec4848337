"""The language switcher, hreflang alternates and the html element's lang and dir (portal/languages.py)."""

from django import template
from django.utils import translation

from portal import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_context(context):
    """Everything base.html needs to say which language the page is in and where the others are."""
    request = context.get("request")
    active = languages.requested_language(request) if request is not None else translation.get_language()
    page = context.get("page")
    page = page if getattr(page, "locale_id", None) else None
    content = languages.content_language(request, page) if request is not None else active
    links = languages.language_links(request, page) if request is not None else []
    return {
        "lang": content,
        "html_lang": html_lang(content),
        "bidi": translation.get_language_info(content)["bidi"],
        "active": active,
        "active_bidi": translation.get_language_info(active)["bidi"],
        # The notice offers the self-assessment in the family's language, unless this is it, in English.
        "offer_self_assessment": request is None or not languages.is_translated_view(request),
        # The family asked for a language this page is not written in yet.
        "untranslated": content != active,
        "links": links,
        "english_url": next((link.url for link in links if languages.is_default(link.code)), "/"),
        "alternates": languages.alternates(request, page) if request is not None else [],
    }


@register.filter
def html_lang(code):
    """Django's "en-gb" as HTML writes it: "en-GB"."""
    language, _, region = code.partition("-")
    return f"{language}-{region.upper()}" if region else language
