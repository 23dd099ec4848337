"""The demo's Polish and Urdu pages, made the way wagtail-localize's own "Translate" makes them.

For each English page below, and each language, this keeps:

- a `TranslationSource` of the live English page (wagtail-localize's frozen copy of what is translated),
- a `Translation` into the language (so the page shows in the admin's translation editor, and "Sync
  translated pages" updates it),
- a `StringTranslation` for every segment of the source (title, summary, each paragraph, list item and
  block text), taken from the words in `pl/` and `ur/` (one module a page), keyed by the English words,
- a `SegmentOverride` for each link to a page of this site in rich text, so it goes to the page in the same
  language (/pl/complaints-and-feedback/),

and publishes the translated page from them. StreamField structure, numbers and codes come from the English
page: only words are translated. The waiting-times figures and team names are not on the page at all (the
page reads them from the teams), so they cannot differ between languages.

Never a mixed page: if any English words of a page have no translation here (someone changed the English),
the page is not (re)translated. A page translated before keeps its older translation, as wagtail-localize does
until someone syncs it; `missing_words()` lists what is missing, and a test fails until it is empty.
"""

import importlib
import json
import logging

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

logger = logging.getLogger(__name__)

# Paths under the English home page, parents before their children.
TRANSLATED_PAGES = [
    "",
    "how-to-get-help",
    "waiting-times",
    "advice",
    "advice/getting-dressed",
    "advice/using-cutlery",
    "advice/using-scissors",
    "advice/play-ideas-to-build-hand-strength",
    "advice/helping-your-child-talk-and-understand",
]

LANGUAGES = ("pl", "ur")


def words_module(path):
    """Where a page's words are in each language's package (pl/, ur/): a module named after the page's slug."""
    return path.rsplit("/", 1)[-1].replace("-", "_") or "home"


def words_in(language):
    """{English words: words in `language`} for every page in TRANSLATED_PAGES, gathered from its modules."""
    words = {}
    for path in TRANSLATED_PAGES:
        words.update(importlib.import_module(f"{__name__}.{language}.{words_module(path)}").WORDS)
    return words


WORDS = {language: words_in(language) for language in LANGUAGES}

# Where a link to a page of this site starts: translated, it goes to the same address in the page's language.
SITE_PATH = "/"


def english_pages():
    """The English pages to translate, in TRANSLATED_PAGES order (parents first); missing ones left out."""
    home = Page.objects.filter(depth=2, locale__language_code="en-gb").order_by("path").first()
    if home is None:
        return []
    pages = []
    for path in TRANSLATED_PAGES:
        page = home
        for slug in path.split("/") if path else []:
            page = Page.objects.child_of(page).filter(slug=slug).first()
            if page is None:
                break
        if page is not None:
            pages.append(page.specific)
    return pages


def translated_text(english, context_path, language):
    """The words for one segment in `language`, or None if there are none.

    Slugs stay English (the Polish page is /pl/advice/getting-dressed/); a link address to this site gets the
    language's prefix, so a Polish reader stays in Polish; everything else is looked up by its English words.
    """
    if context_path == "slug":
        return english
    if context_path.endswith("external_url") or context_path.endswith(".url"):
        return in_language(english, language)
    return WORDS[language].get(english)


def in_language(url, language):
    if url.startswith(SITE_PATH) and not url.startswith("//") and not url.startswith(f"/{language}/"):
        return f"/{language}{url}"
    return url


def string_segments(source):
    return StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")


def missing_words(pages=None):
    """{language: [English words with no translation]} for the pages translated here, read from their live
    English pages as wagtail-localize would segment them now."""
    from wagtail_localize.segments import StringSegmentValue
    from wagtail_localize.segments.extract import extract_segments

    missing = {language: [] for language in WORDS}
    for page in pages if pages is not None else english_pages():
        for segment in extract_segments(with_list_items_as_blocks(page)):
            if not isinstance(segment, StringSegmentValue):
                continue
            english = segment.string.data
            for language in WORDS:
                if translated_text(english, segment.path, language) is None and english not in missing[language]:
                    missing[language].append(english)
    return missing


def has_old_list_items(value):
    """True if stream data (as stored) has a list block whose items are bare values without ids.

    wagtail-localize only offers a list's items for translation once they have ids (Wagtail's list block
    format since 2.16); the demo builds do/don't lists from plain strings, which Wagtail stores as they are."""
    if isinstance(value, list):
        if value and not isinstance(value[0], dict) and not isinstance(value[0], list):
            return True
        return any(has_old_list_items(item) for item in value)
    if isinstance(value, dict):
        return any(has_old_list_items(item) for key, item in value.items() if key not in ("id", "type"))
    return False


def stream_fields(page):
    from wagtail.fields import StreamField

    return [field.name for field in page._meta.get_fields() if isinstance(field, StreamField)]


def with_list_items_as_blocks(page):
    """The page with its stream fields' list items given ids (in memory; see ensure_list_items_as_blocks)."""
    for name in stream_fields(page):
        value = getattr(page, name)
        if has_old_list_items(list(value.raw_data)):
            setattr(page, name, with_ids(value))
    return page


def with_ids(value):
    """Stream data as Wagtail stores it today: reading every block first makes get_prep_value give each list
    item an id, instead of handing back the raw data it was loaded with."""
    for _ in value:
        pass
    return value.stream_block.to_python(value.get_prep_value())


def ensure_list_items_as_blocks(log, page):
    """Store the English page's list items with ids, through a new revision, once. The words and the order stay
    the same (the demo loader compares stream data without ids, so it sees no change next time)."""
    stale = [name for name in stream_fields(page) if has_old_list_items(list(getattr(page, name).raw_data))]
    if not stale:
        return page
    for name in stale:
        setattr(page, name, with_ids(getattr(page, name)))
    page.save_revision().publish()
    log.updated.append(f"page: {page.title} (list items ready for translation)")
    return Page.objects.get(pk=page.pk).specific


# What a page's serialised form holds that says where it is in the tree or when it was saved, not what it says:
# other apps' demo content adds pages under the home page after this runs, which changes its numchild.
NOT_CONTENT = {
    "path",
    "depth",
    "numchild",
    "url_path",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "first_published_at",
    "last_published_at",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def content_of(content_json):
    return {key: value for key, value in json.loads(content_json).items() if key not in NOT_CONTENT}


def ensure_source(log, page):
    """wagtail-localize's source of the live English page, brought up to date if the page's content has changed.
    Returns (source, changed)."""
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        source, _ = TranslationSource.get_or_create_from_instance(page)
        log.created.append(f"translation source: {page.title}")
        return source, True
    if content_of(source.content_json) != content_of(page.to_json()):
        source.update_from_db()
        log.updated.append(f"translation source: {page.title}")
        return source, True
    return source, False


def ensure_strings(source, locale):
    """StringTranslations for every segment of the source. Returns (changed, English words missing)."""
    language = locale.language_code
    changed, missing = False, []
    for segment in string_segments(source):
        wanted = translated_text(segment.string.data, segment.context.path, language)
        if wanted is None:
            missing.append(segment.string.data)
            continue
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing is None:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=wanted,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            changed = True
        elif existing.data != wanted or existing.has_error:
            existing.data, existing.has_error, existing.field_error = wanted, False, ""
            existing.save()
            changed = True
    return changed, missing


def ensure_overrides(source, locale):
    """Links in rich text to pages of this site go to the same address in the translation's language."""
    changed = False
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        data = json.loads(segment.data_json)
        if not isinstance(data, str):
            continue
        wanted = in_language(data, locale.language_code)
        existing = SegmentOverride.objects.filter(locale=locale, context=segment.context).first()
        if wanted == data:
            continue
        if existing is None:
            SegmentOverride.objects.create(locale=locale, context=segment.context, data_json=json.dumps(wanted))
            changed = True
        elif existing.data != wanted:
            existing.data_json, existing.has_error = json.dumps(wanted), False
            existing.save()
            changed = True
    return changed


# The areas of daily life and age bands an advice topic is tagged with stay on the English page only. The
# self-assessment's results, "while you wait" and the finder choose topics by these tags from every live topic
# (selfassess/views/results.py, selfassess/waiting_well.py, home/finder.py): tagged, a Polish and an Urdu copy
# of each topic would be offered beside the English one. Until those choose by language, translations are
# reached from their English page (the language switcher) and from their advice index.
ENGLISH_ONLY_TAGS = ("life_areas", "age_bands")


def tags_on(page):
    return [name for name in ENGLISH_ONLY_TAGS if hasattr(page, name) and list(getattr(page, name).all())]


def untag(page):
    """Take the English page's tags off a translation (Wagtail copies them). True if any were there."""
    tagged = tags_on(page)
    for name in tagged:
        getattr(page, name).set([])
    return bool(tagged)


def ensure_translated_page(log, source, locale, source_changed):
    page_name = f"{source.object_repr} ({locale.get_display_name()})"
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if created:
        log.created.append(f"translation: {page_name}")
    strings_changed, missing = ensure_strings(source, locale)
    overrides_changed = ensure_overrides(source, locale)
    if missing:
        logger.warning(
            "Demo page %r is not (re)translated into %s: %d English texts have no translation",
            source.object_repr,
            locale.language_code,
            len(missing),
        )
        return None
    target = Page.objects.filter(translation_key=source.object_id, locale=locale).first()
    changed = created or strings_changed or overrides_changed or source_changed
    if not (changed or target is None or not target.live or tags_on(target.specific)):
        return target
    # Published here rather than by wagtail-localize's publish=True, which waits for the transaction to commit.
    translated, _ = source.create_or_update_translation(locale, publish=False, fallback=False)
    if untag(translated):
        translated.save_revision()
    translated.get_latest_revision().publish()
    (log.created if target is None else log.updated).append(f"page: {page_name}")
    return translated


def ensure_locales(log):
    """The Polish and Urdu locales (the self-assessment's demo makes them too, but loads after home)."""
    locales = []
    for code in WORDS:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            locale = Locale.objects.create(language_code=code)
            log.created.append(f"locale: {code}")
        locales.append(locale)
    return locales


def load_translated_pages(log):
    locales = ensure_locales(log)
    for page in english_pages():
        page = ensure_list_items_as_blocks(log, page)
        source, source_changed = ensure_source(log, page)
        for locale in locales:
            ensure_translated_page(log, source, locale, source_changed)
