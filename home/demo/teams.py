"""Demo teams for one county (Hertfordshire's real postcode districts), their waits, and the pages that show them.

Waiting-time history covers the 18 months up to this one, one figure on the 1st of each month,
so the demo always looks current. Within a month a second run changes nothing; in a new month
the figures move along by one. The three trends are the ones families meet: one team improving
from 40 weeks to 6, one steady, one getting worse, and one that has not updated for two months.
"""

import datetime

from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Page

from home.demo.blocks import REVIEWED
from home.models import (
    AccessRoutesPage,
    AccessRoutesPhoneTime,
    Pathway,
    Team,
    TeamOpeningTime,
    TeamPostcodeDistrict,
    WaitingTime,
    WaitingTimeSource,
    WaitingTimesPage,
)
from portal.demo import ensure_page, ensure_record

HISTORY_MONTHS = 18
WEEKDAYS = range(5)
NINE_TO_FIVE = [(day, datetime.time(9), datetime.time(17)) for day in WEEKDAYS]

TEAMS = [
    {
        "slug": "stevenage-north-herts",
        "name": "Stevenage and North Hertfordshire Children's Therapy",
        "area_description": "Stevenage, Hitchin, Letchworth, Baldock and Royston",
        "districts": ["SG1", "SG2", "SG3", "SG4", "SG5", "SG6", "SG7", "SG8"],
        "address": "Children's Therapy Team\nPoplars Clinic, Holly Leys\nStevenage\nSG2 8UT",
        "phone": "01632 960 101",
        "email": "north.herts.therapy@example.nhs.uk",
        "offers_speech_and_language_therapy": True,
        "hours": NINE_TO_FIVE,
        "waits": {
            Pathway.URGENT: [2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
            Pathway.ROUTINE_ASSESSMENT: [40, 39, 38, 36, 35, 33, 30, 28, 25, 22, 20, 17, 15, 13, 11, 9, 7, 6],
            Pathway.TARGETED_GROUP: [12, 12, 11, 11, 10, 10, 9, 9, 8, 8, 8, 7, 7, 6, 6, 6, 5, 5],
        },
    },
    {
        "slug": "st-albans-watford-welwyn",
        "name": "St Albans, Watford and Welwyn Hatfield Children's Therapy",
        "area_description": "St Albans, Harpenden, Watford, Welwyn Garden City and Hatfield",
        "districts": ["AL1", "AL2", "AL3", "AL4", "AL5", "AL6", "AL7", "AL8", "AL9", "AL10"]
        + ["WD17", "WD18", "WD19", "WD23", "WD24", "WD25"],
        "address": "Children's Therapy Team\nHolywell Health Centre, Tolpits Lane\nWatford\nWD18 9QD",
        "phone": "01632 960 202",
        "email": "west.herts.therapy@example.nhs.uk",
        "offers_speech_and_language_therapy": True,
        "hours": [(day, datetime.time(8, 30), datetime.time(17)) for day in range(4)]
        + [(4, datetime.time(8, 30), datetime.time(16, 30))],
        "opening_hours_note": "Closed on bank holidays.",
        "waits": {
            Pathway.URGENT: [1] * HISTORY_MONTHS,
            Pathway.ROUTINE_ASSESSMENT: [14, 15, 14, 13, 14, 15, 14, 14, 13, 14, 15, 14, 13, 14, 14, 15, 14, 14],
            Pathway.TARGETED_GROUP: [8, 8, 8, 9, 8, 8, 7, 8, 8, 8, 9, 8, 8, 8, 7, 8, 8, 8],
        },
    },
    {
        "slug": "east-herts-broxbourne",
        "name": "East Hertfordshire and Broxbourne Children's Therapy",
        "area_description": "Hertford, Ware, Bishop's Stortford, Buntingford, Cheshunt and Hoddesdon",
        "districts": ["SG9", "SG10", "SG11", "SG12", "SG13", "SG14", "CM21", "CM23", "EN8", "EN10", "EN11"],
        "address": "Children's Therapy Team\nCounty Hospital, North Road\nHertford\nSG14 1LP",
        "phone": "01632 960 303",
        "email": "east.herts.therapy@example.nhs.uk",
        "hours": NINE_TO_FIVE,
        "opening_hours_note": "Closed on bank holidays.",
        "accepts_school_referrals": False,
        "waits": {
            Pathway.URGENT: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 3, 3],
            Pathway.ROUTINE_ASSESSMENT: [10, 11, 11, 12, 13, 14, 15, 16, 18, 19, 21, 22, 24, 25, 27, 28, 30, 32],
            Pathway.TARGETED_GROUP: [6, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 12, 12, 13, 14, 14, 15],
        },
    },
    {
        "slug": "dacorum-three-rivers",
        "name": "Dacorum and Three Rivers Children's Therapy",
        "area_description": "Hemel Hempstead, Berkhamsted, Tring, Kings Langley and Rickmansworth",
        "districts": ["HP1", "HP2", "HP3", "HP4", "HP23", "WD3", "WD4", "WD5"],
        "address": "Children's Therapy Team\nMarlowes Health Centre, Marlowes\nHemel Hempstead\nHP1 1HQ",
        "phone": "01632 960 404",
        "email": "",
        "hours": NINE_TO_FIVE,
        # The last two months are missing: the demo's example of a figure that may be out of date,
        # and of a pathway (groups) with no published figure at all.
        "waits": {
            Pathway.URGENT: [1] * (HISTORY_MONTHS - 2),
            Pathway.ROUTINE_ASSESSMENT: [20, 20, 19, 19, 18, 18, 17, 17, 16, 16, 16, 15, 15, 15, 14, 14],
        },
    },
]

ACCESS_ROUTES = {
    "title": "How to get help",
    "show_in_menus": True,
    "summary": "Who can ask us for help, how to do it, and what happens next.",
    "finder_heading": "Find your local team",
    "finder_intro": "Enter your postcode to see your local team, how to contact them, and how long the wait is.",
    "not_in_area_advice": (
        "<h2>How to find the right service</h2>"
        "<ul>"
        "<li>ask your GP or health visitor which children's therapy service covers your area</li>"
        "<li>ask your child's school or nursery, as they often know the local team</li>"
        "<li>search for children's occupational therapy on your local NHS trust's website</li>"
        "</ul>"
    ),
    "body": [
        {
            "type": "rich_text",
            "value": (
                "<h2>Ways to get help</h2>"
                "<h3>Check your child's needs</h3>"
                "<p>Answer some questions about your child. We show you advice that fits, and tell you if a "
                "referral is a good idea. It takes about 10 minutes.</p>"
            ),
        },
        {
            "type": "action_link",
            "value": {"text": "Check your child's needs", "page": None, "external_url": "/self-assessment/"},
        },
        {
            "type": "rich_text",
            "value": (
                "<h3>Join a free workshop</h3>"
                "<p>Our workshops for parents and carers give you ideas to try at home. You do not need a "
                'referral. <a href="/workshops-for-families/">Find a workshop</a>.</p>'
                "<h3>Refer your child yourself</h3>"
                "<p>If you are a parent or carer, you can ask us to see your child. You do not need to see a "
                "GP first. It takes about 10 minutes.</p>"
            ),
        },
        {
            "type": "action_link",
            "value": {"text": "Refer online", "page": None, "external_url": "/refer/"},
        },
        {
            "type": "rich_text",
            "value": (
                "<h3>Ask your child's school or nursery</h3>"
                "<p>A school or nursery can refer your child, but only if you agree. They will ask you first.</p>"
                "<h3>Ask your GP or another health professional</h3>"
                "<p>Your GP, health visitor, school nurse or another therapist can refer your child. "
                "They can use the same online form.</p>"
                "<h2>Who we can help</h2>"
                "<ul>"
                "<li>children and young people aged 0 to 18</li>"
                "<li>who live in our area, or whose GP is in our area</li>"
                "</ul>"
                "<h2>What happens after a referral</h2>"
                "<ol>"
                "<li>We tell you we have the referral, usually within 1 week.</li>"
                "<li>A therapist reads it within about 2 weeks, and may phone you.</li>"
                "<li>We tell you what we can offer: advice, a group, or an appointment.</li>"
                "</ol>"
                "<p>If the referral is urgent, we aim to contact you within 2 working days.</p>"
            ),
        },
        {
            "type": "details",
            "value": {
                "summary": "How to make a complaint",
                "body": (
                    "<p>Phone or email your local team. Tell us what happened and what you would like us to do. "
                    "We will tell you we have your complaint within 3 working days.</p>"
                    "<p>The Patient Advice and Liaison Service (PALS) can also help you. "
                    '<a href="/complaints-and-feedback/">Find out how to complain or give feedback</a>.</p>'
                ),
            },
        },
    ],
    **REVIEWED,
}

WAITING_TIMES = {
    "title": "Waiting times",
    "show_in_menus": True,
    "summary": "How long children wait for each kind of help from each local team, and how the waits have changed.",
    "body": [
        {
            "type": "rich_text",
            "value": (
                "<h2>What the numbers mean</h2>"
                "<p>Each number is the typical wait, in weeks, from when we get a referral to the first "
                "appointment. Some children wait less and some wait longer.</p>"
                "<ul>"
                "<li><b>Urgent referrals</b>: children who need help quickly. We aim to contact you "
                "within 2 working days.</li>"
                "<li><b>Routine assessment</b>: a first appointment with a therapist.</li>"
                "<li><b>Targeted groups and workshops</b>: group help for children and families.</li>"
                "</ul>"
                "<p>The NHS standard is that children should wait less than 18 weeks. "
                "Staff update these figures every month.</p>"
                "<h2>Waiting well</h2>"
                "<p>There is a lot you can do while you wait:</p>"
                "<ul>"
                "<li>use the advice for your child's needs, a little every day</li>"
                "<li>tell your child's nursery or school what you are working on</li>"
                "<li>write down what your child finds hard, to share at the first appointment</li>"
                "</ul>"
            ),
        },
        {
            "type": "action_link",
            "value": {"text": "Find advice for your child", "page": None, "external_url": "/advice/"},
        },
        {
            "type": "warning_callout",
            "value": {
                "heading": "If things get worse while you wait",
                "body": (
                    "<p>Call your local team if your child's needs change. If you are worried about your "
                    "child's health, speak to your GP or call 111. In an emergency, call 999.</p>"
                ),
            },
        },
    ],
    **REVIEWED,
}

EDITOR_PERMISSIONS = [
    ("team", ["add", "change", "view"]),
    ("waitingtime", ["add", "view"]),
]


def month_starts(today, count=HISTORY_MONTHS):
    """The 1st of each of the last `count` months, oldest first, ending with this month."""
    starts, month = [], today.replace(day=1)
    for _ in range(count):
        starts.append(month)
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    return list(reversed(starts))


def share_within_18_weeks(weeks):
    """A believable share of children seen within 18 weeks for a typical wait (demo figures only)."""
    return max(5, min(98, round(110 - 2.5 * weeks)))


def ensure_team(log, spec):
    spec = dict(spec)
    districts, hours, _ = spec.pop("districts"), spec.pop("hours"), spec.pop("waits")
    slug = spec.pop("slug")
    team = ensure_record(log, Team, {"slug": slug}, **spec)
    for district in districts:
        ensure_record(log, TeamPostcodeDistrict, {"district": district}, team=team)
    for day, opens, closes in hours:
        ensure_record(log, TeamOpeningTime, {"team": team, "weekday": day, "opens": opens}, closes=closes)
    return team


def ensure_waits(log, team, waits, today):
    """Demo history only: refreshed in place when the month moves on. Staff figures are never touched."""
    starts = month_starts(today)
    for pathway, series in waits.items():
        for as_of, weeks in zip(starts, series, strict=False):
            share = share_within_18_weeks(weeks) if pathway == Pathway.ROUTINE_ASSESSMENT else None
            wanted = {"weeks": weeks, "share_within_18_weeks": share}
            existing = WaitingTime.objects.filter(
                team=team, pathway=pathway, as_of=as_of, source=WaitingTimeSource.STAFF, entered_by=None
            ).first()
            if existing is None:
                WaitingTime.objects.create(team=team, pathway=pathway, as_of=as_of, **wanted)
                log.created.append(f"waiting time: {team.slug} {pathway} {as_of}")
            elif any(getattr(existing, name) != value for name, value in wanted.items()):
                WaitingTime.objects.filter(pk=existing.pk).update(**wanted)
                log.updated.append(f"waiting time: {team.slug} {pathway} {as_of}")


def ensure_access_routes_page(log, home):
    """/how-to-get-help/ is an AccessRoutesPage. An older demo database has an information page there: replace it."""
    existing = Page.objects.child_of(home).filter(slug="how-to-get-help").first()
    if existing is not None and existing.specific_class is not AccessRoutesPage:
        existing.delete()
        log.updated.append("page: How to get help (now finds your local team)")
    page = ensure_page(log, home, AccessRoutesPage, "how-to-get-help", **ACCESS_ROUTES)
    wanted = sorted(NINE_TO_FIVE)
    current = sorted((t.weekday, t.opens, t.closes) for t in page.phone_opening_times.all())
    if current != wanted:
        # Through a new revision, so the hours are in what editors see and publish next.
        page.phone_opening_times = [
            AccessRoutesPhoneTime(weekday=day, opens=opens, closes=closes) for day, opens, closes in wanted
        ]
        page.save_revision().publish()
        log.updated.append("page: How to get help (phone line hours)")
    return page


def ensure_editor_permissions(log):
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    for model_name, actions in EDITOR_PERMISSIONS:
        for action in actions:
            permission = Permission.objects.get(content_type__app_label="home", codename=f"{action}_{model_name}")
            if not editors.permissions.filter(pk=permission.pk).exists():
                editors.permissions.add(permission)
                log.updated.append(f"group: Editors can {action} {model_name}")


def load_teams(log, home, today=None):
    today = today or timezone.localdate()
    for spec in TEAMS:
        team = ensure_team(log, spec)
        ensure_waits(log, team, spec["waits"], today)
    ensure_access_routes_page(log, home)
    ensure_page(log, home, WaitingTimesPage, "waiting-times", **WAITING_TIMES)
    ensure_editor_permissions(log)
