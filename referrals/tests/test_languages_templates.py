"""No words a family reads in the referral journey's templates escape translation (docs/languages.md): any text
outside {% translate %} and {% blocktranslate %} in templates/referrals/ (the staff screens in admin/ stay
English) fails here, naming the template and the words."""

from pathlib import Path

from django.conf import settings

from selfassess.tests.test_languages_templates import untranslated_words

FAMILY_TEMPLATES = sorted((Path(settings.BASE_DIR) / "templates" / "referrals").glob("*.html"))


def test_the_check_covers_the_journey_and_not_the_staff_screens():
    names = {path.name for path in FAMILY_TEMPLATES}
    assert {"start.html", "step.html", "check.html", "confirmation.html", "status.html", "status_result.html"} <= names
    assert not any("admin" in path.parts[-2] for path in FAMILY_TEMPLATES)


def test_every_referral_template_a_family_reads_is_translatable():
    found = {path.name: untranslated_words(path.read_text()) for path in FAMILY_TEMPLATES}
    left = {name: words for name, words in found.items() if words}
    assert left == {}, "Words a family reads are not wrapped in {% translate %}: " + repr(left)
