"""Advice topics on balance and movement, the senses, talking and understanding, and safety at home."""

from home.demo.advice_topics.common import (
    ASK_GP_OR_HEALTH_VISITOR,
    ASK_OUR_SERVICE,
    GIVE_IT_12_WEEKS,
    topic,
)
from home.demo.blocks import care_card, do_list, dont_list, inset, rich, warning

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
