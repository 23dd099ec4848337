"""Demo training sessions, dated from the first day of next month so they are always upcoming,
and the same all month, so loading the demo twice changes nothing."""

import datetime

from django.utils import timezone

ONLINE_VENUE = "Microsoft Teams. We email the joining link the day before."
CENTRE = "Meeting room 2, Riverside Children's Centre, 12 Mill Lane, SG1 2AB"

EVENTS = [
    {
        "title": "Handwriting: helping pupils in key stage 2",
        "description": "How to check posture, grip and letter formation, and the class strategies that help most. Bring a writing sample from a pupil (with no name on it).",
        "audience": "Class teachers, teaching assistants and SENCos in primary schools",
        "day": 8,
        "start": (15, 45),
        "end": (17, 0),
        "is_online": True,
        "venue": ONLINE_VENUE,
        "capacity": 40,
    },
    {
        "title": "Sensory strategies in the classroom",
        "description": "Understand why some pupils avoid or seek noise, touch and movement, and plan changes for your class.",
        "audience": "Staff in early years settings and primary schools",
        "day": 15,
        "start": (9, 30),
        "end": (12, 0),
        "is_online": False,
        "venue": CENTRE,
        "capacity": 4,
        "bookings": [
            ("Amira Patel", "SENCo", "Oakfield Primary School", "a.patel@oakfield.example.sch.uk", "booked"),
            ("Ben Lewis", "Class teacher", "St Mary's C of E Primary", "b.lewis@stmarys.example.sch.uk", "booked"),
            (
                "Chloe Evans",
                "Teaching assistant",
                "Oakfield Primary School",
                "c.evans@oakfield.example.sch.uk",
                "booked",
            ),
            (
                "Daniel Okafor",
                "Nursery manager",
                "Little Acorns Nursery",
                "daniel@littleacorns.example.org.uk",
                "booked",
            ),
            ("Ella Nowak", "Class teacher", "Hillside Infant School", "e.nowak@hillside.example.sch.uk", "waiting"),
            ("Farah Khan", "SENCo", "Brook Lane Primary", "f.khan@brooklane.example.sch.uk", "waiting"),
        ],
    },
    {
        "title": "Scissor skills and fine motor groups in key stage 1",
        "description": "Run a 6-week fine motor group in school: the activities, how to group children, and how to measure progress.",
        "audience": "Teaching assistants and class teachers in infant and primary schools",
        "day": 22,
        "start": (15, 45),
        "end": (17, 0),
        "is_online": True,
        "venue": ONLINE_VENUE,
        "capacity": 40,
    },
    {
        "title": "Supporting secondary pupils with coordination difficulties",
        "description": "Practical help for PE, written work, science practicals and getting around school for pupils with developmental coordination disorder.",
        "audience": "SENCos, PE staff and learning support staff in secondary schools",
        "day": 29,
        "start": (13, 30),
        "end": (15, 30),
        "is_online": False,
        "venue": CENTRE,
        "capacity": 20,
    },
]
BOOKING_DAYS_BEFORE = 3


def first_of_next_month(today):
    return (today.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)


def event_times(spec, anchor):
    day = anchor + datetime.timedelta(days=spec["day"] - 1)
    starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(*spec["start"])))
    ends_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(*spec["end"])))
    deadline_day = day - datetime.timedelta(days=BOOKING_DAYS_BEFORE)
    booking_deadline = timezone.make_aware(datetime.datetime.combine(deadline_day, datetime.time(17, 0)))
    return {"starts_at": starts_at, "ends_at": ends_at, "booking_deadline": booking_deadline}
