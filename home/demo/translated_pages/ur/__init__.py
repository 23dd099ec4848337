"""Urdu words for the demo's translated pages, keyed by the English words wagtail-localize segments them into.

Drafts by the engineering team, in plain Urdu with short sentences: a qualified translator must check them
(docs/languages.md). Numbers stay in the digits the English uses (phone numbers, ages, weeks), as NHS Urdu
leaflets do; a phone number is wrapped in left-to-right isolate marks (U+2066 ... U+2069) so its groups of
digits keep their order in a right-to-left line. Keep the markup of the English: `<b>`, and `<a id="a1">` for
a link.

One module a page, named after the page's slug (home.py for the home page): `words_in` in
home/demo/translated_pages/__init__.py gathers them in TRANSLATED_PAGES order. The same English words sit in
one module only (home/tests/test_translated_pages.py checks).
"""
