"""Workshops anyone can book, and targeted groups and programmes.

Each offer is tagged only with the areas it really helps, and only with areas of one discipline: a
speech and language need is never offered a sensory workshop, nor a dressing need a movement group.
"""

ALL_BANDS = ["under-5", "5-to-11", "12-to-18"]

OFFERS = [
    {
        "title": "Everyday skills workshop for parents and carers",
        "kind": "workshop",
        "description": "A 2-hour online workshop about dressing, eating and self-care skills, with ideas to try at home.",
        "how_to_join": "Call or email us to book a place. You do not need a referral.",
        "link_url": "/workshops-for-families/",
        "areas": ["getting-dressed", "eating-and-drinking", "personal-care", "getting-around-at-home"],
        "age_bands": ALL_BANDS,
    },
    {
        "title": "Understanding your child's senses workshop",
        "kind": "workshop",
        "description": "A workshop about why some children find noise, touch or movement hard, and what helps.",
        "how_to_join": "Call or email us to book a place. You do not need a referral.",
        "link_url": "/workshops-for-families/",
        "areas": ["sensory-processing", "play-and-leisure"],
        "age_bands": ALL_BANDS,
    },
    {
        "title": "Busy hands and moving bodies workshop",
        "kind": "workshop",
        "description": "Play ideas for hand skills, balance and coordination, for families and school staff.",
        "how_to_join": "Call or email us to book a place. You do not need a referral.",
        "link_url": "/workshops-for-families/",
        "areas": ["hand-skills", "movement-and-coordination", "play-and-leisure"],
        "age_bands": ALL_BANDS,
    },
    {
        "title": "Move and Grow group",
        "kind": "targeted",
        "description": "Six weekly group sessions with a therapy assistant for children who find movement and "
        "coordination hard.",
        "how_to_join": "Call us to book a place. Tell us your self-assessment return code.",
        "link_url": "",
        "areas": ["movement-and-coordination", "play-and-leisure"],
        "age_bands": ["5-to-11"],
    },
    {
        "title": "Handwriting and school skills programme",
        "kind": "targeted",
        "description": "A 10-week programme your child's school runs with our support.",
        "how_to_join": "Ask your child's teacher or SENCo to sign the school up.",
        "link_url": "",
        "areas": ["hand-skills", "movement-and-coordination"],
        "age_bands": ["5-to-11", "12-to-18"],
    },
    {
        "title": "Little Steps parent group",
        "kind": "targeted",
        "description": "A 6-week group for parents of children under 5 who need extra help with everyday skills.",
        "how_to_join": "Call us to book a place. Tell us your self-assessment return code.",
        "link_url": "",
        "areas": [
            "getting-dressed",
            "eating-and-drinking",
            "personal-care",
            "play-and-leisure",
            "hand-skills",
            "sensory-processing",
        ],
        "age_bands": ["under-5"],
    },
    {
        "title": "Teen life skills drop-in",
        "kind": "targeted",
        "description": "Monthly drop-in sessions for teenagers and parents about self-care, senses and getting around.",
        "how_to_join": "Call us to book a place. Tell us your self-assessment return code.",
        "link_url": "",
        "areas": ["personal-care", "sensory-processing", "getting-around-at-home", "getting-dressed"],
        "age_bands": ["12-to-18"],
    },
    {
        "title": "Everyday skills group",
        "kind": "targeted",
        "description": "Six weekly sessions with a therapy assistant for primary school children who need extra help "
        "with dressing, eating and self-care, with a parent or carer.",
        "how_to_join": "Call us to book a place. Tell us your self-assessment return code.",
        "link_url": "",
        "areas": ["getting-dressed", "eating-and-drinking", "personal-care"],
        "age_bands": ["5-to-11"],
    },
    {
        "title": "Talking and listening workshop",
        "kind": "workshop",
        "description": "A workshop with our speech and language therapists about helping your child understand, "
        "talk and join in with conversations.",
        "how_to_join": "Call or email us to book a place. You do not need a referral.",
        "link_url": "/workshops-for-families/",
        "areas": ["talking-and-understanding"],
        "age_bands": ALL_BANDS,
    },
    {
        "title": "Chatterbox group",
        "kind": "targeted",
        "description": "Six weekly sessions with a speech and language therapy assistant for children who find "
        "talking or understanding hard, with a parent or carer.",
        "how_to_join": "Call us to book a place. Tell us your self-assessment return code.",
        "link_url": "",
        "areas": ["talking-and-understanding"],
        "age_bands": ["under-5", "5-to-11"],
    },
]
