"""What a public service must publish: its accessibility statement and its privacy notice."""

from home.demo.blocks import REVIEWED, inset, rich

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
            "<p>If you check again with your return code, we keep each check under that code, so you can see "
            "your child's progress. If you note the advice you tried, how often and for how long, we keep that "
            "with the code too. If you ask for a referral, your checks and notes go with it.</p>"
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
            "<li><b>Answers about your child's needs</b>, and notes of what you tried, are kept without names, "
            "so nobody can tell they are yours. Each check is deleted 1 year after you finish the questions, "
            "and each note 1 year after you write it. Your return code stops working when its last check "
            "is deleted.</li>"
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
