"""The check-your-answers summary: every answer in words, each with a "Change" link to its step."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.models import ReferrerKind
from referrals import from_assessment
from referrals.dates import family_date
from referrals.forms import REFERRER_CHOICES, YES
from referrals.forms.consent import UPDATE_PREFERENCE_CHOICES
from referrals.references import display_nhs_number

NOT_PROVIDED = gettext_lazy("Not provided")


def _row(label, value, slug, ltr=False):
    """`ltr`: a number, postcode or address, kept left to right on a right-to-left (Urdu) page."""
    given = value not in (None, "")
    return {"label": label, "value": value if given else str(NOT_PROVIDED), "slug": slug, "ltr": ltr and given}


def areas_in_words(areas):
    found = from_assessment.family_catalogue()
    return _(", ").join(from_assessment.in_family_language(area.name, found) for area in areas)


def files_in_words(files):
    return "\n".join(f"{file.name} ({file.get_kind_display()}, {size_in_words(file.size)})" for file in files)


def size_in_words(size):
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def check_sections(answers, step_url, files=(), team=None):
    """[{heading, rows: [{label, value, change_url}]}] in the active language; values are plain text, escaped
    when rendered.

    `files`: the school's files added in this journey (shown, with a Change link, to school referrers).
    `team`: the team the journey found for the postcode (referrals.journey.team).
    """
    who, child, contact = answers["who"], answers["child"], answers["contact"]
    consent, communication = answers["consent"], answers["communication"]
    kind = who["referrer_kind"]
    professional = kind != ReferrerKind.PARENT
    needs = answers["needs"]
    sections = [
        {
            "heading": _("About the child"),
            "rows": [
                _row(_("Who is referring"), str(dict(REFERRER_CHOICES)[kind]), "who"),
                _row(_("Name"), f"{child['first_name']} {child['last_name']}", "child"),
                _row(_("Date of birth"), family_date(child["date_of_birth"]), "child"),
                _row(_("NHS number"), display_nhs_number(child["nhs_number"]), "child", ltr=True),
                _row(_("Home postcode"), answers["postcode"]["postcode"], "postcode", ltr=True),
                _row(_("Local team"), team.name if team else "", "postcode"),
                _row(_("School or nursery"), answers["school"]["school"], "school"),
            ],
        },
        {
            "heading": _("What the child finds hard"),
            "rows": (
                [_row(_("Areas of daily life"), areas_in_words(needs["life_areas"]), "needs")]
                if "life_areas" in needs
                else []
            )
            + [
                _row(_("What you would like help with"), needs["help_wanted"], "needs"),
                _row(_("What you have tried"), needs["tried_already"], "needs"),
                _row(_("Other services helping"), answers["services"]["other_services"], "services"),
            ]
            + (
                [_row(_("Files from school"), files_in_words(files), "evidence")] if kind == ReferrerKind.SCHOOL else []
            ),
        },
        {
            "heading": _("Communication and consent"),
            "rows": [
                _row(
                    _("Interpreter"),
                    _("Yes: %(language)s") % {"language": communication["language"]}
                    if communication["needs_interpreter"] == YES
                    else _("No"),
                    "communication",
                ),
                _row(_("Letters in another format"), communication["accessible_formats"], "communication"),
                _row(
                    _("Consent"),
                    _("A parent or carer agreed to the referral and to sharing information")
                    if professional
                    else _("You agreed to the referral and to sharing information"),
                    "consent",
                ),
            ]
            + (
                [
                    _row(_("Parent or carer"), consent["parent_name"], "consent"),
                    _row(_("Parent or carer's phone"), consent["parent_phone"], "consent", ltr=True),
                    _row(_("Parent or carer's email"), consent["parent_email"], "consent", ltr=True),
                ]
                if professional
                else []
            ),
        },
        {
            "heading": _("Your contact details"),
            "rows": [_row(_("Your name"), contact["name"], "contact")]
            + (
                [
                    _row(_("Job title"), contact["role"], "contact"),
                    _row(
                        _("Where you work"),
                        contact["organisation"] or (answers["school"]["school"] if kind == ReferrerKind.SCHOOL else ""),
                        "contact",
                    ),
                ]
                if professional
                else []
            )
            + [
                _row(_("Email address"), contact["email"], "contact", ltr=True),
                _row(_("Phone number"), contact["phone"], "contact", ltr=True),
                _row(
                    _("How we tell you about it"),
                    str(dict(UPDATE_PREFERENCE_CHOICES)[contact["update_preference"]]),
                    "contact",
                ),
            ],
        },
    ]
    for section in sections:
        for row in section["rows"]:
            row["change_url"] = step_url(row.pop("slug"))
    return sections
