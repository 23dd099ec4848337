"""Site search: results labelled by type, and a second try with corrected spelling.

The database search backends (SQLite FTS, PostgreSQL full-text) match whole words and stems,
not misspellings, so when a search finds nothing we correct each word against the words in page
titles and summaries and search again.

Families search in their own words ("dyspraxia", "EHCP", "where is my referral"), so each word is
searched together with the words our pages use for the same thing (the content team's search
synonyms, `home.models.search.SearchSynonym`, read once per search), small words that carry no
meaning are left out, and a few things that are not pages (the referral form, "where is my
referral?") are offered first when a search asks for them (PROMOTIONS).
"""

import difflib
import re
from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, PlainText

MAX_RESULTS = 200

# (key, label), in the order the type filter lists them. Types are matched by model label so
# home needs no import from the apps that build on it (resources).
RESULT_TYPES = [
    ("advice", _("Advice")),
    ("information", _("Information")),
    ("stories", _("Story")),
    ("packs", _("School pack")),
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
# Letters of any alphabet (Polish "łyżką", Urdu "قینچی"), not only a to z; not digits or underscores.
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def result_type(page):
    return _TYPE_BY_MODEL.get(page._meta.label_lower, "information")


def searchable_pages():
    """Live public pages in the language of the address (/pl/search/ searches the Polish pages): a family reads
    results in one language, and English search never lists a Polish page."""
    return Page.objects.live().public().exclude(depth__lte=1).filter(locale=Locale.get_active())


def safe_search_text(query):
    """The query's words without double quotes, which carry no meaning in our plain-text search; "" if none are left.

    The SQLite search backend wraps each word in double quotes for FTS5 without escaping the quotes
    inside it, so a word with one in it (`";`) was a syntax error; and a query of only spaces fails
    in every backend. Both were server errors.
    """
    return " ".join(query.replace('"', " ").split())


@dataclass
class Synonyms:
    """What the content team says means the same. `groups`: each single word and the words searched with it;
    `phrases`: (phrase, the word it is searched as), longest first, so "speech and language therapy" is
    read before "speech and language"."""

    groups: dict = field(default_factory=dict)
    phrases: list = field(default_factory=list)

    @classmethod
    def from_entries(cls, entry_lists):
        """From lists of normalised entries ("dyspraxia", "dcd", "developmental coordination disorder")."""
        groups, phrases = {}, {}
        for entries in entry_lists:
            words = {entry for entry in entries if " " not in entry}
            if not words:
                continue
            group = set(words)
            for word in words:
                group |= groups.get(word, set())
            for word in group:
                groups[word] = group
            canonical = next(entry for entry in entries if " " not in entry)
            for entry in entries:
                if " " in entry:
                    phrases.setdefault(entry, canonical)
        return cls(groups, sorted(phrases.items(), key=lambda pair: -len(pair[0])))

    def of(self, word):
        return self.groups.get(word, set()) | {word}


def load_synonyms():
    from home.models.search import SearchSynonym

    return Synonyms.from_entries(synonym.entries() for synonym in SearchSynonym.objects.all())


# Small words that say nothing about what the family is looking for.
STOP_WORDS = {
    "a", "an", "and", "are", "can", "do", "does", "for", "get", "help", "how", "i", "in", "is", "it", "me",
    "my", "of", "on", "or", "our", "the", "to", "what", "when", "where", "who", "with", "you", "your",
}  # fmt: skip


def search_words(text, synonyms):
    """The words of a query that carry meaning, with whole phrases turned into one word."""
    from home.models.search import normalise

    text = f" {normalise(text)} "
    for phrase, word in synonyms.phrases:
        text = text.replace(f" {phrase} ", f" {word} ")
    words = _WORD.findall(text)
    meaningful = [word for word in words if word not in STOP_WORDS]
    return meaningful or words


def word_groups(text, synonyms):
    """For each meaningful word of the query, the set of words that match it (itself and its synonyms)."""
    return [synonyms.of(word) for word in search_words(text, synonyms)]


def search_query(groups, text):
    """A query that needs every meaningful word, each matched by itself or by one of its synonyms."""
    terms = [
        Or([PlainText(word) for word in sorted(group)]) if len(group) > 1 else PlainText(next(iter(group)))
        for group in groups
    ]
    if not terms:
        return text
    return terms[0] if len(terms) == 1 else And(terms)


def title_matches(page, groups):
    """How many of the query's words (or their synonyms) the page's title has: titles name what a page is about."""
    title_words = set(_WORD.findall(page.title.lower()))
    return sum(1 for group in groups if group & title_words)


# Things that are not pages, offered above the results when a query asks for them: (URL name,
# link text, description, triggers). A trigger matches when the query has all of its words.
PROMOTIONS = [
    (
        "referrals:status",
        _("Where is my referral?"),
        _("Check what is happening with a referral you have sent. You need the reference number."),
        [{"where", "referral"}, {"referral", "status"}, {"track", "referral"}, {"my", "referral"}, {"reference"}],
    ),
    (
        "referrals:start-page",
        _("Refer online"),
        _("Ask us to see a child. Parents, schools and health workers can all use the form."),
        [{"refer"}, {"referral"}, {"referring"}],
    ),
    (
        "selfassess:start-page",
        _("Check your child's needs"),
        _("Answer some questions and get advice that fits your child. It takes about 10 minutes."),
        [{"check"}, {"assessment"}, {"questionnaire"}, {"self-assessment"}],
    ),
]
MAX_PROMOTIONS = 2
MAX_EDITORS_PICKS = 3


def editors_picks(query):
    """What the content team promoted for this search (Wagtail's search promotions): live pages and
    links, in their order, as [{"url", "title", "description"}]."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    # Wagtail's normalising lowercases and collapses spaces; families' "shoe laces?" finds "shoe laces" too.
    asked = {normalise_query_string(query), normalise_query_string(re.sub(r"[^\w\s'-]", " ", query))}
    picks = (
        SearchPromotion.objects.filter(query__query_string__in=asked)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    found = []
    for pick in picks:
        if pick.page is not None:
            page = pick.page.specific
            if page.live and not page.get_view_restrictions().exists():
                found.append({"url": page.url, "title": page.title, "description": pick.description})
        elif pick.external_link_url:
            found.append({"url": pick.external_link_url, "title": pick.title, "description": pick.description})
    return found[:MAX_EDITORS_PICKS]


def promotions(query):
    """[{"url", "title", "description"}] for what this query asks for, best first: the content team's
    own picks, then the non-page destinations (referral, self-assessment) it names."""
    return editors_picks(query) + built_in_promotions(query)


def built_in_promotions(query):
    words = set(_WORD.findall(query.lower().replace("-", " "))) | set(query.lower().split())
    found = []
    for url_name, title, description, triggers in PROMOTIONS:
        if any(trigger <= words for trigger in triggers):
            try:
                found.append({"url": reverse(url_name), "title": title, "description": description})
            except NoReverseMatch:
                continue
    return found[:MAX_PROMOTIONS]


def run_search(query):
    """Up to MAX_RESULTS live pages for `query`, best first, each with `.result_type` set."""
    text = safe_search_text(query)
    if not text:
        return []
    groups = word_groups(text, load_synonyms())
    results = list(searchable_pages().specific().search(search_query(groups, text))[:MAX_RESULTS])
    # The backend ranks long pages that mention a word often above the page about it: a page whose
    # title names what was searched for comes first, keeping the backend's order otherwise.
    results.sort(key=lambda page: -title_matches(page, groups))
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
