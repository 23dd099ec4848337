"""Urdu words for How to get help (/how-to-get-help/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
    "Who can ask us for help, how to do it, and what happens next.": (
        "کون ہم سے مدد مانگ سکتا ہے، یہ کیسے کریں، اور اس کے بعد کیا ہوتا ہے۔"
    ),
    "Ways to get help": "مدد حاصل کرنے کے طریقے",
    "Answer some questions about your child. We show you advice that fits, and tell you if a referral is a good "
    "idea. It takes about 10 minutes.": (
        "اپنے بچے کے بارے میں کچھ سوالوں کے جواب دیں۔ ہم آپ کو مناسب مشورہ دکھائیں گے۔ ہم یہ بھی بتائیں گے کہ "
        "کیا ریفرل کرنا اچھا ہے۔ اس میں تقریباً 10 منٹ لگتے ہیں۔"
    ),
    "Join a free workshop": "مفت ورکشاپ میں شامل ہوں",
    "Our workshops for parents and carers give you ideas to try at home. You do not need a referral. "
    '<a id="a1">Find a workshop</a>.': (
        "والدین اور دیکھ بھال کرنے والوں کے لیے ہماری ورکشاپس میں آپ کو گھر پر آزمانے کے طریقے ملتے ہیں۔ "
        'آپ کو ریفرل کی ضرورت نہیں۔ <a id="a1">ورکشاپ تلاش کریں</a>۔'
    ),
    "Refer your child yourself": "اپنے بچے کا ریفرل خود کریں",
    "If you are a parent or carer, you can ask us to see your child. You do not need to see a GP first. It "
    "takes about 10 minutes.": (
        "اگر آپ والدین یا دیکھ بھال کرنے والے ہیں تو آپ خود ہم سے کہہ سکتے ہیں کہ ہم آپ کے بچے کو دیکھیں۔ "
        "پہلے جی پی (اپنے ڈاکٹر) کے پاس جانا ضروری نہیں۔ اس میں تقریباً 10 منٹ لگتے ہیں۔"
    ),
    "Ask your child's school or nursery": "اپنے بچے کے اسکول یا نرسری سے کہیں",
    "A school or nursery can refer your child, but only if you agree. They will ask you first.": (
        "اسکول یا نرسری آپ کے بچے کا ریفرل کر سکتے ہیں، لیکن صرف آپ کی اجازت سے۔ وہ پہلے آپ سے پوچھیں گے۔"
    ),
    "Ask your GP or another health professional": "اپنے جی پی یا کسی اور ہیلتھ پروفیشنل سے کہیں",
    "Your GP, health visitor, school nurse or another therapist can refer your child. They can use the same "
    "online form.": (
        "آپ کا جی پی، ہیلتھ وزیٹر، اسکول نرس یا کوئی اور تھراپسٹ آپ کے بچے کا ریفرل کر سکتا ہے۔ وہ یہی "
        "آن لائن فارم استعمال کر سکتے ہیں۔"
    ),
    "Who we can help": "ہم کس کی مدد کرتے ہیں",
    "children and young people aged 0 to 18": "0 سے 18 سال تک کے بچے اور نوجوان",
    "who live in our area, or whose GP is in our area": "جو ہمارے علاقے میں رہتے ہیں، یا جن کا جی پی ہمارے علاقے میں ہے",
    "What happens after a referral": "ریفرل کے بعد کیا ہوتا ہے",
    "We tell you we have the referral, usually within 1 week.": (
        "ہم آپ کو بتاتے ہیں کہ ریفرل ہمیں مل گیا ہے۔ عام طور پر 1 ہفتے کے اندر۔"
    ),
    "A therapist reads it within about 2 weeks, and may phone you.": (
        "ایک تھراپسٹ تقریباً 2 ہفتوں میں اسے پڑھتا ہے، اور ہو سکتا ہے آپ کو فون کرے۔"
    ),
    "We tell you what we can offer: advice, a group, or an appointment.": (
        "ہم بتاتے ہیں کہ ہم کیا دے سکتے ہیں: مشورہ، گروپ، یا اپائنٹمنٹ۔"
    ),
    "If the referral is urgent, we aim to contact you within 2 working days.": (
        "اگر ریفرل فوری ہے تو ہماری کوشش ہوتی ہے کہ 2 کام کے دنوں میں آپ سے رابطہ کریں۔"
    ),
    "How to make a complaint": "شکایت کیسے کریں",
    "Phone or email your local team. Tell us what happened and what you would like us to do. We will tell you "
    "we have your complaint within 3 working days.": (
        "اپنی مقامی ٹیم کو فون یا ای میل کریں۔ ہمیں بتائیں کہ کیا ہوا اور آپ ہم سے کیا چاہتے ہیں۔ ہم 3 کام کے "
        "دنوں میں بتائیں گے کہ آپ کی شکایت ہمیں مل گئی ہے۔"
    ),
    "The Patient Advice and Liaison Service (PALS) can also help you. "
    '<a id="a1">Find out how to complain or give feedback</a>.': (
        'مریضوں کی مشاورتی سروس (PALS) بھی آپ کی مدد کر سکتی ہے۔ <a id="a1">جانیں کہ شکایت یا رائے کیسے دیں</a>۔'
    ),
    "Find your local team": "اپنی مقامی ٹیم تلاش کریں",
    "Enter your postcode to see your local team, how to contact them, and how long the wait is.": (
        "اپنا پوسٹ کوڈ لکھیں۔ آپ اپنی مقامی ٹیم دیکھیں گے، ان سے رابطے کا طریقہ، اور انتظار کتنا لمبا ہے۔"
    ),
    "How to find the right service": "صحیح سروس کیسے تلاش کریں",
    "ask your GP or health visitor which children's therapy service covers your area": (
        "اپنے جی پی یا ہیلتھ وزیٹر سے پوچھیں کہ بچوں کی کون سی تھراپی سروس آپ کے علاقے میں ہے"
    ),
    "ask your child's school or nursery, as they often know the local team": (
        "اپنے بچے کے اسکول یا نرسری سے پوچھیں، وہ اکثر مقامی ٹیم کو جانتے ہیں"
    ),
    "search for children's occupational therapy on your local NHS trust's website": (
        "اپنے مقامی NHS ٹرسٹ کی ویب سائٹ پر بچوں کی آکیوپیشنل تھراپی تلاش کریں"
    ),
}
