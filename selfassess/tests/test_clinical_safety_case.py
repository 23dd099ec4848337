"""Issue 17, item 7: every control in the clinical safety case (docs/clinical-safety.md) names a test that exists."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAFETY_CASE = ROOT / "docs" / "clinical-safety.md"
REFERENCE = re.compile(r"`([\w./-]+\.py)::(\w+)`")
HAZARD = re.compile(r"^### (H\d+)\. ", re.M)


def missing_tests(text, root=ROOT):
    """Every `path::test_name` in `text` whose file or test function does not exist."""
    missing = []
    for path, name in REFERENCE.findall(text):
        file = root / path
        if not file.is_file():
            missing.append(f"{path}::{name} (no such file)")
        elif not re.search(rf"^\s*def {re.escape(name)}\(", file.read_text(), re.M):
            missing.append(f"{path}::{name} (no such test in the file)")
    return missing


def hazards(text):
    """{hazard id: its section's text}."""
    starts = [(match.group(1), match.start()) for match in HAZARD.finditer(text)]
    ends = [start for _, start in starts[1:]] + [text.find("\n## ", starts[-1][1]) if starts else len(text)]
    return {hazard: text[start:end] for (hazard, start), end in zip(starts, ends, strict=True)}


def test_every_test_the_safety_case_names_exists():
    text = SAFETY_CASE.read_text()
    assert len(REFERENCE.findall(text)) >= 40
    assert missing_tests(text) == []


def test_every_hazard_has_a_cause_an_effect_ratings_controls_and_tests():
    logged = hazards(SAFETY_CASE.read_text())
    assert len(logged) >= 10
    for hazard, section in logged.items():
        for heading in ("**Cause**", "**Effect**", "**Severity**", "**Likelihood**", "**Risk**", "**Controls**"):
            assert heading in section, f"{hazard} has no {heading}"
        assert REFERENCE.search(section), f"{hazard} names no test for its controls"


def test_the_check_sees_a_test_that_does_not_exist():
    text = (
        "`selfassess/tests/test_engine.py::test_impact_is_weighted` "
        "`selfassess/tests/test_engine.py::test_that_was_never_written` "
        "`selfassess/tests/test_nowhere.py::test_anything`"
    )
    assert missing_tests(text) == [
        "selfassess/tests/test_engine.py::test_that_was_never_written (no such test in the file)",
        "selfassess/tests/test_nowhere.py::test_anything (no such file)",
    ]
