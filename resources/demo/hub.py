"""Words for the schools hub, the pack listing and the training listing."""

import datetime


def rich(html):
    return {"type": "rich_text", "value": html}


def action_link(text, url):
    return {"type": "action_link", "value": {"text": text, "page": None, "external_url": url}}


REVIEWED = {"last_reviewed": datetime.date(2026, 9, 1), "next_review_due": datetime.date(2027, 9, 1)}

HUB = {
    "title": "Schools and nurseries",
    "show_in_menus": True,
    "summary": "How our occupational therapists work with schools, what to try first, and free packs and training for your staff.",
    **REVIEWED,
    "body": [
        rich(
            "<h2>What occupational therapy does in schools</h2>"
            "<p>Occupational therapists help children take part in everyday school life: writing, using scissors, "
            "getting changed for PE, eating lunch, moving around safely and coping with a busy classroom.</p>"
            "<p>Most of our work in schools is advice and training for staff, so that every child who needs it "
            "gets help, not just the children we see.</p>"
        ),
        rich(
            "<h2>What to try first: the graduated approach</h2>"
            "<p>Before asking for a referral, use our packs and follow the graduated approach for at least one term:</p>"
            "<ol><li><b>Assess</b>: note what the pupil finds hard, when and where.</li>"
            "<li><b>Plan</b>: choose one or two strategies from a pack and agree them with the pupil and family.</li>"
            "<li><b>Do</b>: use them every day, for at least 6 to 12 weeks.</li>"
            "<li><b>Review</b>: write down what changed. Keep what works and try something else if it does not.</li></ol>"
        ),
        rich(
            "<h2>How to refer a pupil</h2>"
            "<p>If a pupil still struggles after you have tried the graduated approach, you can refer them. "
            "You must have the parent or carer's consent before you refer, and they should know why.</p>"
            "<p>Send your assess, plan, do and review notes with the referral. They help us decide how best to help.</p>"
        ),
        action_link("Ask for a referral", "/refer/"),
        rich(
            "<h2>Who provides equipment</h2>"
            "<p>Schools provide low-cost classroom equipment, like pencil grips and sloped boards, from their own budget "
            "and SEN support funding. We lend equipment a child needs at home for daily living, such as bathing aids. "
            "Our equipment pack explains who pays for what.</p>"
        ),
    ],
}

PACK_INDEX = {
    "title": "Resource packs for schools",
    "intro": "Advice for school staff to read online, print or share. Filter by who it is for, key stage and topic.",
}

TRAINING_INDEX = {
    "title": "Training for school staff",
    "intro": "Free training sessions for teachers, teaching assistants and SENCos. Book a place online.",
}

AUDIENCES = [
    ("early-years", "Early years settings"),
    ("primary", "Primary schools"),
    ("secondary", "Secondary schools"),
    ("parents", "Parents and carers"),
]
KEY_STAGES = [
    ("eyfs", "Early years foundation stage"),
    ("ks1", "Key stage 1"),
    ("ks2", "Key stage 2"),
    ("ks3", "Key stage 3"),
    ("ks4", "Key stage 4"),
]
TOPICS = [
    ("handwriting", "Handwriting"),
    ("fine-motor", "Scissors and fine motor skills"),
    ("sensory", "Sensory strategies in class"),
    ("self-care", "Self-care at school"),
    ("pe-movement", "PE and movement"),
    ("equipment", "Equipment"),
]
