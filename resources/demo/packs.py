"""The demo resource packs. Written for teachers and SENCos: plain English, things to try in class.

Each pack is a list of sections (heading, points), loaded as the page's body. The PDF is rendered
from the published page (resources/pdf.py), so the two always say the same thing.
"""

PACKS = [
    {
        "slug": "handwriting-key-stage-2",
        "title": "Handwriting in key stage 2",
        "summary": "Quick checks and class strategies for pupils whose handwriting is slow, untidy or painful.",
        "audiences": ["primary"],
        "key_stages": ["ks2"],
        "topics": ["handwriting"],
        "sections": [
            (
                "Check the basics first",
                [
                    "Feet flat on the floor, hips and knees at right angles, table at elbow height when the arm hangs down.",
                    "Paper tilted slightly: to the left for right-handers, to the right for left-handers.",
                    "The other hand holds the paper still.",
                    "A pencil grip that is comfortable and does not hurt is fine, even if it looks unusual.",
                ],
            ),
            (
                "Strategies for the classroom",
                [
                    "Warm up for 2 minutes before writing: push-ups against the wall, squeezing putty, finger games.",
                    "Teach letter families together (c, a, d, g, o, q) and practise joins little and often.",
                    "Use paper with raised or coloured lines if the pupil struggles to keep letters on the line.",
                    "Reduce copying from the board: give a printed copy or a word bank on the desk.",
                    "Let the pupil show what they know in other ways: typing, a scribe, voice notes, mind maps.",
                ],
            ),
            (
                "When to ask for more help",
                [
                    "Follow the graduated approach: assess, plan, do and review for at least one term.",
                    "If writing still hurts, is very slow, or the pupil avoids it despite this help, talk to the family about a referral.",
                    "Send your review notes and a writing sample with the referral.",
                ],
            ),
        ],
    },
    {
        "slug": "getting-ready-to-write",
        "title": "Getting ready to write in the early years",
        "summary": "Play ideas that build the strength and control children need before they hold a pencil.",
        "audiences": ["early-years", "parents"],
        "key_stages": ["eyfs"],
        "topics": ["handwriting", "fine-motor"],
        "sections": [
            (
                "Big movements first",
                [
                    "Crawling through tunnels, climbing and wheelbarrow walks build shoulder strength.",
                    "Painting on an easel or a wall keeps the wrist in a good position.",
                    "Drawing big shapes in the air, in sand or with water and a brush outside.",
                ],
            ),
            (
                "Then small hand movements",
                [
                    "Playdough: roll, squash, pinch and cut it.",
                    "Pegs, tweezers and posting small objects into a pot with a slot.",
                    "Threading big beads, then smaller ones.",
                    "Short, chunky crayons encourage a finger grip instead of a fist.",
                ],
            ),
            (
                "Good to know",
                [
                    "Most children choose a hand by about age 4 to 5. Let them choose; do not swap it.",
                    "Praise effort and enjoyment, not neatness.",
                ],
            ),
        ],
    },
    {
        "slug": "scissor-skills-key-stage-1",
        "title": "Scissor skills in key stage 1",
        "summary": "Steps to teach cutting, and what to try when a child finds scissors hard.",
        "audiences": ["primary"],
        "key_stages": ["ks1"],
        "topics": ["fine-motor"],
        "sections": [
            (
                "Set the child up",
                [
                    "Thumb on top, in the small hole. Elbow close to the body.",
                    "The other hand holds and turns the paper, thumb on top.",
                    "Left-handed children need left-handed scissors.",
                ],
            ),
            (
                "Teach it in steps",
                [
                    "Snip the edges of thin card strips to make a fringe.",
                    "Cut across a strip along a thick line.",
                    "Cut a straight line across a sheet of paper.",
                    "Cut curves, then simple shapes like a square or a circle.",
                ],
            ),
            (
                "If it is still hard",
                [
                    "Try spring-loaded or loop scissors for a while, then go back to ordinary ones.",
                    "Use thicker paper or card: it is easier to control than thin paper.",
                    "Build hand strength with playdough, pegs and tearing paper.",
                ],
            ),
        ],
    },
    {
        "slug": "sensory-strategies-primary-classroom",
        "title": "Sensory strategies in the primary classroom",
        "summary": "Simple changes that help pupils who are upset by noise, touch or busy rooms, or who need to move.",
        "audiences": ["primary"],
        "key_stages": ["ks1", "ks2"],
        "topics": ["sensory"],
        "sections": [
            (
                "Notice the pattern",
                [
                    "Keep a short diary for two weeks: when, where, what happened before and after.",
                    "Look for triggers like noise, queues, assembly, PE changing or messy play.",
                ],
            ),
            (
                "Things to try",
                [
                    "A seat away from doors and busy walkways, with their back to the wall.",
                    "Movement breaks planned into the day, such as taking the register to the office.",
                    "Ear defenders for noisy times, offered as a choice and not a punishment.",
                    "A quiet space the pupil can ask to use, with a card if talking is hard.",
                    "A visual timetable so changes are not a surprise.",
                ],
            ),
            (
                "Review",
                [
                    "Try one or two changes at a time for at least 6 weeks and note what helps.",
                    "Share what works with the family and the next teacher.",
                ],
            ),
        ],
    },
    {
        "slug": "sensory-strategies-secondary-school",
        "title": "Sensory strategies at secondary school",
        "summary": "Help for young people who find corridors, canteens and changing rooms hard to manage.",
        "audiences": ["secondary"],
        "key_stages": ["ks3", "ks4"],
        "topics": ["sensory"],
        "sections": [
            (
                "Plan with the young person",
                [
                    "Ask them which places and times are hardest. They are the expert on their own senses.",
                    "Agree a plan together and write it on one page for every teacher.",
                ],
            ),
            (
                "Common adjustments",
                [
                    "Leave lessons 5 minutes early to avoid busy corridors.",
                    "A pass to use a quiet room at lunchtime or when overwhelmed.",
                    "Permission to wear a hoodie or use earphones without music at set times.",
                    "A choice of where to sit in exams, away from doors and windows.",
                    "A different changing space or time for PE.",
                ],
            ),
        ],
    },
    {
        "slug": "self-care-at-school",
        "title": "Self-care at school: toileting, dressing and lunchtime",
        "summary": "How to help young children become more independent in the toilet, at lunch and when changing for PE.",
        "audiences": ["early-years", "primary", "parents"],
        "key_stages": ["eyfs", "ks1"],
        "topics": ["self-care"],
        "sections": [
            (
                "Dressing for PE",
                [
                    "Practise with loose clothes a size bigger, with elastic waists and Velcro shoes.",
                    "Lay clothes out in order, face down, so the child can see what goes on first.",
                    "Teach one step at a time and let the child finish the last step themselves.",
                ],
            ),
            (
                "Toileting",
                [
                    "Give regular toilet reminders tied to the timetable, not just when asked.",
                    "A step under the feet helps children feel stable on the toilet.",
                    "Use a simple picture sequence on the wall: pants down, sit, wipe, flush, wash.",
                ],
            ),
            (
                "Lunchtime",
                [
                    "Open packets and cartons with the child in the morning so they can practise.",
                    "Non-slip mats stop plates sliding.",
                    "Cutlery with thicker handles is easier to grip.",
                ],
            ),
        ],
    },
    {
        "slug": "pe-and-movement",
        "title": "PE and movement for pupils with coordination difficulties",
        "summary": "Ways to include pupils who are clumsy, find ball games hard, or tire quickly in PE.",
        "audiences": ["primary", "secondary"],
        "key_stages": ["ks2", "ks3"],
        "topics": ["pe-movement"],
        "sections": [
            (
                "Set up for success",
                [
                    "Break new skills into small steps and show each one.",
                    "Use bigger, softer or slower balls, like beach balls or balloons, at first.",
                    "Give extra time to change, or let the pupil come to school in PE kit.",
                ],
            ),
            (
                "In the lesson",
                [
                    "Pair the pupil with a patient partner rather than picking teams.",
                    "Praise effort and personal progress, not only winning.",
                    "Offer roles like scorer or referee some of the time, not every time.",
                    "Daily short activities help more than one long session: balance, hopping, catching.",
                ],
            ),
        ],
    },
    {
        "slug": "equipment-at-school-and-home",
        "title": "Equipment at school and at home: who provides what",
        "summary": "Who pays for and provides equipment such as seating, writing aids and toilet equipment.",
        "audiences": ["primary", "secondary", "parents"],
        "key_stages": ["eyfs", "ks1", "ks2", "ks3", "ks4"],
        "topics": ["equipment"],
        "sections": [
            (
                "At school",
                [
                    "Schools provide low-cost classroom equipment from their own budget: pencil grips, sloped boards, wobble cushions, scissors.",
                    "Schools make reasonable adjustments under the Equality Act 2010 and may use SEN support funding.",
                    "Larger items for a named child, such as specialist seating, may be funded through an EHC plan.",
                ],
            ),
            (
                "At home",
                [
                    "The NHS children's therapy service assesses for and lends equipment needed for daily living at home, like bathing or toileting aids.",
                    "Adaptations to the home are arranged through the local council.",
                ],
            ),
            (
                "Before you buy",
                [
                    "Try low-cost ideas from our packs first and review them for a term.",
                    "Ask us if you are not sure: we can advise what is likely to help.",
                ],
            ),
        ],
    },
    {
        "slug": "handwriting-and-typing-secondary",
        "title": "Handwriting and typing at secondary school",
        "summary": "When to offer a laptop, and how to support written work and exams for slow or painful writers.",
        "audiences": ["secondary"],
        "key_stages": ["ks3", "ks4"],
        "topics": ["handwriting", "equipment"],
        "sections": [
            (
                "Support written work",
                [
                    "Give printed notes and partly filled worksheets so the pupil writes less.",
                    "Allow photos of the board.",
                    "Mark for content, not neatness.",
                ],
            ),
            (
                "Typing",
                [
                    "Teach touch typing early: 10 minutes a day with a free online course.",
                    "Typing is worth it when the pupil can type faster than they write.",
                    "Use a laptop in lessons for at least a term before using it in exams, as exam rules expect it to be the normal way of working.",
                ],
            ),
        ],
    },
    {
        "slug": "fine-motor-play-at-home",
        "title": "Fine motor play at home",
        "summary": "Everyday activities families can do at home to build hand skills for school.",
        "audiences": ["parents"],
        "key_stages": ["eyfs", "ks1"],
        "topics": ["fine-motor"],
        "sections": [
            (
                "In the kitchen",
                [
                    "Spreading, pouring, stirring and tearing lettuce.",
                    "Rolling pastry and cutting shapes.",
                ],
            ),
            (
                "At play time",
                [
                    "Building bricks, stickers, peg boards and threading.",
                    "Colouring on a vertical surface, such as paper taped to the fridge.",
                    "Playdough for 5 minutes a day.",
                ],
            ),
        ],
    },
]
