"""The demo's workshops for families: the page families book on, and dates in the coming weeks.

Dates are counted from the Monday of this week, so they are always a week or more ahead, and stay the
same all week: loading the demo twice in a week changes nothing.
"""

import datetime

from django.utils import timezone

from home.demo.blocks import CHECK_YOUR_CHILDS_NEEDS, EMAIL_LINK, PHONE_LINK, REVIEWED, rich

# The self-assessment's results send families here (selfassess/demo/offers.py links to this address).
PAGE = {
    "slug": "workshops-for-families",
    "title": "Workshops and groups for families",
    "summary": "Free workshops you can book online without a referral, and groups for children who need more help.",
    "body": [
        rich(
            "<h2>About our workshops</h2>"
            "<p>Our workshops are free. They are for parents, carers and anyone who looks after a child. "
            "You do not need a referral. Each workshop is run by our therapists.</p>"
            "<h3>Everyday skills workshop</h3>"
            "<p>A 2-hour online workshop about dressing, eating and washing. You get ideas to try at home.</p>"
            "<h3>Understanding your child's senses workshop</h3>"
            "<p>Why some children find noise, touch or movement hard, and what helps.</p>"
            "<h3>Busy hands and moving bodies workshop</h3>"
            "<p>Play ideas for hand skills, balance and coordination.</p>"
            "<h3>Talking and listening workshop</h3>"
            "<p>Our speech and language therapists show you how to help your child understand, talk "
            "and join in.</p>"
            "<h2>If a workshop is full</h2>"
            "<p>You can join the waiting list. If someone cancels, we give their place to the first person "
            "on the list and email them.</p>"
            "<h2>If you cannot book online</h2>"
            f"<p>Call us on {PHONE_LINK} or email {EMAIL_LINK}. We can book a place for you. "
            "Tell us if you need an interpreter, including British Sign Language. It is free.</p>"
            "<h2>Groups for children who need more help</h2>"
            "<p>Some children need more than advice. We may offer them a group, like:</p>"
            "<ul>"
            "<li>Little Steps, for parents of children under 5</li>"
            "<li>Move and Grow, for children aged 5 to 11 who find movement hard</li>"
            "<li>Chatterbox, for children who find talking or understanding hard</li>"
            "<li>Teen life skills drop-in, for teenagers and their parents</li>"
            "</ul>"
            "<p>Check your child's needs first. Your result tells you which groups fit your child. "
            "Then call us to book, and tell us your return code.</p>"
        ),
        CHECK_YOUR_CHILDS_NEEDS,
        rich(
            "<h2>If you work in a school or nursery</h2>"
            '<p>We also run free training for school staff. <a href="/schools/training/">See training dates and book a place</a>.</p>'
        ),
    ],
    **REVIEWED,
}

ONLINE = "Microsoft Teams. We email you the joining link the day before. You do not need an account."
CENTRE = "Riverside Children's Centre, 12 Mill Lane, SG1 2AB. There is step-free access and free parking."
PARENTS = "Parents and carers"

SESSIONS = [
    # "day" counts from this Monday: 9 is next Wednesday, so there are always a few days to book.
    {
        "title": "Everyday skills workshop",
        "description": "Ideas to help your child get dressed, eat and wash more on their own.",
        "audience": f"{PARENTS} of children aged 3 to 11",
        "day": 9,
        "start": (10, 0),
        "end": (12, 0),
        "is_online": True,
        "capacity": 30,
    },
    {
        "title": "Understanding your child's senses workshop",
        "description": "Why some children find noise, touch or movement hard, and small changes that help at home.",
        "audience": f"{PARENTS} of children of any age",
        "day": 11,
        "start": (9, 30),
        "end": (11, 30),
        "is_online": False,
        "capacity": 3,
        # Full, with a waiting list, so the demo shows both.
        "bookings": [
            ("Priya Shah", "priya.shah@example.com", "booked"),
            ("Tom Walker", "tom.walker@example.com", "booked"),
            ("Grace Mensah", "grace.mensah@example.com", "booked"),
            ("Olu Adeyemi", "olu.adeyemi@example.com", "waiting"),
        ],
    },
    {
        "title": "Busy hands and moving bodies workshop",
        "description": "Play ideas for hand skills, balance and coordination. Bring your child: they will join in.",
        "audience": f"{PARENTS} with children aged 4 to 8",
        "day": 19,
        "start": (10, 0),
        "end": (11, 30),
        "is_online": False,
        "capacity": 12,
    },
    {
        "title": "Talking and listening workshop",
        "description": "How to help your child understand, talk and join in, in everyday moments at home.",
        "audience": f"{PARENTS} of children aged 2 to 7",
        "day": 23,
        "start": (18, 30),
        "end": (20, 0),
        "is_online": True,
        "capacity": 30,
    },
    {
        "title": "Everyday skills workshop (evening)",
        "description": "The everyday skills workshop in the evening, for parents and carers who work in the day.",
        "audience": f"{PARENTS} of children aged 3 to 11",
        "day": 30,
        "start": (18, 30),
        "end": (20, 30),
        "is_online": True,
        "capacity": 30,
    },
]
BOOKING_DAYS_BEFORE = 2


def this_monday(today):
    return today - datetime.timedelta(days=today.weekday())


def session_fields(spec, monday):
    day = monday + datetime.timedelta(days=spec["day"])

    def at(date, hour_minute):
        return timezone.make_aware(datetime.datetime.combine(date, datetime.time(*hour_minute)))

    return {
        "description": spec["description"],
        "audience": spec["audience"],
        "is_online": spec["is_online"],
        "venue": ONLINE if spec["is_online"] else CENTRE,
        "capacity": spec["capacity"],
        "starts_at": at(day, spec["start"]),
        "ends_at": at(day, spec["end"]),
        "booking_deadline": at(day - datetime.timedelta(days=BOOKING_DAYS_BEFORE), (17, 0)),
    }
