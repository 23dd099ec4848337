"""Short advice topics so every area of daily life has advice for every age band.

`home` ships the longer topics; these fill each area and age band the self-assessment can
point to, with distinct slugs so neither set overwrites the other.
"""

import datetime

REVIEWED = {"last_reviewed": datetime.date(2026, 9, 1), "next_review_due": datetime.date(2027, 9, 1)}
YOUNGER = ["under-5", "5-to-11"]
TEENS = ["12-to-18"]


def topic(slug, title, summary, area, bands, tips, when_to_ask):
    items = "".join(f"<li>{tip}</li>" for tip in tips)
    body = [
        {"type": "rich_text", "value": f"<h2>Things to try</h2><ul>{items}</ul>"},
        {
            "type": "rich_text",
            "value": "<h2>Give it 12 weeks</h2><p>Try these ideas most days for about 12 weeks. "
            f"Write down what changes. {when_to_ask}</p>",
        },
    ]
    return {"slug": slug, "title": title, "summary": summary, "areas": [area], "age_bands": bands, "body": body}


ASK = "If things have not got better, do the self-assessment again and tell us the advice has not helped enough."

TOPICS = [
    topic(
        "dressing-practice-for-young-children",
        "Dressing practice, step by step",
        "Small steps that help your child learn to dress themselves.",
        "getting-dressed",
        YOUNGER,
        [
            "Let your child do the last step, like pulling up trousers, then add more steps.",
            "Choose loose clothes with big buttons or elastic waists.",
            "Sit your child on the floor or a low step, so they do not need to balance.",
            "Lay clothes out in order, and use a picture list for the order.",
        ],
        ASK,
    ),
    topic(
        "getting-dressed-teenagers",
        "Getting dressed: help for teenagers",
        "Ways to make dressing quicker and easier for older children.",
        "getting-dressed",
        TEENS,
        [
            "Pick easy fastenings: zips with a ring pull, elastic laces, Velcro shoes.",
            "Plan tomorrow's clothes the night before.",
            "Use a checklist on the bedroom door for PE kit and uniform.",
            "Allow extra time, and practise when there is no rush, like at the weekend.",
        ],
        ASK,
    ),
    topic(
        "mealtimes-for-young-children",
        "Mealtimes: cutlery, cups and sitting to eat",
        "Help your child use cutlery and cups and sit well to eat.",
        "eating-and-drinking",
        YOUNGER,
        [
            "Make sure their feet are flat on the floor or a box, with the table at tummy height.",
            "Try chunky or bent-handled cutlery and a bowl with a high side.",
            "Practise drinking from a small open cup with a little water.",
            "Keep mealtimes short and calm. Praise trying, not just finishing.",
        ],
        ASK,
    ),
    topic(
        "eating-and-drinking-teenagers",
        "Eating and drinking: help for teenagers",
        "Ideas for using a knife and fork and eating with others.",
        "eating-and-drinking",
        TEENS,
        [
            "Practise cutting soft foods first, like pancakes or fish fingers.",
            "Use a non-slip mat under the plate.",
            "Choose foods that are easier to manage when eating out or at school.",
            "Let your child say which tools help them, and take them to school.",
        ],
        ASK,
    ),
    topic(
        "toilet-washing-and-teeth-young-children",
        "Toilet, washing and teeth: building a routine",
        "Build a routine for the toilet, handwashing and brushing teeth.",
        "personal-care",
        YOUNGER,
        [
            "Use the same routine each time, with a picture list on the wall.",
            "A step and a toilet seat insert help your child feel steady.",
            "Sing a song while washing hands or brushing teeth, so they know how long.",
            "Let them do it first, then you finish off.",
        ],
        ASK,
    ),
    topic(
        "personal-care-teenagers",
        "Personal care for teenagers",
        "Help your teenager manage washing, hair and periods more on their own.",
        "personal-care",
        TEENS,
        [
            "Make a step-by-step list for showering and hair washing.",
            "Try a long-handled sponge or a pump bottle if reaching is hard.",
            "Talk about periods and shaving early, with simple products to practise.",
            "Agree which jobs they do alone and when they can ask for help.",
        ],
        ASK,
    ),
    topic(
        "play-ideas-for-young-children",
        "Play ideas that help your child join in",
        "Simple play that builds skills and helps your child join in.",
        "play-and-leisure",
        YOUNGER,
        [
            "Play alongside your child and copy what they do, then add one new idea.",
            "Take turns with simple games, like rolling a ball back and forth.",
            "Short play dates with one other child are easier than big groups.",
            "Let your child choose. Play they enjoy lasts longer.",
        ],
        ASK,
    ),
    topic(
        "hobbies-and-clubs-teenagers",
        "Hobbies and clubs for teenagers",
        "Finding activities your teenager enjoys and can join in with.",
        "play-and-leisure",
        TEENS,
        [
            "Think about what they already like, such as music, games, animals or art.",
            "Ask clubs about quieter sessions or a taster visit.",
            "Go together the first time, then step back.",
            "Activities without a score, like climbing or swimming, can feel less stressful.",
        ],
        ASK,
    ),
    topic(
        "early-hand-skills",
        "Early hand skills: drawing, cutting and building",
        "Play that helps your child hold a pencil, use scissors and build.",
        "hand-skills",
        YOUNGER,
        [
            "Play with dough, pegs and tongs to build hand strength.",
            "Draw on a slope or on paper taped to the wall.",
            "Use short crayons, which help a better grip.",
            "Start cutting with thick paper and snip along short lines.",
        ],
        ASK,
    ),
    topic(
        "handwriting-and-schoolwork-teenagers",
        "Handwriting and schoolwork for teenagers",
        "Ways to keep up with written work at secondary school.",
        "hand-skills",
        TEENS,
        [
            "Ask school about typing, a laptop or extra time.",
            "Try pens with a soft grip and paper with raised or coloured lines.",
            "Break long writing into short parts with a break in between.",
            "Do hand stretches before writing.",
        ],
        ASK,
    ),
    topic(
        "active-play-for-coordination",
        "Active play for balance and coordination",
        "Games that help your child move with more confidence.",
        "movement-and-coordination",
        YOUNGER,
        [
            "Play at the park every day you can: climbing, swinging and balancing.",
            "Make an obstacle course with cushions and chairs.",
            "Use a bigger, softer ball for catching.",
            "Practise one new skill at a time and keep it fun.",
        ],
        ASK,
    ),
    topic(
        "coordination-and-pe-teenagers",
        "Coordination and PE for teenagers",
        "Help your teenager feel more confident in PE and getting around.",
        "movement-and-coordination",
        TEENS,
        [
            "Ask school for the PE skills in advance, so they can practise at home.",
            "Try activities with steady movements, like swimming, cycling or the gym.",
            "Practise new routes, such as the way to school, when it is quiet.",
            "Praise effort and progress, not being the best.",
        ],
        ASK,
    ),
    topic(
        "senses-everyday-tips-young-children",
        "Senses: everyday tips",
        "Helping a child who finds noise, touch or textures hard, or seeks lots of movement.",
        "sensory-processing",
        YOUNGER,
        [
            "Notice what upsets or calms your child, and write it down.",
            "Warn your child before noisy or busy times. Ear defenders can help.",
            "Cut out labels and choose soft, seamless clothes.",
            "Plan active breaks, like jumping or pushing a heavy trolley.",
        ],
        ASK,
    ),
    topic(
        "senses-and-coping-teenagers",
        "Senses and coping for teenagers",
        "Ways for teenagers to manage noise, crowds and other sensory stress.",
        "sensory-processing",
        TEENS,
        [
            "Help your teenager find what calms them, like music, movement or a quiet space.",
            "Ask school about a pass to leave class early or a quiet place at lunch.",
            "Plan busy trips for quieter times of the day.",
            "Choose clothes and uniform that feel comfortable.",
        ],
        ASK,
    ),
    topic(
        "safe-at-home-young-children",
        "Staying safe at home: baths, beds, stairs and cars",
        "Bath time, bedtime, stairs and car seats for children.",
        "getting-around-at-home",
        YOUNGER,
        [
            "Use a non-slip mat in the bath and stay with your child.",
            "Fit stair gates and keep the stairs clear.",
            "A low bed or a step can make getting in and out of bed easier.",
            "Check car seats fit your child's size and needs.",
        ],
        "If moving your child is hurting anyone, do not wait 12 weeks: ask us for help now.",
    ),
    topic(
        "moving-and-equipment-teenagers",
        "Moving around and equipment for teenagers",
        "Safer bathing, stairs and transfers as your child grows.",
        "getting-around-at-home",
        TEENS,
        [
            "Grab rails and a bath seat can make washing safer.",
            "Plan transfers, like bed to chair, so nobody lifts your teenager's full weight.",
            "Keep walking aids and equipment where they are needed.",
            "Ask about equipment before your teenager outgrows what they have.",
        ],
        "If moving your teenager is hurting anyone, do not wait 12 weeks: ask us for help now.",
    ),
    topic(
        "talking-and-listening-young-children",
        "Talking and listening with your child",
        "Everyday ways to help your child understand and be understood.",
        "talking-and-understanding",
        YOUNGER,
        [
            "Get down to your child's level and say their name before you talk.",
            "Use short sentences and show what you mean.",
            "Give your child time to answer. Count to 10 in your head.",
            "Repeat their words back the right way, without asking them to say it again.",
        ],
        ASK,
    ),
    topic(
        "talking-and-understanding-teenagers",
        "Talking and understanding for teenagers",
        "Help your teenager follow instructions and join in conversations.",
        "talking-and-understanding",
        TEENS,
        [
            "Give one instruction at a time, and check they have understood.",
            "Write down plans and lists as well as saying them.",
            "Practise tricky conversations, like asking a teacher for help.",
            "Ask school if words for new topics can be shared in advance.",
        ],
        ASK,
    ),
]
