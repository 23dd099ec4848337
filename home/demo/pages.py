"""The demo site's words. Written for families: plain English, reading age 9 to 11.

Bodies are StreamField data: a list of {"type": block name, "value": block value}.
The information pages and advice topics are long, so they live in their own modules.
"""

from home.demo.advice_topics import ADVICE_TOPICS
from home.demo.blocks import REVIEWED, rich
from home.demo.information_pages import INFORMATION_PAGES

__all__ = [
    "ADVICE_INDEX",
    "ADVICE_TOPICS",
    "HOME",
    "INFORMATION_PAGES",
    "REVIEWED",
    "SERVICE_SETTINGS",
    "rich",
]

SERVICE_SETTINGS = {
    "service_name": "Children's Therapy Service",
    "meta_description": (
        "Advice you can use today, a check of your child's needs, and referrals for children's "
        "occupational therapy and speech and language therapy."
    ),
    "phone": "0300 123 4567",
    "email": "childrens.therapy@example.nhs.uk",
    "opening_hours": "Monday to Friday, 9am to 5pm (not bank holidays)",
    "urgent_help": (
        '<p>If your child is badly hurt or their life is at risk, <b>call <a href="tel:999">999</a></b>.</p>'
        '<p>If you need help fast, call <a href="tel:111">111</a> or use '
        '<a href="https://111.nhs.uk/">NHS 111 online</a>.</p>'
    ),
}

HOME = {
    "hero_heading": "Help with your child's everyday skills",
    "hero_text": (
        "Advice you can use today, a check of your child's needs, and how to ask for help from our "
        "occupational therapists and speech and language therapists."
    ),
    "routes": [
        {
            "type": "route",
            "value": {
                "heading": "Check your child's needs",
                "description": "Answer some questions and get advice that fits your child. It takes about 10 minutes.",
                "external_url": "/self-assessment/",
            },
        },
        {
            "type": "route",
            "value": {
                "heading": "How to get help",
                "description": "Who can ask us for help, how to refer, and who to contact.",
                "external_url": "/how-to-get-help/",
            },
        },
        {
            "type": "route",
            "value": {
                "heading": "Refer online",
                "description": "Ask us to see your child. Parents, schools and health workers can all use the form.",
                "external_url": "/refer/",
            },
        },
        {
            "type": "route",
            "value": {
                "heading": "Advice for families",
                "description": "Ideas to try at home for dressing, eating, play, handwriting and more.",
                "external_url": "/advice/",
            },
        },
    ],
    "body": [],
}

ADVICE_INDEX = {
    "title": "Advice for families",
    "intro": "Ideas you can try at home today. You do not need a referral to use them.",
    "show_in_menus": True,
}
