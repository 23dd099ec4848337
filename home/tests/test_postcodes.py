import pytest
from hypothesis import given
from hypothesis import strategies as st

from home.postcodes import (
    InvalidPostcode,
    is_valid_postcode,
    normalise_district,
    normalise_postcode,
    parse_postcode,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("SG1 2AB", "SG1 2AB"),
        ("sg12ab", "SG1 2AB"),
        ("  sg1   2ab  ", "SG1 2AB"),
        ("S.G.1 2-A-B", "SG1 2AB"),
        ("al10 9ab", "AL10 9AB"),
        ("AL109AB", "AL10 9AB"),
        ("wd17 1eu", "WD17 1EU"),
        ("SW1A1AA", "SW1A 1AA"),
        ("m1 1ae", "M1 1AE"),
        ("\tEN11\n8EQ", "EN11 8EQ"),
    ],
)
def test_postcodes_in_any_case_spacing_or_punctuation_are_understood(typed, expected):
    assert normalise_postcode(typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "hello", "SG1", "SG1 2A", "12345", "SG1 2AB 3", "SGG1 2AB", "SG1 2CI", "1SG 2AB", "S" * 500],
)
def test_text_that_is_not_a_postcode_is_refused(typed):
    with pytest.raises(InvalidPostcode):
        parse_postcode(typed)
    assert not is_valid_postcode(typed)


def test_the_outward_code_is_the_district():
    postcode = parse_postcode("al10 9ab")
    assert (postcode.outward, postcode.inward, postcode.district) == ("AL10", "9AB", "AL10")


@pytest.mark.parametrize(("typed", "expected"), [("sg1", "SG1"), (" al10 ", "AL10"), ("w1a", "W1A")])
def test_districts_are_stored_upper_case_without_spaces(typed, expected):
    assert normalise_district(typed) == expected


@pytest.mark.parametrize("typed", ["", "SG", "SG1 2AB", "123", "SGGG1"])
def test_text_that_is_not_a_district_is_refused(typed):
    with pytest.raises(InvalidPostcode):
        normalise_district(typed)


INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
outward_codes = st.one_of(
    st.builds(lambda a, d: a + d, st.sampled_from("BEGLMNSW"), st.integers(1, 9).map(str)),
    st.builds(lambda a, d: a + d, st.sampled_from(["SG", "AL", "WD", "EN", "HP", "CM"]), st.integers(1, 99).map(str)),
    st.builds(lambda d: "SW1" + d, st.sampled_from("ABEHPVWXY")),
)
inward_codes = st.builds(
    lambda digit, first, second: f"{digit}{first}{second}",
    st.integers(0, 9),
    st.sampled_from(INWARD_LETTERS),
    st.sampled_from(INWARD_LETTERS),
)
noise = st.text(alphabet=" .,-_/\t", max_size=3)


@given(outward_codes, inward_codes, st.data())
def test_any_mix_of_case_spacing_and_punctuation_gives_the_same_postcode(outward, inward, data):
    canonical = f"{outward} {inward}"
    characters = list(outward + inward)
    typed = "".join(
        data.draw(noise) + (char.lower() if data.draw(st.booleans()) else char) for char in characters
    ) + data.draw(noise)
    assert normalise_postcode(typed) == canonical
    assert parse_postcode(typed).district == outward


@given(outward_codes, inward_codes)
def test_normalising_twice_changes_nothing(outward, inward):
    once = normalise_postcode(outward.lower() + inward)
    assert normalise_postcode(once) == once


@given(st.text(max_size=60))
def test_any_text_is_either_a_tidy_postcode_or_refused_never_a_crash(text):
    try:
        result = normalise_postcode(text)
    except InvalidPostcode:
        return
    outward, inward = result.split(" ")
    assert result == result.upper() and 2 <= len(outward) <= 4 and len(inward) == 3
    assert normalise_district(outward) == outward
