"""Check the message catalogues (locale/*/LC_MESSAGES/django.po and each app's <app>/locale/): each parses, every message is translated and
not fuzzy, placeholders and markup match the English, the compiled .mo beside it says the same, and no English words
are translated two ways in two catalogues (the first Django reads would hide the other). `make lint`
runs it; `--compile` rewrites the .mo files from the .po files (docs/languages.md)."""

import re
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

PLACEHOLDERS = re.compile(r"%\([a-z_]+\)s|\{[a-z_]+\}|</?[a-z]+")


def locale_directories():
    """LOCALE_PATHS (the site's words) and each of our apps' own locale/ folder (e.g. referrals/locale/ for the
    referral journey), as Django reads them: one catalogue per app keeps each app's words beside its code."""
    base = Path(settings.BASE_DIR).resolve()
    # Our apps sit at the top of the repository (a virtualenv inside it holds installed apps deeper down).
    ours = [Path(app.path) / "locale" for app in apps.get_app_configs() if Path(app.path).resolve().parent == base]
    return [Path(locale) for locale in settings.LOCALE_PATHS] + [path for path in ours if path.is_dir()]


def catalogue_paths():
    return sorted(path for locale in locale_directories() for path in locale.glob("*/LC_MESSAGES/django.po"))


def translations(entry):
    """An entry's translated text(s): one, or one per plural form."""
    if entry.msgid_plural:
        return tuple(form for _, form in sorted(entry.msgstr_plural.items(), key=lambda item: int(item[0])))
    return (entry.msgstr,)


def catalogue_problems(po_path):
    """What is wrong with one catalogue, in words (empty if nothing)."""
    problems = []
    try:
        catalogue = polib.pofile(str(po_path))
    except (OSError, ValueError) as error:
        return [f"{po_path}: cannot be read ({error})"]
    for entry in catalogue:
        if entry.obsolete:
            continue
        where = f"{po_path}: {entry.msgid[:60]!r}"
        # A plural entry ("1 advice topic" / "3 advice topics") has one form per plural of the language.
        forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if not forms or not all(forms):
            problems.append(f"{where} has no translation")
        elif "fuzzy" in entry.flags:
            problems.append(f"{where} is marked fuzzy")
        elif any(sorted(PLACEHOLDERS.findall(entry.msgid)) != sorted(PLACEHOLDERS.findall(form)) for form in forms):
            problems.append(f"{where}: its placeholders or markup differ from the English")
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path} is missing: run manage.py check_translations --compile")
    else:
        compiled = {(e.msgctxt, e.msgid): translations(e) for e in polib.mofile(str(mo_path)) if e.msgid}
        written = {
            (e.msgctxt, e.msgid): translations(e)
            for e in catalogue
            if any(translations(e)) and not e.obsolete and "fuzzy" not in e.flags
        }
        if compiled != written:
            problems.append(f"{mo_path} is out of date with its .po: run manage.py check_translations --compile")
    return problems


def conflicts(paths):
    """English words translated differently in two catalogues of one language. Django reads the site's catalogue
    (LOCALE_PATHS) before the apps', so the one read first wins everywhere and the other is never shown."""
    seen, problems = {}, []
    for path in paths:
        language = path.parent.parent.name
        try:
            catalogue = polib.pofile(str(path))
        except (OSError, ValueError):
            continue  # catalogue_problems reports it
        for entry in catalogue:
            if entry.obsolete or not any(translations(entry)):
                continue
            key = (language, entry.msgctxt, entry.msgid)
            earlier = seen.setdefault(key, (path, translations(entry)))
            if earlier[1] != translations(entry):
                problems.append(
                    f"{entry.msgid[:60]!r} is translated differently in {earlier[0]} and {path}: make them the same "
                    "(or give one a msgctxt)"
                )
    return problems


class Command(BaseCommand):
    help = "Check that the message catalogues are complete, correct and compiled (--compile rewrites the .mo files)."

    def add_arguments(self, parser):
        parser.add_argument("--compile", action="store_true", help="Write each .mo file from its .po file first.")

    def handle(self, *args, **options):
        paths = catalogue_paths()
        if not paths:
            raise CommandError("No message catalogues found under LOCALE_PATHS")
        if options["compile"]:
            for path in paths:
                polib.pofile(str(path)).save_as_mofile(str(path.with_suffix(".mo")))
        problems = [problem for path in paths for problem in catalogue_problems(path)] + conflicts(paths)
        if problems:
            raise CommandError("\n".join(problems))
        self.stdout.write(f"{len(paths)} message catalogues complete and compiled.")
