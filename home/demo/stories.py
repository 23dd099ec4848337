"""Three fictional families' stories. Names and details are made up; the consent records are examples."""

import datetime

from home.demo.blocks import review_dates, rich
from home.models import StoryIndexPage, StoryPage
from portal.demo import ensure_page

# Consent runs well past any demo. One story was last reviewed 15 months ago and was due for review
# 3 months ago, so the review report always has an overdue page to show (families see only when it
# was last reviewed); the others were reviewed 6 months ago.
CONSENT = {
    "consent_given_by": "Parent of the child",
    "consent_date": datetime.date(2025, 1, 15),
    "consent_expires": datetime.date(2030, 1, 15),
}

STORY_INDEX = {
    "title": "Stories from families",
    "intro": "Parents and carers tell us what helped their child. Their names and some details are changed.",
}

STORIES = [
    {
        "slug": "getting-dressed-for-school",
        "title": "Getting ready for school on time",
        "quote": "We stopped rushing. Now he gets dressed by himself most days.",
        "summary": "A mum tells us how a picture chart and more time helped her son get dressed.",
        "areas": ["getting-dressed"],
        "body": [
            rich(
                "<p>My son is 6. Mornings were hard. He could not get his clothes on in the right order, "
                "and we were late for school most days.</p>"
                "<p>We tried the getting dressed advice on this website. We made a picture chart of his "
                "clothes in order. We laid his clothes out the night before. We started 10 minutes earlier.</p>"
                "<p>After a few weeks he could do most of it by himself. He is proud of it. Buttons are still "
                "tricky, so we practise at the weekend when there is no rush.</p>"
            )
        ],
        **review_dates(15),
    },
    {
        "slug": "handwriting-at-home",
        "title": "Making handwriting fun",
        "quote": "Drawing in shaving foam did more than any worksheet.",
        "summary": "A dad shares the games that helped his daughter with writing.",
        "areas": ["hand-skills"],
        "body": [
            rich(
                "<p>My daughter is 7. She hated writing. Her hand got tired and her letters were big and messy.</p>"
                "<p>We played games to make her hands stronger. She made shapes with play dough. She drew "
                "letters in shaving foam on the table. She picked up small toys with tongs.</p>"
                "<p>Her teacher used a pencil grip and a sloped board in class. Now she writes a whole page "
                "and her letters are smaller. She still gets tired, but she does not give up.</p>"
            )
        ],
        **review_dates(6),
    },
    {
        "slug": "noisy-places",
        "title": "Coping with noisy places",
        "quote": "Ear defenders and a quiet corner mean we can go to the shops again.",
        "summary": "A carer explains how they helped a child who found noise and busy places too much.",
        "areas": ["sensory-processing", "play-and-leisure"],
        "body": [
            rich(
                "<p>Our foster son is 4. Loud places upset him. He would cover his ears and cry in the "
                "supermarket, and he did not want to go to parties.</p>"
                "<p>We learned to plan ahead. We tell him where we are going and what he will hear. He wears "
                "ear defenders in busy places. At home he has a quiet corner with cushions.</p>"
                "<p>He still finds some places hard, but we can go out as a family now. He went to his "
                "first birthday party last month and stayed for an hour.</p>"
            )
        ],
        **review_dates(6),
    },
]


def load_stories(log, home, areas):
    index = ensure_page(log, home, StoryIndexPage, "stories", **STORY_INDEX)
    for spec in STORIES:
        spec = dict(spec)
        slug = spec.pop("slug")
        story_areas = [areas[key] for key in spec.pop("areas")]
        ensure_page(log, index, StoryPage, slug, m2m={"life_areas": story_areas}, **CONSENT, **spec)
    return index
