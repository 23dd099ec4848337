"""The message catalogues a fresh clone relies on: complete, placeholders intact, compiled (docs/languages.md)."""

import polib
import pytest
from django.core.management import CommandError, call_command

from portal.management.commands import check_translations
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


def test_the_command_fails_when_there_is_nothing_to_check(monkeypatch, tmp_path):
    monkeypatch.setattr(check_translations, "locale_directories", lambda: [tmp_path])
    with pytest.raises(CommandError, match="No message catalogues"):
        call_command("check_translations")


def test_a_plural_needs_every_form_of_the_language_and_its_placeholder_in_each(tmp_path):
    """Polish has three plural forms ("1 temat", "3 tematy", "5 tematów"): one left empty is reported, and a
    complete, compiled plural passes."""
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": "nplurals=3; plural=0;"}
    plural = {"msgid": "%(counter)s advice topic", "msgid_plural": "%(counter)s advice topics"}
    catalogue.append(polib.POEntry(**plural, msgstr_plural={0: "%(counter)s temat", 1: "%(counter)s tematy", 2: ""}))
    catalogue.append(
        polib.POEntry(msgid="%(n)s week", msgid_plural="%(n)s weeks", msgstr_plural={0: "tydzień", 1: "x", 2: "y"})
    )
    path = tmp_path / "django.po"
    catalogue.save(str(path))
    catalogue.save_as_mofile(str(path.with_suffix(".mo")))
    problems = "\n".join(catalogue_problems(path))
    assert "'%(counter)s advice topic' has no translation" in problems
    assert "'%(n)s week': its placeholders or markup differ" in problems

    catalogue[0].msgstr_plural[2] = "%(counter)s tematów"
    catalogue.remove(catalogue[1])
    catalogue.save(str(path))
    catalogue.save_as_mofile(str(path.with_suffix(".mo")))
    assert catalogue_problems(path) == []


def test_each_of_our_apps_catalogues_is_checked_and_nothing_installed():
    """The referral journey's words live in referrals/locale/ beside its code; Django's own catalogues (in the
    virtualenv) are not ours to check."""
    directories = [str(path) for path in check_translations.locale_directories()]
    assert any(path.endswith("referrals/locale") for path in directories)
    assert not any("site-packages" in path for path in directories)


def test_the_same_english_translated_two_ways_in_two_catalogues_is_reported(monkeypatch, tmp_path):
    """Django reads the site's catalogue (LOCALE_PATHS) before each app's, so an app's translation of words the site
    also translates is never shown: the referral's 'Your full name' became the booking form's words, and a browser
    test could no longer find its field."""
    site, app = tmp_path / "locale" / "pl" / "LC_MESSAGES", tmp_path / "referrals" / "locale" / "pl" / "LC_MESSAGES"
    site.mkdir(parents=True), app.mkdir(parents=True)
    write_catalogue(site / "django.po", [("Your full name", "Imię i nazwisko"), ("Yes", "Tak")])
    write_catalogue(app / "django.po", [("Your full name", "Twoje imię i nazwisko"), ("Yes", "Tak")])
    monkeypatch.setattr(
        check_translations, "locale_directories", lambda: [tmp_path / "locale", tmp_path / "referrals" / "locale"]
    )
    with pytest.raises(CommandError) as failure:
        call_command("check_translations")
    assert "'Your full name' is translated differently" in str(failure.value)
    assert "'Yes'" not in str(failure.value)
