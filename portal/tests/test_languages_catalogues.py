"""The message catalogues a fresh clone relies on: complete, placeholders intact, compiled (docs/languages.md)."""

import polib
import pytest
from django.core.management import CommandError, call_command

from portal.management.commands.check_translations import catalogue_problems


def write_catalogue(path, entries, compile_it=True):
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for msgid, msgstr, *flags in entries:
        catalogue.append(polib.POEntry(msgid=msgid, msgstr=msgstr, flags=list(flags)))
    catalogue.save(str(path))
    if compile_it:
        catalogue.save_as_mofile(str(path.with_suffix(".mo")))
    return path


def test_the_committed_catalogues_are_complete_and_compiled():
    call_command("check_translations")


def test_a_missing_or_fuzzy_translation_or_a_broken_placeholder_is_reported(tmp_path):
    path = write_catalogue(
        tmp_path / "django.po",
        [
            ("Start now", ""),
            ("Back", "Wstecz", "fuzzy"),
            ("Step %(step)s of %(count)s", "Krok %(krok)s z %(count)s"),
            ("Call <a href='tel:999'>999</a>", "Zadzwoń pod 999"),
            ("Yes", "Tak"),
        ],
    )
    problems = "\n".join(catalogue_problems(path))
    assert "'Start now' has no translation" in problems
    assert "'Back' is marked fuzzy" in problems
    assert "'Step %(step)s of %(count)s': its placeholders or markup differ" in problems
    assert "\"Call <a href='tel:999'>999</a>\": its placeholders or markup differ" in problems
    assert "Yes" not in problems


def test_a_compiled_catalogue_older_than_its_source_is_reported(tmp_path):
    path = write_catalogue(tmp_path / "django.po", [("Yes", "Tak")])
    write_catalogue(path, [("Yes", "Tak"), ("No", "Nie")], compile_it=False)
    assert catalogue_problems(path) == [
        f"{path.with_suffix('.mo')} is out of date with its .po: run manage.py check_translations --compile"
    ]


def test_the_command_fails_when_there_is_nothing_to_check(settings, tmp_path):
    settings.LOCALE_PATHS = [tmp_path]
    with pytest.raises(CommandError, match="No message catalogues"):
        call_command("check_translations")
