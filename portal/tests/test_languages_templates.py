"""No words a visitor reads escape translation (docs/languages.md, issue 22): every template under templates/
that a family, school or professional can reach is read, and any words outside {% translate %} and
{% blocktranslate %} (in the page, in a family's email, or in an attribute people hear: aria-label, title, alt,
placeholder) fail here, naming the template and the words. A new public template is checked as soon as it is
added: only the staff folders below are left out. No database: `make lint` runs it in seconds."""

from pathlib import Path

from django.conf import settings

from portal.tests.template_words import untranslated_words

TEMPLATES = Path(settings.BASE_DIR) / "templates"
# Staff screens stay in English (docs/languages.md), so these are not checked: any folder named admin/ (the
# Wagtail admin's screens and panels of each app: referrals/admin/, selfassess/admin/, resources/admin/), the
# staff sign-in (staff_auth/), the service report (reports/) and the admin's form widgets (home/widgets/, the
# stories' consent-record upload). Everything else under templates/ is public.
STAFF_FOLDERS = {"staff_auth", "reports", "home/widgets"}
# Public templates whose words are not wrapped yet, each with its reason. The list only shrinks: the test fails
# once one of them is clean (remove it then) and on any public template not listed here.
# The resources app's pages are translated (schools hub, listings, event cards, a pack's page, booking and cancelling a
# workshop place and the booking emails); these are not yet:
PDF = (
    "a pack's PDF (resources/pdf.py, in the pack's language): <html lang> is fixed to en-GB and the page footer's"
    " 'Page x of y' is in its CSS; to be translated with those (its masthead and closing also print the pack page)"
)
LISTING = "the pack listing: its filter form (resources/forms.py) is English; to be translated with it"
NOT_YET_TRANSLATED = {
    "resources/includes/pack_closing.html": PDF,
    "resources/includes/pack_masthead.html": PDF,
    "resources/pack_print.html": PDF,
    "resources/resource_pack_index_page.html": LISTING,
}


def is_staff(relative):
    folders = relative.parts[:-1]
    return "admin" in folders or any("/".join(folders[:n]) in STAFF_FOLDERS for n in range(1, len(folders) + 1))


def public_templates(root=TEMPLATES):
    found = (path.relative_to(root) for path in root.rglob("*") if path.is_file())
    return sorted(path for path in found if path.suffix in {".html", ".txt"} and not is_staff(path))


def test_the_check_finds_words_outside_translate_tags():
    assert untranslated_words('<h1>{% translate "Your results" %}</h1>') == []
    assert untranslated_words("{% blocktranslate %}Step {{ n }}{% endblocktranslate %}<p>{{ hint }}</p>") == []
    assert untranslated_words("<h1>Your results</h1>") == ["Your", "results"]
    assert untranslated_words('<nav aria-label="Back">{{ x }}</nav>') == ["Back"]
    assert untranslated_words('{% if a %}<p dir="ltr">999</p>{% endif %}') == []
    assert untranslated_words("Dear {{ name }},\n\n{% translate 'When' %}: {{ when }}\n") == ["Dear"]
    assert untranslated_words('<p>{% firstof page.intro "Free training" %}</p>') == ["Free", "training"]
    assert untranslated_words('<b>{{ label|default:"Continue" }}</b><form id="{{ id|default:\'main-form\' }}">') == [
        "Continue"
    ]
    assert untranslated_words('{% include "nhsuk/field.html" %}{{ when|date:"j F Y" }}{{ x|default:y }}') == []


def test_the_check_covers_every_public_template_and_no_staff_screen():
    checked = {str(path) for path in public_templates()}
    assert {
        "base.html",
        "404.html",
        "pages/home_page.html",
        "pages/story_page.html",
        "search/search.html",
        "components/team_finder_form.html",
        "selfassess/result.html",
        "referrals/step.html",
        "resources/booking_form.html",
        "resources/emails/booking_made.txt",
        "nhsuk/widgets/day_month_year.html",
    } <= checked
    staff = {"referrals/admin/queue.html", "selfassess/admin/insight.html", "staff_auth/verify.html"}
    assert not staff & checked
    assert not {"reports/service_report.html", "home/widgets/private_file_input.html"} & checked


def test_a_new_public_template_is_checked_without_being_listed(tmp_path):
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "new_page.html").write_text("<h1>Brand new words</h1>")
    (tmp_path / "events" / "admin").mkdir()
    (tmp_path / "events" / "admin" / "screen.html").write_text("<h1>Staff words</h1>")
    assert public_templates(tmp_path) == [Path("events/new_page.html")]


def test_every_template_a_visitor_reads_is_translatable():
    found = {str(path): untranslated_words((TEMPLATES / path).read_text()) for path in public_templates()}
    left = {name: words for name, words in found.items() if words and name not in NOT_YET_TRANSLATED}
    assert left == {}, "Words a visitor reads are not wrapped in {% translate %}: " + repr(left)
    translated_since = sorted(name for name in NOT_YET_TRANSLATED if not found.get(name))
    assert translated_since == [], f"Now translated (or gone): remove {translated_since} from NOT_YET_TRANSLATED"
