"""Advice topics on hand skills and school: pencils, scissors, hand strength, getting organised."""

from home.demo.advice_topics.common import (
    ASK_GP_OR_HEALTH_VISITOR,
    ASK_OUR_SERVICE,
    GIVE_IT_12_WEEKS,
    topic,
)
from home.demo.blocks import care_card, do_list, dont_list, inset, rich, warning

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
