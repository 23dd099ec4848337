"""Polish words for the demo's translated pages, keyed by the English words wagtail-localize segments them into.

Drafts by the engineering team, in plain Polish with short sentences: a qualified translator must check them
(docs/languages.md). Keep the markup of the English: `<b>`, and `<a id="a1">` for a link (its address comes
from the English page).

One module a page, named after the page's slug (home.py for the home page): `words_in` in
home/demo/translated_pages/__init__.py gathers them in TRANSLATED_PAGES order. The same English words sit in
one module only (home/tests/test_translated_pages.py checks).
"""
