"""Hostile input for every public form: shared hypothesis strategies, a request sender and the check.

Each app's `tests/test_fuzz.py` posts what these strategies make to its forms with Django's test
client and asserts the site answered without a server error. See docs/fuzzing.md.

Profiles, chosen with HYPOTHESIS_PROFILE: "quick" (100 examples per form, what `make test` and CI
run), "ci" (1,000), "fuzz" (10,000, `make fuzz`) and "dev" (50, a look while editing a form).
The profile is applied to the fuzz tests only, through `fuzz_settings`, rather than loaded globally: the repo's other property tests keep their own counts.
"""

import copy
import functools
import json
import os
from urllib.parse import quote_from_bytes

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    derandomize=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
    # A failure prints a @reproduce_failure blob as well as the example, as there is no database to replay from.
    print_blob=True,
)
settings.register_profile("fuzz", settings.get_profile("ci"), max_examples=10_000)
settings.register_profile("quick", settings.get_profile("ci"), max_examples=100)
settings.register_profile("dev", settings.get_profile("ci"), max_examples=50)

PROFILES = {"quick", "ci", "fuzz", "dev"}
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "quick")
fuzz_settings = settings(settings.get_profile(PROFILE if PROFILE in PROFILES else "quick"))

SERVER_ERROR_TEXT = b"Sorry, there is a problem with the service"  # templates/500.html
HUGE_BYTES = 100_000

# Strings that have broken web forms somewhere: numbers that are not numbers, markup, template
# syntax, SQL, path tricks, Unicode that changes length or direction when case-mapped or normalised.
NASTY_STRINGS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\r\n",
    "\t",
    "null",
    "None",
    "undefined",
    "true",
    "[]",
    "{}",
    '{"a": 1}',
    "0",
    "-1",
    "-0",
    "1.5",
    "1e309",
    "NaN",
    "inf",
    "0x1F",
    "99999999999999999999",
    "9" * 400,
    "-" + "9" * 30,
    "１２",
    "²",
    "٣",
    "߂",
    "𝟗",
    "Ⅻ",
    "ß",
    "İ",
    "ﬃ",
    "\u202e",
    "\ufeff",
    "\u200b",
    "\ud800",
    "\udfff",
    "🙂",
    "' OR 1=1 --",
    '"; DROP TABLE x; --',
    "<script>alert(1)</script>",
    "{{ request }}",
    "{% debug %}",
    "%s%s%n",
    "%00",
    "%",
    "&",
    "=",
    "+",
    "\\",
    "../../etc/passwd",
    "javascript:alert(1)",
    "//evil.example",
    "http://evil.example/",
    "2026-02-30",
    "31",
    "13",
    "2017",
    "0000",
    "SG1 2AB",
    "sg1 2ab",
    "ZZ99 9ZZ",
    "name@example.org",
    "a@b",
    "RF-AAA-AAA",
    "ABCDE 23456",
    "943 476 5919",
]
# Field names a hostile client adds: hidden fields from other forms, journey internals, Django's own.
FORGED_KEYS = (
    "csrfmiddlewaretoken",
    "page",
    "ref",
    "next",
    "assessment",
    "key",
    "sent",
    "revision",
    "state",
    "step",
    "id",
    "pk",
    "status",
    "token",
    "__proto__",
    "",
)
BODY_FORMATS = ["urlencoded", "urlencoded", "urlencoded", "multipart", "json", "text"]


def _huge_text():
    """A string of about 100 KB once encoded: one character repeated."""
    return st.sampled_from(["A", "é", "\x00", "🙂", "\ud800", "<b>", "9", " "]).map(
        lambda char: char * (HUGE_BYTES // len(char.encode("utf-8", "surrogatepass")))
    )


@functools.cache
def hostile_text(max_size=30, huge=True):
    """Text from anywhere in Unicode (surrogates, controls and NUL included), known troublemakers, or 100 KB.

    One value in twenty is about 100 KB: enough to try every length check without making each example slow.
    """
    usual = st.one_of(
        st.text(st.characters(exclude_categories=()), max_size=max_size),
        st.text(st.characters(categories=["Cc", "Cf", "Cs", "Zl", "Zp", "Nd", "No"]), min_size=1, max_size=8),
        st.sampled_from(NASTY_STRINGS),
    )
    if not huge:
        return usual
    huge_text = _huge_text()
    return st.integers(0, 19).flatmap(lambda roll: huge_text if roll == 0 else usual)


# Building a strategy costs more than drawing from it, so each distinct one is built once and kept:
# the helpers below take tuples (hashable) and are cached.


def sampled(values):
    """st.sampled_from(values), built once for each distinct list of values."""
    return _sampled(tuple(values))


@functools.cache
def _sampled(values):
    return st.sampled_from(values)


@functools.cache
def field_value(valid=()):
    """One value for a field: often a valid one (so later checks in the view are reached), else hostile."""
    hostile = hostile_text()
    if not valid:
        return hostile
    return st.one_of(sampled(valid), sampled(valid), hostile)


_MODES = st.sampled_from(["one", "one", "one", "omit", "empty", "many"])


@functools.cache
def _form_data(fields, extra_keys):
    values = {name: field_value(valid) for name, valid in fields}
    repeated = {name: st.lists(strategy, min_size=2, max_size=4) for name, strategy in values.items()}
    extras = st.lists(
        st.tuples(st.one_of(sampled(FORGED_KEYS + extra_keys), hostile_text(12)), field_value()), max_size=3
    )

    @st.composite
    def build(draw):
        pairs = []
        for name, strategy in values.items():
            mode = draw(_MODES)
            if mode == "one":
                pairs.append((name, draw(strategy)))
            elif mode == "empty":
                pairs.append((name, ""))
            elif mode == "many":
                pairs.extend((name, value) for value in draw(repeated[name]))
        pairs.extend(draw(extras))
        if len(pairs) > 1 and draw(st.booleans()):
            pairs = draw(st.permutations(pairs))
        return list(pairs)

    return build()


def form_data(fields, extra_keys=()):
    """[(name, value)] for a form: each field valid, hostile, missing, empty or repeated; forged extras; any order.

    `fields` maps each field's name to a few valid values (or an empty list when any text will do).
    """
    frozen = tuple((name, tuple(valid)) for name, valid in (fields or {}).items())
    return _form_data(frozen, tuple(extra_keys))


def hostile_request(fields=None, extra_keys=()):
    """{"pairs", "body_format"}: form data and how it is sent (urlencoded, multipart, JSON or plain text)."""
    frozen = tuple((name, tuple(valid)) for name, valid in (fields or {}).items())
    return _hostile_request(frozen, tuple(extra_keys))


@functools.cache
def _hostile_request(fields, extra_keys):
    return st.fixed_dictionaries({"pairs": _form_data(fields, extra_keys), "body_format": sampled(tuple(BODY_FORMATS))})


@functools.cache
def path_segment():
    """A URL path segment: a slug, a number, or hostile text (percent-encoded when sent)."""
    return st.one_of(
        st.from_regex(r"\A[-a-zA-Z0-9_]{1,30}\Z"),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
        # Short only: servers refuse long request lines before Django sees them.
        hostile_text(20, huge=False).filter(bool),
    )


def segment_or(values):
    """One of `values` (a known slug or id) or any path segment."""
    return _segment_or(tuple(values))


@functools.cache
def _segment_or(values):
    known = sampled(values)
    return st.one_of(known, known, path_segment())


def _bytes(text):
    return text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)


@functools.lru_cache(maxsize=256)
def quote(text):
    """Percent-encode text as a browser would, except that lone surrogates go out as their raw (invalid) bytes."""
    return quote_from_bytes(_bytes(text), safe="")


def encode_pairs(pairs):
    return "&".join(f"{quote(name)}={quote(value)}" for name, value in pairs)


def _printable(text):
    return _bytes(text).decode("utf-8", "replace")


def send(client, method, path, request=None, **extra):
    """Send `request` (from `hostile_request`) with the client: as a query string for GET, else as a body."""
    request = request or {"pairs": [], "body_format": "urlencoded"}
    pairs = request["pairs"]
    if method == "GET":
        # An explicit QUERY_STRING keeps the raw bytes; the client's own encoding would refuse surrogates.
        return client.get(path, QUERY_STRING=encode_pairs(pairs), **extra)
    body_format = request["body_format"]
    if body_format == "multipart":
        data = {}
        for name, value in pairs:
            data.setdefault(_printable(name), []).append(_printable(value))
        return client.post(path, data, **extra)
    if body_format == "json":
        body = json.dumps({_printable(name): _printable(value) for name, value in pairs})
        return client.post(path, body, content_type="application/json", **extra)
    content_type = "text/plain" if body_format == "text" else "application/x-www-form-urlencoded"
    return client.post(path, encode_pairs(pairs), content_type=content_type, **extra)


def assert_handled(response):
    """The site answered: no server error status, and not the "problem with the service" page."""
    assert response.status_code < 500, f"{response.status_code} from {response.request.get('PATH_INFO')}"
    if not response.streaming:
        assert SERVER_ERROR_TEXT not in response.content, "the server error page was shown"


def set_session(client, **values):
    """Put `values` into the client's session (None removes a key): a journey state forged or restored."""
    session = client.session
    for key, value in values.items():
        if value is None:
            session.pop(key, None)
        else:
            session[key] = copy.deepcopy(value)
    session.save()
    return session
