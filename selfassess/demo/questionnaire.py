"""The default questionnaire, from the self-assessment brief, in our own plain words."""

ALL_BANDS = ["under-5", "5-to-11", "12-to-18"]
OLDER = ["5-to-11", "12-to-18"]

SCALE = [
    ("Manages like other children their age", 0),
    ("Manages, but takes much longer or needs reminders", 1),
    ("Manages with some hands-on help", 2),
    ("Cannot do it, or needs full help", 3),
]
IMPACT_OPTIONS = [("Not at all", 0), ("A little", 1), ("Quite a lot", 2), ("Very much", 3)]

RED_FLAGS = [
    {
        "code": "lost-skills",
        "question": "Has your child lost skills they used to have, like walking, feeding, using their hands or talking?",
        "hint": "For example, they could walk or feed themselves before, but cannot now.",
        "reason": "your child has lost skills they used to have",
        "outcome": "gp-within-days",
        "what_to_do": "Speak to your GP or health visitor in the next few days. Do not wait for a referral to us.",
    },
    {
        "code": "choking",
        "question": "Does your child often cough, choke or struggle to breathe when eating or drinking?",
        "hint": "",
        "reason": "your child often coughs, chokes or struggles to breathe when eating or drinking",
        "outcome": "gp-today",
        "discipline": "SLT",
        "what_to_do": "Speak to your GP today. Your child's swallowing needs a check by a doctor and a speech and "
        "language therapist. If your child cannot breathe, call 999.",
    },
    {
        "code": "moving-and-handling",
        "question": "Is anyone being hurt, or could they get hurt, when your child is lifted, moved, bathed or "
        "taken up and down stairs?",
        "hint": "This could be your child or the person helping them.",
        "reason": "someone is being hurt, or could get hurt, when your child is lifted or moved",
        "outcome": "specialist-urgent",
        "discipline": "OT",
        "what_to_do": "Ask us for an urgent referral. We can help with safer ways to move your child and with equipment.",
    },
    {
        "code": "hospital-discharge",
        "question": "Has your child just come home from hospital and needs equipment to be safe?",
        "hint": "",
        "reason": "your child has just come home from hospital and needs equipment to be safe",
        "outcome": "specialist-urgent",
        "discipline": "OT",
        "what_to_do": "Ask us for an urgent referral. We aim to contact you within 2 working days.",
    },
    {
        "code": "harm",
        "question": "Are you worried that someone is harming your child, or that your child is in danger?",
        "hint": "",
        "reason": "you are worried someone is harming your child or your child is in danger",
        "outcome": "immediate",
        "what_to_do": "If your child is in danger now, call 999. If not, call your local children's services on "
        "0300 123 4043 (any time, day or night).",
    },
]


def q(text, bands=None):
    return {"text": text, "age_bands": bands or []}


# (area slug, hint, questions): 4 questions for every age band.
DOMAINS = [
    (
        "getting-dressed",
        "Think about school or nursery days and weekends.",
        [
            q("Putting on and taking off clothes"),
            q("Doing up buttons, zips and poppers"),
            q("Putting on shoes and socks"),
            q("Putting clothes on in the right order and the right way round"),
        ],
    ),
    (
        "eating-and-drinking",
        "This is about using cutlery and cups. Coughing or choking is covered by the safety questions.",
        [
            q("Using a spoon, fork or knife"),
            q("Drinking from an open cup"),
            q("Eating without making much more mess than other children their age"),
            q("Sitting at the table for a meal"),
        ],
    ),
    (
        "personal-care",
        "",
        [
            q("Using the toilet, for their age"),
            q("Washing and drying their hands"),
            q("Brushing their teeth"),
            q("Washing and brushing their hair"),
        ],
    ),
    (
        "play-and-leisure",
        "",
        [
            q("Playing with toys in the way they are meant to be used", ["under-5"]),
            q("Joining in with games and sport", OLDER),
            q("Playing alongside or with other children"),
            q("Trying new activities"),
            q("Enjoying a hobby, club or favourite activity"),
        ],
    ),
    (
        "hand-skills",
        "",
        [
            q("Holding a crayon and making marks", ["under-5"]),
            q("Handwriting that others can read", OLDER),
            q("Using scissors"),
            q("Doing puzzles, building blocks or small pieces", ["under-5"]),
            q("Keeping up with written work", OLDER),
            q("Opening lunch boxes, bags and pencil cases"),
        ],
    ),
    (
        "movement-and-coordination",
        "",
        [
            q("Balancing, for example standing on one leg"),
            q("Going up and down stairs"),
            q("Moving around without bumping into things"),
            q("Catching, throwing and kicking a ball"),
        ],
    ),
    (
        "sensory-processing",
        "Some children avoid noise, touch or movement. Others seek more of it.",
        [
            q("Coping with noisy or busy places"),
            q("Coping with clothes, labels, hair brushing or nail cutting"),
            q("Coping with different food textures"),
            q("Staying calm enough to join in, without seeking lots of movement"),
        ],
    ),
    (
        "getting-around-at-home",
        "",
        [
            q("Getting in and out of the bath or shower"),
            q("Getting in and out of bed"),
            q("Getting in and out of a car"),
            q("Staying safe on stairs at home"),
        ],
    ),
    (
        "talking-and-understanding",
        "Our speech and language therapists help with this area.",
        [
            q("Being understood by people who do not know them"),
            q("Following instructions"),
            q("Joining in conversations"),
            q("Saying what they want or need"),
        ],
    ),
]
TARGETED_THRESHOLD = 7
SPECIALIST_THRESHOLD = 12


def area(slug, scores, impact, tier, tried="not-yet"):
    return {"life_area": slug, "scores": scores, "impact": impact, "tried_advice": tried, "expected_tier": tier}


def scenario(name, band, outcome, areas=(), red_flags=""):
    return {"name": name, "age_band": band, "red_flags": red_flags, "areas": list(areas), "expected_outcome": outcome}


MILD, MODERATE, SEVERE = "1, 1, 1, 0", "2, 2, 1, 1", "3, 3, 2, 2"
# Each side of each threshold, for every area (the coverage rule checked before publishing), one age band each:
# 4 questions per area and band, so 6 = just below targeted (7), 11 = just below specialist (12).
BOUNDARY_SCORES = [
    ("Every area just below the targeted threshold", "under-5", "1, 1, 1, 1", 1, "universal"),
    ("Every area exactly at the targeted threshold", "5-to-11", "1, 1, 1, 2", 1, "targeted"),
    ("Every area just below the specialist threshold", "12-to-18", "2, 2, 2, 1", 2, "targeted"),
    ("Every area exactly at the specialist threshold", "5-to-11", "2, 2, 2, 2", 2, "specialist"),
]
BOUNDARY_SCENARIOS = [
    scenario(name, band, tier, [area(slug, scores, impact, tier) for slug, _, _ in DOMAINS])
    for name, band, scores, impact, tier in BOUNDARY_SCORES
]

SCENARIOS = BOUNDARY_SCENARIOS + [
    scenario("Mild dressing, under 5", "under-5", "universal", [area("getting-dressed", MILD, 1, "universal")]),
    scenario("Mild play, 5 to 11", "5-to-11", "universal", [area("play-and-leisure", "1, 0, 1, 0", 1, "universal")]),
    scenario(
        "Mild talking, 12 to 18", "12-to-18", "universal", [area("talking-and-understanding", MILD, 0, "universal")]
    ),
    scenario("Just below targeted", "5-to-11", "universal", [area("hand-skills", "1, 1, 0, 0", 2, "universal")]),
    scenario("Exactly at targeted", "5-to-11", "targeted", [area("hand-skills", "1, 1, 1, 0", 2, "targeted")]),
    scenario("Moderate dressing, 5 to 11", "5-to-11", "targeted", [area("getting-dressed", MODERATE, 1, "targeted")]),
    scenario("Moderate hand skills, under 5", "under-5", "targeted", [area("hand-skills", MODERATE, 1, "targeted")]),
    scenario(
        "Moderate movement, 12 to 18",
        "12-to-18",
        "targeted",
        [area("movement-and-coordination", MODERATE, 2, "targeted")],
    ),
    scenario(
        "Advice helped: stays targeted",
        "under-5",
        "targeted",
        [area("personal-care", MODERATE, 1, "targeted", tried="helped")],
    ),
    scenario(
        "12 weeks of advice not enough: personal care, 5 to 11",
        "5-to-11",
        "specialist",
        [area("personal-care", MODERATE, 1, "specialist", tried="not-enough")],
    ),
    scenario(
        "12 weeks of advice not enough: hand skills, 12 to 18",
        "12-to-18",
        "specialist",
        [area("hand-skills", MODERATE, 2, "specialist", tried="not-enough")],
    ),
    scenario(
        "12 weeks of advice not enough with mild answers: more than advice",
        "5-to-11",
        "targeted",
        [area("sensory-processing", MILD, 0, "targeted", tried="not-enough")],
    ),
    scenario(
        "Exactly at specialist", "5-to-11", "specialist", [area("eating-and-drinking", "2, 2, 2, 2", 2, "specialist")]
    ),
    scenario("Severe eating, 5 to 11", "5-to-11", "specialist", [area("eating-and-drinking", SEVERE, 3, "specialist")]),
    scenario("Severe sensory, under 5", "under-5", "specialist", [area("sensory-processing", SEVERE, 2, "specialist")]),
    scenario(
        "Severe getting around, 12 to 18",
        "12-to-18",
        "specialist",
        [area("getting-around-at-home", SEVERE, 3, "specialist")],
    ),
    scenario(
        "Mixed areas: the most urgent wins",
        "5-to-11",
        "specialist",
        [area("getting-dressed", MILD, 0, "universal"), area("movement-and-coordination", SEVERE, 3, "specialist")],
    ),
    scenario(
        "Lost skills with mild answers",
        "under-5",
        "gp-within-days",
        [area("movement-and-coordination", MILD, 0, "universal")],
        red_flags="lost-skills",
    ),
    scenario(
        "Choking with severe eating",
        "5-to-11",
        "gp-today",
        [area("eating-and-drinking", SEVERE, 3, "specialist")],
        red_flags="choking",
    ),
    scenario(
        "Moving and handling with mild answers",
        "12-to-18",
        "specialist-urgent",
        [area("getting-around-at-home", MILD, 0, "universal")],
        red_flags="moving-and-handling",
    ),
    scenario(
        "Home from hospital needing equipment",
        "5-to-11",
        "specialist-urgent",
        [area("getting-around-at-home", MODERATE, 1, "targeted")],
        red_flags="hospital-discharge",
    ),
    scenario("Child in danger stops the questions", "under-5", "immediate", red_flags="harm"),
    scenario(
        "Danger beats every other answer",
        "12-to-18",
        "immediate",
        [area("eating-and-drinking", SEVERE, 3, "specialist")],
        red_flags="harm, choking",
    ),
    scenario(
        "Two red flags: the most urgent wins",
        "under-5",
        "gp-today",
        [area("talking-and-understanding", MILD, 0, "universal")],
        red_flags="lost-skills, choking",
    ),
]
