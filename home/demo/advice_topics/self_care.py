"""Advice topics on everyday self-care: dressing, eating with cutlery, the toilet and washing."""

from home.demo.advice_topics.common import (
    ASK_GP_OR_HEALTH_VISITOR,
    ASK_OUR_SERVICE,
    GIVE_IT_12_WEEKS,
    topic,
)
from home.demo.blocks import care_card, do_list, dont_list, rich, warning

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
