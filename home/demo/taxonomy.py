"""Areas of daily life and age bands, as in the self-assessment brief."""

from home.models import AgeBand, LifeArea
from home.models.taxonomy import Discipline

AGE_BANDS = [
    ("under-5", "Under 5 (pre-school)", 0, 4),
    ("5-to-11", "5 to 11 (primary school)", 5, 11),
    ("12-to-18", "12 to 18 (secondary school)", 12, 18),
]

LIFE_AREAS = [
    ("getting-dressed", "Getting dressed", "OT", "Clothes on and off, fastenings, shoes, putting clothes on in order"),
    ("eating-and-drinking", "Eating and drinking", "OT", "Using cutlery, drinking from an open cup, sitting to eat"),
    (
        "personal-care",
        "Toileting, washing and personal care",
        "OT",
        "Using the toilet, washing hands, brushing teeth and hair",
    ),
    ("play-and-leisure", "Play and leisure", "OT", "Playing with toys, joining in with others, hobbies and clubs"),
    (
        "hand-skills",
        "Hand skills for nursery and school",
        "OT",
        "Drawing and handwriting, scissors, managing equipment, keeping up with written work",
    ),
    (
        "movement-and-coordination",
        "Movement and coordination",
        "OT",
        "Balance, stairs, bumping into things, ball skills, PE, riding a bike",
    ),
    (
        "sensory-processing",
        "Sensory processing",
        "OT",
        "Reactions to noise, touch, clothing labels, food textures and movement",
    ),
    (
        "getting-around-at-home",
        "Getting around and staying safe at home",
        "OT",
        "Stairs, bathing, getting in and out of bed or a car, equipment and adaptations",
    ),
    (
        "talking-and-understanding",
        "Talking and understanding",
        "SLT",
        "Being understood, following instructions, joining conversations",
    ),
]


def load_taxonomy(log, ensure_record):
    bands = {}
    for order, (slug, name, min_age, max_age) in enumerate(AGE_BANDS):
        bands[slug] = ensure_record(
            log, AgeBand, {"slug": slug}, name=name, min_age=min_age, max_age=max_age, sort_order=order
        )
    areas = {}
    for order, (slug, name, discipline, description) in enumerate(LIFE_AREAS):
        areas[slug] = ensure_record(
            log,
            LifeArea,
            {"slug": slug},
            name=name,
            discipline=Discipline(discipline),
            description=description,
            sort_order=order,
        )
    return areas, bands
