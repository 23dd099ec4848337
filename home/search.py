"""Site search: results labelled by type, and a second try with corrected spelling.

The database search backends (SQLite FTS, PostgreSQL full-text) match whole words and stems,
not misspellings, so when a search finds nothing we correct each word against the words in page
titles and summaries and search again.
"""

import difflib
import re

from wagtail.models import Page

MAX_RESULTS = 200

# (key, label), in the order the type filter lists them. Types are matched by model label so
# home needs no import from the apps that build on it (resources).
RESULT_TYPES = [
    ("advice", "Advice"),
    ("information", "Information"),
    ("stories", "Story"),
    ("packs", "School pack"),
]
_TYPE_BY_MODEL = {
    "home.advicetopicpage": "advice",
    "home.adviceindexpage": "advice",
    "home.storypage": "stories",
    "home.storyindexpage": "stories",
    "resources.resourcepackpage": "packs",
    "resources.resourcepackindexpage": "packs",
}
TYPE_LABELS = dict(RESULT_TYPES)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def result_type(page):
    return _TYPE_BY_MODEL.get(page._meta.label_lower, "information")


def searchable_pages():
    return Page.objects.live().public().exclude(depth__lte=1)


def safe_search_text(query):
    """The query's words without double quotes, which carry no meaning in our plain-text search; "" if none are left.

    The SQLite search backend wraps each word in double quotes for FTS5 without escaping the quotes
    inside it, so a word with one in it (`";`) was a syntax error; and a query of only spaces fails
    in every backend. Both were server errors.
    """
    return " ".join(query.replace('"', " ").split())


def run_search(query):
    """Up to MAX_RESULTS live pages for `query`, best first, each with `.result_type` set."""
    text = safe_search_text(query)
    if not text:
        return []
    results = list(searchable_pages().specific().search(text)[:MAX_RESULTS])
    for page in results:
        page.result_type = result_type(page)
        page.result_label = TYPE_LABELS[page.result_type]
    return results


def vocabulary():
    """Words families are likely to search for: those in page titles, summaries and story quotes."""
    words = set()
    for page in searchable_pages().specific(defer=False).iterator():
        for text in (page.title, getattr(page, "summary", ""), getattr(page, "quote", "")):
            words.update(_WORD.findall((text or "").lower()))
    return words


def corrected_query(query, words=None):
    """The query with each unknown word replaced by its closest known word, or "" if nothing changes."""
    words = vocabulary() if words is None else words
    tokens = query.lower().split()
    if not tokens or len(tokens) > 8:
        return ""
    corrected = []
    for token in tokens:
        if token in words or not _WORD.fullmatch(token) or len(token) < 4:
            corrected.append(token)
            continue
        matches = difflib.get_close_matches(token, words, n=1, cutoff=0.8)
        corrected.append(matches[0] if matches else token)
    suggestion = " ".join(corrected)
    return suggestion if suggestion != " ".join(tokens) else ""
