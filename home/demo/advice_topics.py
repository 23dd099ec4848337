"""Advice topics: ideas families can use at home, tagged by area of daily life and age band.

Each topic says what is typical for the age, gives things to try for about 12 weeks, and
ends with when to ask for more help.
"""

from home.demo.information_pages import (
    CHECK_YOUR_CHILDS_NEEDS,
    REVIEWED,
    care_card,
    do_list,
    dont_list,
    inset,
    rich,
    warning,
)

ASK_OUR_SERVICE = "Ask for help from our service if:"
ASK_GP_OR_HEALTH_VISITOR = "Speak to your GP or health visitor if:"

GIVE_IT_12_WEEKS = inset(
    "<p><b>Give it 12 weeks.</b> New skills take time to grow. "
    "Use these ideas most days for about 12 weeks. "
    "Write down what you try and what changes. It will help if you talk to us later.</p>"
)


def topic(slug, title, summary, areas, age_bands, body):
    return {
        "slug": slug,
        "title": title,
        "summary": summary,
        "areas": areas,
        "age_bands": age_bands,
        "body": [*body, CHECK_YOUR_CHILDS_NEEDS],
        **REVIEWED,
    }


GETTING_DRESSED = topic(
    "getting-dressed",
    "Getting dressed",
    "Help your child learn to put on clothes, do up buttons and zips, and put on shoes.",
    ["getting-dressed"],
    ["under-5", "5-to-11"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<p>Every child learns at their own speed. As a rough guide:</p>"
            "<ul>"
            "<li>at 2, most children can take off socks, hats and loose clothes</li>"
            "<li>at 3, most can pull trousers up and down and put on a coat with help</li>"
            "<li>at 4 to 5, most can dress themselves, but need help with buttons and zips</li>"
            "<li>at 5 to 6, most can do big buttons and Velcro shoes</li>"
            "<li>tying shoelaces often comes later, at about 6 to 8</li>"
            "</ul>"
        ),
        do_list(
            "practise when you are not in a rush, like at weekends or at bedtime",
            "help with the first steps, then let your child do the last step on their own",
            "let your child sit on the floor or a low step to dress, so they do not wobble",
            "lay clothes out in the order they go on",
            "choose loose clothes with big buttons, and add a key ring to zips to make them easier to pull",
            "stick half a sticker inside each shoe, so the picture is whole when the shoes are on the right feet",
        ),
        dont_list(
            "practise new skills on a busy school morning",
            "start with small buttons: big ones are easier to learn first",
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_OUR_SERVICE,
            "your child is 5 or older and needs full help to get dressed",
            "your child is 7 or older and cannot do buttons or zips at all",
            "getting dressed leads to a long struggle most days",
            "you have used these ideas for 12 weeks and your child still finds dressing very hard",
        ),
    ],
)

USING_CUTLERY = topic(
    "using-cutlery",
    "Using a spoon, fork and knife",
    "Ideas to help your child feed themselves and learn to use a spoon, fork and knife.",
    ["eating-and-drinking"],
    ["under-5", "5-to-11"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<ul>"
            "<li>at about 1, most children feed themselves with their fingers and start to use a spoon</li>"
            "<li>at 2, most can use a spoon with less mess and drink from an open cup with some spills</li>"
            "<li>at 3 to 4, most can use a fork</li>"
            "<li>at 5 to 7, most start to spread and cut soft food with a knife</li>"
            "<li>cutting harder food, like meat, can take until about 8 or 9</li>"
            "</ul>"
            "<p>Mess is normal. It is how children learn.</p>"
        ),
        do_list(
            "sit your child with their feet flat on the floor or on a box, and the table at tummy height",
            "use child-sized cutlery with thick handles",
            "put a damp cloth or a non-slip mat under the plate so it does not slide",
            "show your child how to put a pointing finger on the back of the fork and knife",
            "practise cutting soft food first, like banana, pasta or fish fingers",
            "eat together, so your child can copy you",
        ),
        dont_list(
            "tell your child off for mess",
            "practise new skills when your child is very hungry or tired",
        ),
        warning(
            "Coughing or choking when eating",
            "<p>If your child often coughs, chokes or struggles to breathe when eating or drinking, "
            "speak to your GP today. They will need to check how your child swallows.</p>",
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_OUR_SERVICE,
            "your child is 5 or older and cannot feed themselves with a spoon or fork",
            "your child is 9 or older and cannot use a knife and fork together",
            "your child cannot sit on a chair long enough to eat a meal",
            "mealtimes are still a struggle most days after 12 weeks of trying these ideas",
        ),
    ],
)

TOILET_AND_WASHING = topic(
    "toilet-training-and-washing",
    "Toilet training and washing routines",
    "Help your child learn to use the toilet, wash their hands and brush their teeth.",
    ["personal-care"],
    ["under-5", "5-to-11"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<ul>"
            "<li>most children are ready to start toilet training between 2 and 3</li>"
            "<li>most children are dry in the day by about 4</li>"
            "<li>being dry at night often takes longer, and many 5 year olds still wet the bed sometimes</li>"
            "<li>children need an adult to help brush their teeth until they are about 7</li>"
            "</ul>"
            "<p>Your child may be ready for toilet training if:</p>"
            "<ul>"
            "<li>they know when their nappy is wet or dirty</li>"
            "<li>they stay dry for 1 to 2 hours</li>"
            "<li>they are interested when others use the toilet</li>"
            "</ul>"
        ),
        do_list(
            "sit your child on the toilet for a few minutes after meals, at the same times each day",
            "use a step and a child seat, so their feet are flat and they feel safe",
            "put pictures of each step by the sink: wet, soap, rub, rinse, dry",
            "sing a short song while your child washes their hands, so they keep going for about 20 seconds",
            "dress your child in trousers with an elastic waist that are easy to pull down",
            "praise your child for trying, not just for getting it right",
        ),
        dont_list(
            "tell your child off for accidents",
            "make your child sit on the toilet for more than about 5 minutes",
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_GP_OR_HEALTH_VISITOR,
            "your child is 5 or older and still wets or soils themselves in the day most days",
            "your child has pain when they poo, or poos fewer than 3 times a week",
            "your child was dry for 6 months or more and has started wetting again",
            "using the toilet upsets your child a lot",
        ),
        rich("<p>If your child needs equipment to use the toilet or bath safely, ask for help from our service.</p>"),
    ],
)

PENCIL_GRIP_AND_HANDWRITING = topic(
    "pencil-grip-and-handwriting",
    "Pencil grip and handwriting",
    "Ideas to help your child hold a pencil comfortably and form letters at school.",
    ["hand-skills"],
    ["5-to-11"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<p>Young children often hold a crayon in their fist. "
            "By about 5, many hold a pencil with their thumb and 2 fingers. "
            "At 5, most can copy a circle, a cross, a square and some letters. "
            "By 7, most write letters that are about the same size and sit on the line.</p>"
            "<p>There is more than one good way to hold a pencil. "
            "The best grip is one that is comfortable and does not hurt.</p>"
        ),
        do_list(
            "warm up hands before writing, by squeezing play dough or pushing hands hard against a wall",
            "give your child short pencils or broken crayons, which help them use their fingertips",
            "tape paper to a wall or an easel, so your child draws on an upright surface",
            "check your child sits with their feet flat and the table at about elbow height",
            "practise letter shapes with a finger in sand, flour or shaving foam",
            "keep practice short, about 5 to 10 minutes at a time",
        ),
        dont_list(
            "force a new grip if your child's grip works and does not hurt",
            "correct every mistake: praise what your child does well",
        ),
        inset(
            "<p>Talk to your child's teacher or the school's special educational needs coordinator (SENCO). "
            "They may already have ideas or a plan to help.</p>"
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_OUR_SERVICE,
            "your child is 7 or older and their writing is very hard to read",
            "your child's hand hurts or gets very tired when they write",
            "your child cannot keep up with written work at school, even with help from school",
            "you have used these ideas for 12 weeks and nothing has changed",
        ),
    ],
)

USING_SCISSORS = topic(
    "using-scissors",
    "Using scissors",
    "Help your child learn to snip, then cut along lines and cut out shapes.",
    ["hand-skills"],
    ["under-5", "5-to-11"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<ul>"
            "<li>at 2 to 3, most children can make small snips in paper</li>"
            "<li>at 3 to 4, most can cut across a strip of paper</li>"
            "<li>at 4 to 5, most can cut along a straight line</li>"
            "<li>at 5 to 6, most can cut out a circle or a square</li>"
            "</ul>"
        ),
        do_list(
            "use child safety scissors that fit small hands",
            "use left-handed scissors if your child is left-handed",
            "remind your child to keep their thumb on top: 'thumbs up'",
            "start by snipping play dough, straws or thin card, which are easier than floppy paper",
            "draw thick, bold lines for your child to follow",
            "teach your child to hold and turn the paper with their other hand",
        ),
        dont_list(
            "leave your child alone with sharp adult scissors",
            "expect neat shapes before your child can snip easily",
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_OUR_SERVICE,
            "your child is 6 or older and cannot cut along a straight line",
            "your child cannot open and close scissors, even ones that spring open on their own",
            "your child gets very upset or avoids activities that use scissors",
            "you have used these ideas for 12 weeks and nothing has changed",
        ),
    ],
)

BALANCE_AND_RIDING_A_BIKE = topic(
    "balance-coordination-and-riding-a-bike",
    "Balance, coordination and learning to ride a bike",
    "Ideas to help your child with balance, ball games, PE and learning to ride a bike.",
    ["movement-and-coordination"],
    ["under-5", "5-to-11"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<ul>"
            "<li>at 3, most children can run, climb and pedal a tricycle</li>"
            "<li>at 4, most can hop on one foot and catch a big ball with their arms</li>"
            "<li>at 5 to 6, most can stand on one leg for a few seconds and start to skip</li>"
            "<li>many children learn to ride a bike without stabilisers between 4 and 8</li>"
            "</ul>"
            "<p>Some children find these skills harder. They may trip a lot, bump into things, or avoid PE.</p>"
        ),
        do_list(
            "start with a balance bike, or take the pedals off a small bike",
            "lower the seat so both your child's feet touch the ground",
            "practise on flat, smooth ground or on a gentle grassy slope",
            "make obstacle courses at the park: over, under and through",
            "play catch with a balloon or a big soft ball, which move more slowly",
            "make a game of standing on one leg, for example while brushing teeth",
        ),
        dont_list(
            "use stabilisers for a long time, because they stop your child learning to balance",
            "compare your child with brothers, sisters or friends",
        ),
        warning(
            "If your child is losing skills",
            "<p>Speak to your GP within a few days if your child:</p>"
            "<ul>"
            "<li>starts to walk differently</li>"
            "<li>gets weaker</li>"
            "<li>can no longer do things they used to do</li>"
            "</ul>",
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_OUR_SERVICE,
            "your child trips or falls much more than other children their age",
            "your child often gets hurt from bumps and falls",
            "your child avoids PE or playground games because they find them too hard",
            "you have used these ideas for 12 weeks and nothing has changed",
        ),
    ],
)

SENSORY_STRATEGIES = topic(
    "coping-with-noise-clothes-and-senses",
    "Coping with noise, clothes and other senses",
    "Ideas for children and young people who are upset by noise, clothing labels, touch or busy places.",
    ["sensory-processing"],
    ["under-5", "5-to-11", "12-to-18"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<p>We all react to sounds, touch, smells and movement in our own way. "
            "Some children are upset by loud noise, labels in clothes, or messy hands. "
            "Others look for more movement and touch, like spinning, crashing or chewing.</p>"
            "<p>This is common. It only needs more help when it stops your child doing everyday things.</p>"
        ),
        do_list(
            "keep a diary of what upsets your child and what helps them calm down",
            "tell your child what will happen before you go somewhere noisy or busy",
            "offer ear defenders or headphones in loud places, but not all day",
            "cut out labels, choose soft clothes and seamless socks, and wash new clothes before they are worn",
            "give your child a quiet space where they can calm down",
            "try 'heavy work' like carrying shopping or pushing a trolley, which helps some children feel calm",
        ),
        dont_list(
            "force your child to touch or wear things that upset them",
            "punish reactions your child cannot control",
        ),
        inset(
            "<p><b>For teenagers:</b> help them make their own plan. "
            "This might be headphones on the bus. "
            "Or they could ask school if they can leave class early, to miss the busy corridors.</p>"
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_OUR_SERVICE,
            "reactions to noise, touch or clothes stop your child going to nursery, school or clubs",
            "your child can only wear a very few items of clothing",
            "your child eats only a few foods because of how they feel in their mouth",
            "your child often hurts themselves or others when they are overwhelmed",
            "you have used these ideas for 12 weeks and they have not helped enough",
        ),
    ],
)

ORGANISED_AT_SECONDARY_SCHOOL = topic(
    "getting-organised-at-secondary-school",
    "Getting organised at secondary school",
    "Ideas to help young people manage timetables, homework, equipment and written work.",
    ["hand-skills"],
    ["12-to-18"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<p>Secondary school brings lots of new things at once. There are timetables, different rooms, "
            "homework deadlines and more writing. Many young people find this hard at first. "
            "Most settle in during their first year.</p>"
        ),
        do_list(
            "use a planner or a phone calendar with reminders for homework",
            "give each subject a colour, and use it on the timetable and on book covers",
            "pack the school bag the night before, using a checklist on the bedroom door",
            "learn to touch type, and ask the school about using a laptop for longer pieces of work",
            "take a photo of homework instructions, if the school allows it",
            "break big tasks into small steps, and give each step a date",
        ),
        dont_list(
            "do everything for your young person: help them build a system that works for them",
            "wait until exams to ask the school for support",
        ),
        inset(
            "<p>Talk to the school's special educational needs coordinator (SENCO). "
            "Schools can make changes, like extra time, a laptop or printed notes. "
            "For exams, these are called access arrangements.</p>"
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_OUR_SERVICE,
            "handwriting is so slow or painful that your young person cannot finish their work, even with a laptop",
            "dressing, washing or making a simple meal is much harder for them than for others their age",
            "they still cannot keep up at school after a term of support from the school",
        ),
        rich("<p>If your young person feels very low or worried most days, speak to your GP.</p>"),
    ],
)

PLAY_FOR_HAND_STRENGTH = topic(
    "play-ideas-to-build-hand-strength",
    "Play ideas to build hand strength",
    "Fun, everyday games that build strong hands, ready for dressing, eating and drawing.",
    ["play-and-leisure", "hand-skills"],
    ["under-5"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<p>Young children build strong hands through play. "
            "They squeeze, pull, push, build and climb. "
            "Strong hands help later with dressing, using cutlery and holding a crayon.</p>"
            "<p>You do not need special toys. Everyday things at home work well.</p>"
        ),
        do_list(
            "squeeze, roll and pinch play dough, and hide things in it for your child to find",
            "clip clothes pegs onto the edge of a box or a bowl",
            "tear paper into strips, then scrunch it into balls to throw",
            "play with water: squeeze sponges and squeezy bottles at bath time",
            "build with blocks or bricks that push together",
            "crawl through tunnels and climb at the park, so your child takes their weight on their hands",
        ),
        warning(
            "Watch out for small things",
            "<p>Small things like beads, buttons and coins can cause choking. "
            "Stay with your child when they play with them, and put them away afterwards.</p>",
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_GP_OR_HEALTH_VISITOR,
            "your child always uses one hand and seems to ignore the other",
            "your child's hands seem much weaker or floppier than other children's",
            "your child shows no interest in playing with toys",
            "you have tried these ideas for 12 weeks and see no change",
        ),
    ],
)

TALKING_AND_UNDERSTANDING = topic(
    "helping-your-child-talk-and-understand",
    "Helping your child talk and understand",
    "Everyday ways to help your child learn words, follow instructions and join in with conversations.",
    ["talking-and-understanding"],
    ["under-5", "5-to-11"],
    [
        rich(
            "<h2>What is typical</h2>"
            "<ul>"
            "<li>at about 1, most children say their first words</li>"
            "<li>at 2, most use about 50 words and start to put 2 words together, like 'more milk'</li>"
            "<li>at 3, most talk in short sentences, and people who know them understand most of it</li>"
            "<li>at 4 to 5, most can tell a simple story, and most people understand them</li>"
            "</ul>"
            "<p>Many young children stammer for a while between 2 and 5. Often it goes away on its own.</p>"
        ),
        do_list(
            "get down to your child's level so they can see your face",
            "talk about what your child is doing, like 'You are building a tall tower'",
            "wait for your child to answer: count to 10 in your head",
            "say words back the right way, like 'Yes, a big dog', instead of correcting them",
            "share a book every day",
            "give one short instruction at a time, and point or show as you say it",
        ),
        dont_list(
            "ask your child to say words again until they get them right",
            "finish your child's sentences for them",
            "ask lots of questions in a row: comment on what they are doing instead",
        ),
        GIVE_IT_12_WEEKS,
        care_card(
            "non-urgent",
            ASK_GP_OR_HEALTH_VISITOR,
            "your child is 18 months old and is not saying any words",
            "your child is 3 and people who know them cannot understand most of what they say",
            "your child does not understand simple instructions, like 'get your shoes'",
            "your child stammers and it upsets them",
            "you are worried about your child's hearing",
        ),
        rich(
            "<p>You can also ask our speech and language therapists for help. "
            'Use the same phone number as our OTs: <a href="tel:03001234567">0300 123 4567</a>.</p>'
        ),
    ],
)

SAFE_AT_HOME = topic(
    "moving-bathing-and-staying-safe-at-home",
    "Moving, bathing and staying safe at home",
    "How to keep you and your child safe on the stairs, at bath time, and when moving around your home.",
    ["getting-around-at-home"],
    ["under-5", "5-to-11", "12-to-18"],
    [
        care_card(
            "urgent",
            "Call us today if:",
            "anyone is getting hurt, or could get hurt, when your child is lifted, moved or bathed",
            "your child has just come home from hospital and needs equipment to be safe",
        ),
        rich(
            "<p>We aim to contact you within 2 working days about urgent worries like these. "
            "If we are closed and someone has been hurt, call 111. In an emergency, call 999.</p>"
            "<h2>What is typical</h2>"
            "<p>Some children need more help to move around as they grow. "
            "As they get bigger and heavier, lifting and carrying gets harder for the adults who care for them. "
            "An OT can show you safer ways to help, and check if equipment would make things easier.</p>"
        ),
        do_list(
            "let your child do as much as they can for themselves",
            "use a non-slip mat in the bath, and check the water is not too hot before your child gets in",
            "kneel or squat to help your child, instead of bending your back",
            "plan each move before you start, and clear things out of the way",
            "fit a stair gate if your child is not safe on the stairs on their own",
        ),
        dont_list(
            "lift a heavy child on your own if it hurts you",
            "buy costly equipment before an OT has checked what your child needs",
        ),
        inset(
            "<p>Some of these ideas take time, like practising getting in and out of the bath. "
            "Use them most days for about 12 weeks. "
            "But do not wait if anyone could get hurt: call us straight away.</p>"
        ),
        care_card(
            "non-urgent",
            ASK_OUR_SERVICE,
            "lifting or carrying your child is getting hard",
            "your child cannot get in or out of the bath safely",
            "your child needs help to get in and out of bed or the car",
            "you are thinking about changes to your home, like a ramp or a stair lift",
        ),
    ],
)

ADVICE_TOPICS = [
    GETTING_DRESSED,
    USING_CUTLERY,
    TOILET_AND_WASHING,
    PENCIL_GRIP_AND_HANDWRITING,
    USING_SCISSORS,
    BALANCE_AND_RIDING_A_BIKE,
    SENSORY_STRATEGIES,
    ORGANISED_AT_SECONDARY_SCHOOL,
    PLAY_FOR_HAND_STRENGTH,
    TALKING_AND_UNDERSTANDING,
    SAFE_AT_HOME,
]
