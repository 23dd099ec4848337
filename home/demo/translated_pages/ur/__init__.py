"""Urdu words for the demo's translated pages, keyed by the English words wagtail-localize segments them into.

Drafts by the engineering team, in plain Urdu with short sentences: a qualified translator must check them
(docs/languages.md). Numbers stay in the digits the English uses (phone numbers, ages, weeks), as NHS Urdu
leaflets do; a phone number is wrapped in left-to-right isolate marks (U+2066 ... U+2069) so its groups of
digits keep their order in a right-to-left line. Keep the markup of the English: `<b>`, and `<a id="a1">` for
a link.

One module a page (its address in the module's docstring); WORDS gathers them. The same English words
may sit in one module only (home/tests/test_translated_pages.py checks).
"""

from home.demo.translated_pages.ur import (
    advice,
    getting_dressed,
    helping_your_child_talk_and_understand,
    home,
    how_to_get_help,
    play_ideas_to_build_hand_strength,
    using_cutlery,
    using_scissors,
    waiting_times,
)

# In TRANSLATED_PAGES order (home/demo/translated_pages/__init__.py).
PAGES = [
    home,
    how_to_get_help,
    waiting_times,
    advice,
    getting_dressed,
    using_cutlery,
    using_scissors,
    play_ideas_to_build_hand_strength,
    helping_your_child_talk_and_understand,
]
WORDS = {english: words for page in PAGES for english, words in page.WORDS.items()}
