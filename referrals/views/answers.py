"""The check-your-answers summary: every answer in words, each with a "Change" link to its step."""

from home.models import ReferrerKind
from referrals.forms import REFERRER_CHOICES, YES
from referrals.models import UpdatePreference
from referrals.references import display_nhs_number

NOT_PROVIDED = "Not provided"


def _row(label, value, slug):
    return {"label": label, "value": value if value not in (None, "") else NOT_PROVIDED, "slug": slug}


def files_in_words(files):
    return "\n".join(f"{file.name} ({file.get_kind_display()}, {size_in_words(file.size)})" for file in files)


def size_in_words(size):
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def check_sections(answers, step_url, files=(), team=None):
    """[{heading, rows: [{label, value, change_url}]}]; values are plain text, escaped when rendered.

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
            "heading": "About the child",
            "rows": [
                _row("Who is referring", dict(REFERRER_CHOICES)[kind], "who"),
                _row("Name", f"{child['first_name']} {child['last_name']}", "child"),
                _row("Date of birth", f"{child['date_of_birth']:%-d %B %Y}", "child"),
                _row("NHS number", display_nhs_number(child["nhs_number"]), "child"),
                _row("Home postcode", answers["postcode"]["postcode"], "postcode"),
                _row("Local team", team.name if team else "", "postcode"),
                _row("School or nursery", answers["school"]["school"], "school"),
            ],
        },
        {
            "heading": "What the child finds hard",
            "rows": (
                [_row("Areas of daily life", ", ".join(area.name for area in needs["life_areas"]), "needs")]
                if "life_areas" in needs
                else []
            )
            + [
                _row("What you would like help with", needs["help_wanted"], "needs"),
                _row("What you have tried", needs["tried_already"], "needs"),
                _row("Other services helping", answers["services"]["other_services"], "services"),
            ]
            + ([_row("Files from school", files_in_words(files), "evidence")] if kind == ReferrerKind.SCHOOL else []),
        },
        {
            "heading": "Communication and consent",
            "rows": [
                _row(
                    "Interpreter",
                    f"Yes: {communication['language']}" if communication["needs_interpreter"] == YES else "No",
                    "communication",
                ),
                _row("Letters in another format", communication["accessible_formats"], "communication"),
                _row(
                    "Consent",
                    "A parent or carer agreed to the referral and to sharing information"
                    if professional
                    else "You agreed to the referral and to sharing information",
                    "consent",
                ),
            ]
            + (
                [
                    _row("Parent or carer", consent["parent_name"], "consent"),
                    _row("Parent or carer's phone", consent["parent_phone"], "consent"),
                    _row("Parent or carer's email", consent["parent_email"], "consent"),
                ]
                if professional
                else []
            ),
        },
        {
            "heading": "Your contact details",
            "rows": [_row("Your name", contact["name"], "contact")]
            + (
                [
                    _row("Job title", contact["role"], "contact"),
                    _row(
                        "Where you work",
                        contact["organisation"] or (answers["school"]["school"] if kind == ReferrerKind.SCHOOL else ""),
                        "contact",
                    ),
                ]
                if professional
                else []
            )
            + [
                _row("Email address", contact["email"], "contact"),
                _row("Phone number", contact["phone"], "contact"),
                _row("How we tell you about it", UpdatePreference(contact["update_preference"]).label, "contact"),
            ],
        },
    ]
    for section in sections:
        for row in section["rows"]:
            row["change_url"] = step_url(row.pop("slug"))
    return sections
