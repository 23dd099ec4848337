"""How hard a piece of English is to read: Flesch reading ease and a UK reading age.

Pure Python, no Django: the admin shows these figures to editors, and tests check them on known
texts. Syllables are counted with a heuristic (groups of vowels, less a silent final "e"), which is
what the published tools do too; the figures are a guide for editors, not a verdict.
"""

import re
from dataclasses import dataclass

TARGET_READING_AGE = 11

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
# A sentence ends at . ! ? (one or more), or at a line break: list items and headings are sentences too.
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def count_syllables(word):
    word = word.lower().replace("’", "'").split("'")[0]
    if not word:
        return 0
    if len(word) <= 3:
        return 1
    count = len(_VOWEL_GROUPS.findall(word))
    # A final "e" is usually silent ("make", "time"), except in "-le" after a consonant ("table", "little").
    if word.endswith("e") and not (word.endswith("le") and len(word) > 2 and word[-3] not in "aeiouy"):
        count -= 1
    # "-ed" is silent unless after t or d ("jumped" vs "wanted").
    if word.endswith("ed") and len(word) > 3 and word[-3] not in "td" and word[-3] not in "aeiouy":
        count -= 1
    return max(1, count)


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int

    @property
    def words_per_sentence(self):
        return self.words / self.sentences

    @property
    def syllables_per_word(self):
        return self.syllables / self.words

    @property
    def flesch_reading_ease(self):
        """0 to 100 (it can fall outside): higher is easier. 60 to 70 is plain English."""
        return round(206.835 - 1.015 * self.words_per_sentence - 84.6 * self.syllables_per_word, 1)

    @property
    def grade_level(self):
        """Flesch-Kincaid US school grade."""
        return 0.39 * self.words_per_sentence + 11.8 * self.syllables_per_word - 15.59

    @property
    def reading_age(self):
        """UK reading age in whole years: US grade plus 5, and never below 5."""
        return max(5, round(self.grade_level + 5))

    @property
    def above_target(self):
        return self.reading_age > TARGET_READING_AGE


def measure(text):
    """Readability of `text`, or None when it has no words to measure."""
    words = _WORD.findall(text or "")
    if not words:
        return None
    sentences = [part for part in _SENTENCE_END.split(text) if _WORD.search(part)]
    return Readability(
        words=len(words),
        sentences=max(1, len(sentences)),
        syllables=sum(count_syllables(word) for word in words),
    )
