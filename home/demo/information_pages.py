"""The service's information pages, and the small helpers that build StreamField blocks.

The helpers live here because both this module and `advice_topics` use them, and `pages`
imports both: keeping them out of `pages` avoids a circular import.
"""

from django.utils import timezone

from home.models.pages import REVIEW_INTERVAL_MONTHS, add_months


def review_dates(months_ago, today=None):
    """Reviewed on the 1st of the month `months_ago` before this one, next due a review interval later.

    Relative to today, so the demo never shows a review date that has passed (or one in the future)
    by accident; the dates move on once a month, so within a month a second load changes nothing.
    """
    last = add_months((today or timezone.localdate()).replace(day=1), -months_ago)
    return {"last_reviewed": last, "next_review_due": add_months(last, REVIEW_INTERVAL_MONTHS)}


REVIEWED = review_dates(3)

SELF_ASSESSMENT_URL = "/self-assessment/"


def rich(html):
    return {"type": "rich_text", "value": html}


def inset(html):
    return {"type": "inset_text", "value": {"body": html}}


def warning(heading, html):
    return {"type": "warning_callout", "value": {"heading": heading, "body": html}}


def care_card(urgency, heading, *points):
    """An NHS care card: one call to action, then at most 5 specific points (urgent cards may add a 6th)."""
    limit = 5 if urgency == "non-urgent" else 6
    if len(points) > limit:
        raise ValueError(f"A {urgency} care card has at most {limit} points: {heading}")
    bullets = "".join(f"<li>{point}</li>" for point in points)
    return {"type": "care_card", "value": {"urgency": urgency, "heading": heading, "body": f"<ul>{bullets}</ul>"}}


def do_list(*items, heading=""):
    return {"type": "do_list", "value": {"heading": heading, "items": list(items)}}


def dont_list(*items, heading=""):
    return {"type": "dont_list", "value": {"heading": heading, "items": list(items)}}


def details(summary, html):
    return {"type": "details", "value": {"summary": summary, "body": html}}


def action_link(text, url):
    return {"type": "action_link", "value": {"text": text, "page": None, "external_url": url}}


CHECK_YOUR_CHILDS_NEEDS = action_link("Check your child's needs", SELF_ASSESSMENT_URL)
REFER_ONLINE = action_link("Refer online", "/refer/")
PHONE_LINK = '<a href="tel:03001234567">0300 123 4567</a>'
EMAIL_LINK = '<a href="mailto:childrens.therapy@example.nhs.uk">childrens.therapy@example.nhs.uk</a>'


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

COMPLAINTS_AND_FEEDBACK = {
    "slug": "complaints-and-feedback",
    "title": "Complaints and feedback",
    "summary": "How to tell us what went well, get help with a problem, or make a complaint.",
    "body": [
        rich(
            "<p>We want to hear from you, good or bad. It helps us make our service better. "
            "Telling us about a problem will not change the care your child gets.</p>"
            "<h2>Tell us what went well</h2>"
            "<p>If someone in our team helped you, tell us. We pass every compliment on to the staff it is about.</p>"
            f"<p>Email {EMAIL_LINK} or call us on {PHONE_LINK}.</p>"
            "<h2>If you are not happy</h2>"
            "<p>Talk to your child's therapist or your local team first. "
            "Most problems can be put right quickly.</p>"
            "<h2>Patient Advice and Liaison Service (PALS)</h2>"
            "<p>PALS can help if you have a worry or a problem, or you are not sure who to talk to. "
            "They listen, give advice and can help you make a complaint. It is free and private.</p>"
            '<p>Call PALS on <a href="tel:01632960500">01632 960 500</a>, Monday to Friday, 9am to 4pm.</p>'
            '<p>Email <a href="mailto:pals@example.nhs.uk">pals@example.nhs.uk</a>.</p>'
            "<h2>How to make a complaint</h2>"
            "<p>You can complain to the NHS trust that runs our service. "
            "Try to complain within 12 months of what happened.</p>"
            '<p>Email <a href="mailto:complaints@example.nhs.uk">complaints@example.nhs.uk</a>, '
            'call <a href="tel:01632960501">01632 960 501</a>, or write to: '
            "Complaints Team, Children's Therapy Service, County Hospital, North Road, Hertford, SG14 1LP.</p>"
            "<p>Tell us:</p>"
            "<ul>"
            "<li>your child's name and date of birth</li>"
            "<li>what happened, and when</li>"
            "<li>what you would like us to do</li>"
            "</ul>"
            "<p>We will tell you we have your complaint within 3 working days. "
            "Then we will agree with you how we will look into it, and when we will reply.</p>"
        ),
        inset(
            "<p>You can ask someone to complain for you, like a friend or an advocate. "
            "Your local council can give you a free advocate to help you complain about the NHS.</p>"
        ),
        rich(
            "<h2>If you are still not happy</h2>"
            "<p>If you are not happy with our reply, you can ask the "
            '<a href="https://www.ombudsman.org.uk/">Parliamentary and Health Service Ombudsman</a> '
            "to look at your complaint. The Ombudsman does not work for the NHS, and it is free.</p>"
            '<p>Call the Ombudsman on <a href="tel:03450154033">0345 015 4033</a>.</p>'
        ),
    ],
    **REVIEWED,
}

ACCESSIBILITY_STATEMENT = {
    "slug": "accessibility-statement",
    "title": "Accessibility statement",
    "summary": "How easy this website is to use, what does not work well yet, and how to report a problem.",
    "body": [
        rich(
            "<p>This statement is for the Children's Therapy Service website. "
            "The NHS trust that runs our service also runs this website.</p>"
            "<p>We want as many people as possible to be able to use it. For example, you should be able to:</p>"
            "<ul>"
            "<li>change colours, contrast and fonts with your browser or device settings</li>"
            "<li>zoom in up to 400% and still read all the text without scrolling sideways</li>"
            "<li>move around the website using just a keyboard</li>"
            "<li>use the website with speech recognition software</li>"
            "<li>listen to the website using a screen reader</li>"
            "</ul>"
            "<p>We have also tried to make the words as simple as we can.</p>"
            '<p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device '
            "easier to use if you have a disability.</p>"
            "<h2>Parts of this website that are not fully accessible</h2>"
            "<p>We know that:</p>"
            "<ul>"
            "<li>some PDF documents, mostly older ones, may not work well with a screen reader</li>"
            "<li>some videos come from other websites, and their captions may not be accurate</li>"
            "</ul>"
        ),
        inset(
            "<p><b>Need this information in another format?</b> "
            "We can give you information in large print, easy read, audio, braille or another language. "
            'Email <a href="mailto:childrens.therapy@example.nhs.uk">childrens.therapy@example.nhs.uk</a> '
            "or call 0300 123 4567. We will reply within 5 working days.</p>"
        ),
        rich(
            "<h2>Reporting a problem with this website</h2>"
            "<p>We are always trying to make this website better. "
            "Found a problem that is not listed here? Do you think we are not meeting the rules? "
            'Please email <a href="mailto:childrens.therapy@example.nhs.uk">childrens.therapy@example.nhs.uk</a>. '
            "Tell us the web address of the page and what went wrong.</p>"
            "<h2>Enforcement procedure</h2>"
            "<p>The Equality and Human Rights Commission (EHRC) checks that public sector websites "
            "follow the law on accessibility. The law is called "
            "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. "
            "We call these the accessibility regulations.</p>"
            "<p>Not happy with how we deal with your complaint? Contact the "
            '<a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.</p>'
            "<h2>Technical information about this website's accessibility</h2>"
            "<p>We are committed to making this website accessible, in line with the accessibility regulations.</p>"
            "<h3>Compliance status</h3>"
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. "
            "This website is partially compliant, because of the problems listed below.</p>"
            "<h3>Content that is not accessible</h3>"
            "<ul>"
            "<li>Some PDF documents do not have tags or headings. "
            "A screen reader may read them in the wrong order (WCAG 1.3.1 Info and Relationships). "
            "We are replacing the PDFs that families use most with web pages.</li>"
            "<li>Videos hosted on other websites may have automatic captions with mistakes "
            "(WCAG 1.2.2 Captions). Every video we add has a written transcript on the same page.</li>"
            "</ul>"
            "<h3>Content that is outside the regulations</h3>"
            "<p>We do not have to fix PDFs published before 23 September 2018, "
            "if they are not needed to use our services. "
            "If you need one of these documents in another format, ask us and we will help.</p>"
            "<h2>How we tested this website</h2>"
            "<p>We test new pages before we publish them. We use automated checks, and we also test by hand: "
            "with a keyboard only, with a screen reader, zoomed to 400%, and on a small phone screen.</p>"
            "<h2>Preparation of this statement</h2>"
            "<p>We prepared this statement on 1 September 2026. We will review it again by 1 September 2027.</p>"
        ),
    ],
    **REVIEWED,
}

PRIVACY_NOTICE = {
    "slug": "privacy-notice",
    "title": "Privacy notice",
    "summary": "What we collect when you use this website, why we need it, how long we keep it, and your rights.",
    "body": [
        rich(
            "<p>This notice explains how the Children's Therapy Service uses information about you and your child.</p>"
            "<p>The NHS trust that runs our service is the data controller. "
            "This means it decides how your information is used, and it must keep it safe.</p>"
            "<h2>What we collect</h2>"
            "<h3>When you check your child's needs</h3>"
            "<p>We keep your answers so that we can make the questions and advice better. "
            "We do not ask for your name. We do not keep your answers with anything that shows who you are.</p>"
            "<h3>When you make a referral</h3>"
            "<p>We collect your child's name, date of birth, address, GP, and school or nursery. "
            "We also collect what your child finds hard, and their NHS number if you give it.</p>"
            "<h3>When a school sends files with a referral</h3>"
            "<p>A school can add files to a referral, like assess, plan, do and review notes or a photo of "
            "your child's writing. We ask for them so your child's therapist can see what school has tried, "
            "and school does not have to send them again.</p>"
            "<p>Only staff in the team that receives the referral can open them. The files are not on a public "
            "web address. When a photo is added, we remove the details that show where it was taken (its location). "
            "The files are deleted with the referral details, 2 years after the referral is closed. "
            "Files added to a referral that is never sent are deleted within 2 days.</p>"
            "<h3>When you book a workshop</h3>"
            "<p>We collect your name and email address. We use them only to keep your place, email you about it "
            "and let you cancel. We do not ask about your child.</p>"
            "<h3>When you give us your contact details</h3>"
            "<p>We collect your name, your phone number or email address, and the best way to reach you. "
            "If a school or health worker makes the referral, we collect their details too.</p>"
            "<h3>When you give feedback</h3>"
            "<p>Please do not put names or other personal details in your feedback. "
            "We only use it to make the website and our service better.</p>"
        ),
        inset(
            "<p>You can check your child's needs without telling us your name. "
            "We only ask who you are if you choose to make a referral.</p>"
        ),
        rich(
            "<h2>Why we use it</h2>"
            "<p>We use your information to work out how we can help your child. "
            "We also use it to arrange appointments and to keep in touch with you.</p>"
            "<p>The law says we must have a lawful reason to use personal information. Our reasons are:</p>"
            "<ul>"
            "<li>UK GDPR Article 6(1)(e): we need it to carry out a public task, which is giving NHS care</li>"
            "<li>UK GDPR Article 9(2)(h): we need health information to give health and care services</li>"
            "</ul>"
            "<p>We also count referrals and answers, without names, to plan our services.</p>"
            "<h2>Who sees it</h2>"
            "<p>Only staff in your local team can see your child's referral. They need it to help your child. "
            "We do not sell your information, and we do not use it for marketing.</p>"
            "<p>We may share information with your GP or your child's school when it helps your child's care. "
            "We will tell you when we do this. "
            "We must also share information if the law says so, for example to keep a child safe.</p>"
            "<h2>How long we keep it</h2>"
            "<ul>"
            "<li><b>Answers about your child's needs</b> are kept without names, "
            "so nobody can tell they are yours. They are deleted 1 year after you finish the questions, "
            "and your return code stops working then.</li>"
            "<li><b>Referral details on this website</b> are deleted 2 years after the referral is closed.</li>"
            "<li><b>Training and workshop bookings</b> (names and email addresses) are deleted 30 days after the session.</li>"
            "<li><b>Your child's health record</b> is kept by the NHS trust until your child's 25th birthday. "
            "If your child was 17 when their care ended, it is kept until their 26th birthday.</li>"
            "</ul>"
            "<h2>Your rights</h2>"
            "<p>You have the right to:</p>"
            "<ul>"
            "<li>ask for a copy of the information we hold about you or your child</li>"
            "<li>ask us to correct information that is wrong</li>"
            "<li>object to how we use your information, or ask us to use less of it</li>"
            "<li>ask us to delete it, but we cannot delete health records that the law says we must keep</li>"
            "</ul>"
            "<p>It is usually free to ask. We will reply within 1 month.</p>"
            "<p>You can also choose whether your health information is used for research and planning. "
            'Find out about the <a href="https://www.nhs.uk/your-nhs-data-matters/">national data opt-out</a>.</p>'
            "<h2>Contact our Data Protection Officer</h2>"
            "<p>Have a question about your information, or want to use your rights? Email our "
            'Data Protection Officer at <a href="mailto:dpo@example.nhs.uk">dpo@example.nhs.uk</a>.</p>'
            "<h2>If you are not happy</h2>"
            "<p>You can complain to the "
            '<a href="https://ico.org.uk/make-a-complaint/">Information Commissioner\'s Office (ICO)</a>. '
            "It checks that organisations follow data protection law. You can call the ICO on 0303 123 1113.</p>"
        ),
    ],
    **REVIEWED,
}

CONTACT_US = {
    "slug": "contact-us",
    "title": "Contact us",
    "summary": "How to phone or email our team, and what to do if you are worried about your child's health.",
    "body": [
        rich("<h2>If you are worried about your child's health</h2>"),
        care_card(
            "urgent",
            "Ask for an urgent GP appointment or call 111 if:",
            "your child's health suddenly gets worse",
            "your child can no longer do things they could do before, like walking, eating or talking",
            "your child often coughs, chokes or struggles to breathe when eating or drinking",
            "you are worried about your child and cannot wait for us to call you back",
        ),
        rich(
            "<p>Call 999 if your child is seriously ill or injured, or their life is at risk.</p>"
            "<h2>Phone</h2>"
            '<p>Call us on <a href="tel:03001234567">0300 123 4567</a>.</p>'
            "<p>We are open Monday to Friday, 9am to 5pm. We are closed on bank holidays.</p>"
            "<p>Calls cost the same as calling a normal landline. They are often free with a mobile phone plan.</p>"
            "<h2>Email</h2>"
            '<p>Email us at <a href="mailto:childrens.therapy@example.nhs.uk">childrens.therapy@example.nhs.uk</a>. '
            "We aim to reply within 5 working days.</p>"
        ),
        warning(
            "Do not email us about urgent worries",
            "<p>We only read emails when we are open, and it may take a few days to reply. "
            "If you are worried about your child's health today, call your GP or 111.</p>",
        ),
        do_list(
            "your child's full name and date of birth",
            "your referral number, if you have one",
            "your child's NHS number, if you know it",
            heading="When you contact us, it helps to have",
        ),
        details(
            "If you need an interpreter or help to contact us",
            "<p>Tell us if you need an interpreter, including British Sign Language. It is free.</p>"
            "<p>If you are deaf or find it hard to hear or speak, you can use Relay UK. "
            "Dial 18001 and then 0300 123 4567.</p>",
        ),
    ],
    **REVIEWED,
}

INFORMATION_PAGES = [
    ABOUT_OCCUPATIONAL_THERAPY,
    ABOUT_SPEECH_AND_LANGUAGE_THERAPY,
    WHO_DOES_WHAT,
    ACCESSIBILITY_STATEMENT,
    PRIVACY_NOTICE,
    CONTACT_US,
    COMPLAINTS_AND_FEEDBACK,
]
