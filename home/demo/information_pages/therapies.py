"""What occupational therapy and speech and language therapy are, and who does what."""

from home.demo.blocks import CHECK_YOUR_CHILDS_NEEDS, REFER_ONLINE, REVIEWED, care_card, details, do_list, inset, rich

ABOUT_OCCUPATIONAL_THERAPY = {
    "slug": "about-occupational-therapy",
    "title": "About occupational therapy",
    "show_in_menus": True,
    "summary": "What a children's occupational therapist does, and how they help your child with everyday skills.",
    "body": [
        rich(
            "<h2>What occupational therapy is</h2>"
            "<p>Occupational therapy helps children do the things they need and want to do each day. "
            "For a child, this means things like playing, getting dressed, eating and learning at school.</p>"
            "<p>An occupational therapist is often called an OT. An OT looks at three things: "
            "your child, the tasks they find hard, and the places where they spend their day. "
            "Then the OT finds ways to make those tasks easier.</p>"
            "<h2>Skills we help with</h2>"
            "<ul>"
            "<li>getting dressed and undressed</li>"
            "<li>eating with a spoon, fork and knife</li>"
            "<li>using the toilet, washing and brushing teeth</li>"
            "<li>drawing, writing and using scissors</li>"
            "<li>balance, coordination and joining in with PE</li>"
            "<li>coping with noise, touch and other senses</li>"
            "<li>playing and joining in with others</li>"
            "<li>staying safe at home, with equipment if needed</li>"
            "</ul>"
        ),
        inset(
            "<p>An OT does not try to change who your child is. "
            "They help your child take part in daily life in a way that works for them.</p>"
        ),
        rich(
            "<h2>What an appointment looks like</h2>"
            "<p>The first appointment may be at a clinic, at home, or at your child's nursery or school. "
            "It usually lasts about an hour.</p>"
            "<p>The OT will:</p>"
            "<ul>"
            "<li>ask what your child finds hard, and what matters most to you both</li>"
            "<li>watch your child play or try some everyday tasks</li>"
            "<li>agree some goals with you</li>"
            "</ul>"
            "<p>Many children do not need lots of sessions. "
            "Often the OT gives you a plan to use at home and school, then checks how it is going.</p>"
        ),
        details(
            "How to get your child ready for the first visit",
            "<p>Tell your child they will meet someone who helps children with everyday things. "
            "Say they might play some games.</p>"
            "<p>Dress your child in clothes they can move in easily. "
            "Bring their glasses or any equipment they use. "
            "Bring any reports from school or other therapists, if you have them.</p>",
        ),
        rich(
            "<h2>How families are involved</h2>"
            "<p>You know your child best, so the OT will work with you as a team. "
            "You will practise the ideas at home, in short bursts, most days. "
            "Small changes, done often, make the biggest difference.</p>"
            "<p>If you agree, the OT may also talk to your child's nursery or school. "
            "Then everyone can work on the same goals.</p>"
        ),
        do_list(
            "tell us what your child enjoys and what they are good at",
            "ask questions if something is not clear",
            "practise the ideas little and often",
            "tell us if a plan is not working for your family",
            heading="How you can help",
        ),
        CHECK_YOUR_CHILDS_NEEDS,
        REFER_ONLINE,
    ],
    **REVIEWED,
}

ABOUT_SPEECH_AND_LANGUAGE_THERAPY = {
    "slug": "about-speech-and-language-therapy",
    "title": "About speech and language therapy",
    "show_in_menus": True,
    "summary": "What a children's speech and language therapist does, and how they help your child to talk, understand and eat.",
    "body": [
        rich(
            "<h2>What speech and language therapy is</h2>"
            "<p>Speech and language therapy helps children who find it hard to talk, to understand, "
            "or to get on with other people. It also helps children who find it hard to eat, drink or swallow.</p>"
            "<p>A speech and language therapist is often called an SLT. "
            "Our SLTs work in the same teams as our occupational therapists. "
            "You use the same phone number and the same online form for both.</p>"
            "<h2>Things we help with</h2>"
            "<ul>"
            "<li>saying sounds and words clearly</li>"
            "<li>learning new words and putting words together</li>"
            "<li>understanding what other people say</li>"
            "<li>stammering</li>"
            "<li>taking turns, playing and making friends</li>"
            "<li>using signs, pictures or a device to talk</li>"
            "<li>eating, drinking and swallowing safely</li>"
            "</ul>"
        ),
        inset(
            "<p>Many children learn to talk at different speeds. "
            "If you are not sure, check your child's needs first. We will tell you if a referral is a good idea.</p>"
        ),
        rich(
            "<h2>What an appointment looks like</h2>"
            "<p>The first visit may be at a clinic, at home, or at your child's nursery or school. "
            "It usually lasts about an hour.</p>"
            "<p>The SLT will:</p>"
            "<ul>"
            "<li>ask what your child finds hard, and what matters most to you both</li>"
            "<li>play with your child and listen to how they talk</li>"
            "<li>agree some goals with you</li>"
            "</ul>"
            "<p>Often the SLT gives you games and ideas to use at home and school, then checks how it is going.</p>"
        ),
        do_list(
            "talk about what your child is doing as they play",
            "give your child time to answer",
            "read and sing together every day",
            "turn off the TV when you talk and play",
            heading="Things you can do today",
        ),
        care_card(
            "urgent",
            "Ask for an urgent GP appointment or call 111 if your child:",
            "often coughs or chokes when eating or drinking",
            "has a chest infection again and again",
            "stops being able to talk or understand as well as before",
        ),
        CHECK_YOUR_CHILDS_NEEDS,
        REFER_ONLINE,
    ],
    **REVIEWED,
}

WHO_DOES_WHAT = {
    "slug": "who-does-what",
    "title": "Who does what",
    "summary": "Lots of teams help children with everyday life. Find out what each team does and who to contact.",
    "body": [
        rich(
            "<p>It can be hard to know which team to ask. This page explains what each one does. "
            "If you are still not sure, call us. We will tell you where to go.</p>"
        ),
        details(
            "Occupational therapy (OT)",
            "<p>Helps children with everyday tasks. This includes dressing, eating, handwriting, play, "
            "and coping with noise, touch and other senses. "
            "OTs also check if a child needs equipment to be safe at home.</p>"
            '<p><b>Who to contact:</b> us. <a href="/how-to-get-help/">Find out how to get help</a>.</p>',
        ),
        details(
            "Physiotherapy",
            "<p>Helps with how a child's body moves. This includes walking, muscle strength, stiff joints, "
            "and getting better after an injury or an operation.</p>"
            "<p><b>Who to contact:</b> your GP, or the children's physiotherapy team at your local NHS trust.</p>",
        ),
        details(
            "Speech and language therapy (SLT)",
            "<p>Helps children to talk, to understand, and to use language with other people. "
            "It also helps children who find it hard to eat, drink or swallow.</p>"
            "<p><b>Who to contact:</b> us. Our speech and language therapists work beside our OTs, "
            "so you can use the same phone number. "
            '<a href="/about-speech-and-language-therapy/">Find out about speech and language therapy</a>.</p>',
        ),
        details(
            "Wheelchair service",
            "<p>Checks if your child needs a wheelchair or a special buggy for everyday use. "
            "The team gives you the chair, fits it to your child, and repairs it.</p>"
            "<p><b>Who to contact:</b> your GP, therapist or hospital doctor can refer your child "
            "to the local NHS wheelchair service.</p>",
        ),
        details(
            "Community equipment service",
            "<p>Delivers, fits and collects equipment that helps children stay safe at home. "
            "Examples are bath seats, toilet frames, special chairs and hoists.</p>"
            "<p><b>Who to contact:</b> an OT or another professional needs to check what your child needs first. "
            "They order the equipment for you. "
            "If equipment breaks, call the equipment service. Their number is usually on a label on the equipment.</p>",
        ),
        details(
            "Home adaptations (Disabled Facilities Grant)",
            "<p>Bigger changes to your home, like a ramp, a stair lift, a downstairs bathroom or wider doors. "
            "Your local council may pay for some or all of the work with a Disabled Facilities Grant. "
            "For a disabled child, the council does not look at how much money your family has.</p>"
            "<p><b>Who to contact:</b> the housing or adaptations team at your local council. "
            "An OT will usually visit first to check what your child needs.</p>",
        ),
        details(
            "Help at school or nursery: SEN support and EHCPs",
            "<p>Every school and nursery must help children with special educational needs and disabilities (SEND). "
            "This is called SEN support. The person who plans it is the SENCo.</p>"
            "<p>Some children need more help than the school can give. "
            "Then the council can check if your child needs an education, health and care plan (EHCP). "
            "You or the school can ask the council for this check.</p>"
            "<p><b>Who to contact:</b> your child's teacher or SENCo first. "
            "For an EHCP, the special educational needs (SEN) team at your local council.</p>",
        ),
        details(
            "Children's doctor (paediatrician)",
            "<p>A paediatrician is a doctor for children. They check how a child is growing and learning. "
            "They also check for conditions like autism, ADHD and developmental coordination disorder (DCD).</p>"
            "<p><b>Who to contact:</b> your GP or health visitor can refer your child.</p>",
        ),
        details(
            "Mental health (CAMHS)",
            "<p>Children and young people's mental health services (CAMHS) help children who feel very worried, "
            "sad or angry, or who find it hard to cope.</p>"
            "<p><b>Who to contact:</b> your GP, or your child's school. Some areas let you refer your child yourself.</p>",
        ),
        details(
            "Social care (children's services)",
            "<p>Social care can give your family extra help at home. "
            "This could be short breaks for a disabled child, or support for parents and carers.</p>"
            "<p><b>Who to contact:</b> children's services at your local council. "
            "If you think a child is not safe, call them straight away.</p>",
        ),
        details(
            "The Local Offer",
            "<p>Every council has a Local Offer. It is a website that lists help for children with SEND "
            "in your area. It covers schools, health, social care, clubs and support groups.</p>"
            "<p><b>Where to find it:</b> search for your council's name and Local Offer.</p>",
        ),
        inset(
            "<p>If equipment breaks and your child is not safe without it, "
            "call the equipment service straight away. Do not wait for your next appointment.</p>"
        ),
    ],
    **REVIEWED,
}
