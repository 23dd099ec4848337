"""How to reach the service, and how to complain or tell us what went well."""

from home.demo.blocks import EMAIL_LINK, PHONE_LINK, REVIEWED, care_card, details, do_list, inset, rich, warning

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
