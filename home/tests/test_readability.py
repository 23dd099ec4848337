import pytest

from home.readability import TARGET_READING_AGE, count_syllables, measure


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("cat", 1),
        ("school", 1),
        ("make", 1),
        ("jumped", 1),
        ("wanted", 2),
        ("table", 2),
        ("little", 2),
        ("reading", 2),
        ("therapy", 3),
        ("beautiful", 3),
        ("occupational", 5),
        ("don't", 1),
    ],
)
def test_syllable_heuristic_on_known_words(word, syllables):
    assert count_syllables(word) == syllables


def test_flesch_reading_ease_of_a_very_simple_sentence():
    figures = measure("The cat sat on the mat.")
    assert (figures.words, figures.sentences, figures.syllables) == (6, 1, 6)
    # 206.835 - 1.015 * 6 - 84.6 * 1
    assert figures.flesch_reading_ease == 116.1
    assert figures.reading_age == 5


def test_figures_follow_the_published_formulas_for_two_sentences():
    figures = measure("Put the sock on. Then put the shoe on the right foot!")
    assert (figures.words, figures.sentences, figures.syllables) == (12, 2, 12)
    assert figures.flesch_reading_ease == round(206.835 - 1.015 * 6 - 84.6 * 1, 1)


def test_plain_english_advice_is_within_the_target_reading_age():
    text = (
        "Lay out your child's clothes in the order they put them on. "
        "Start with pants and socks. Let them do the last step on their own. "
        "Give lots of praise when they try."
    )
    figures = measure(text)
    assert figures.reading_age <= TARGET_READING_AGE
    assert not figures.above_target
    assert figures.flesch_reading_ease > 70


def test_clinical_jargon_is_flagged_as_above_the_target():
    text = (
        "Occupational therapists facilitate the development of functional independence through "
        "individualised, evidence-based interventions addressing sensorimotor, perceptual and "
        "organisational difficulties affecting participation in educational environments."
    )
    figures = measure(text)
    assert figures.above_target
    assert figures.reading_age > 18
    assert figures.flesch_reading_ease < 0


def test_list_items_on_their_own_lines_count_as_sentences():
    assert measure("Buttons\nZips\nLaces").sentences == 3


@pytest.mark.parametrize("text", ["", "   ", "123 456", None, "!!!"])
def test_text_without_words_has_no_figure(text):
    assert measure(text) is None
