"""UK postcodes as families type them: any case, any spacing, stray punctuation.

Pure Python, no Django: the team finder, the admin and the referral journey share it, and it
is property-tested on its own. A postcode is an outward code (the district, "SG1", which
decides the team) and an inward code ("2AB").
"""

import re
from typing import NamedTuple

# Long enough for a postcode padded with spaces and dots, short enough that nobody pastes an essay.
MAX_INPUT_LENGTH = 40

OUTWARD_PATTERN = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
# Royal Mail never uses C, I, K, M, O or V in the last two letters.
INWARD_PATTERN = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_OUTWARD = re.compile(rf"^{OUTWARD_PATTERN}$")
_POSTCODE = re.compile(rf"^({OUTWARD_PATTERN})({INWARD_PATTERN})$")
_NOT_ALPHANUMERIC = re.compile(r"[^A-Za-z0-9]")


class InvalidPostcode(ValueError):
    """The text cannot be a UK postcode."""


class Postcode(NamedTuple):
    outward: str
    inward: str

    def __str__(self):
        return f"{self.outward} {self.inward}"

    @property
    def district(self):
        return self.outward


def _squash(text):
    return _NOT_ALPHANUMERIC.sub("", text).upper()


def parse_postcode(text):
    """The `Postcode` in `text`, or InvalidPostcode. "sg12ab", " S.G.1 2-a-b " → SG1 2AB."""
    if not isinstance(text, str) or len(text) > MAX_INPUT_LENGTH:
        raise InvalidPostcode(text)
    match = _POSTCODE.match(_squash(text))
    if match is None:
        raise InvalidPostcode(text)
    return Postcode(match.group(1), match.group(2))


def normalise_postcode(text):
    """The postcode as we store and show it ("SG1 2AB"), or InvalidPostcode."""
    return str(parse_postcode(text))


def is_valid_postcode(text):
    try:
        parse_postcode(text)
    except InvalidPostcode:
        return False
    return True


def normalise_district(text):
    """A postcode district (outward code) as stored: "sg1 " → "SG1". InvalidPostcode if it cannot be one."""
    if not isinstance(text, str) or len(text) > MAX_INPUT_LENGTH:
        raise InvalidPostcode(text)
    district = _squash(text)
    if not _OUTWARD.match(district):
        raise InvalidPostcode(text)
    return district
