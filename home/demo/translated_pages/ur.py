"""Urdu words for the demo's translated pages, keyed by the English words wagtail-localize segments them into.

Drafts by the engineering team, in plain Urdu with short sentences: a qualified translator must check them
(docs/languages.md). Numbers stay in the digits the English uses (phone numbers, ages, weeks), as NHS Urdu
leaflets do; a phone number is wrapped in left-to-right isolate marks (U+2066 ... U+2069) so its groups of
digits keep their order in a right-to-left line. Keep the markup of the English: `<b>`, and `<a id="a1">` for
a link.
"""

WORDS = {
    # Home page
    "Home": "ہوم پیج",
    "Help with your child's everyday skills": "آپ کے بچے کی روزمرہ مہارتوں میں مدد",
    "Advice you can use today, a check of your child's needs, and how to ask for help from our occupational "
    "therapists and speech and language therapists.": (
        "ایسے مشورے جو آپ آج ہی استعمال کر سکتے ہیں، اپنے بچے کی ضروریات کی جانچ، اور ہمارے آکیوپیشنل "
        "تھراپسٹ اور اسپیچ اینڈ لینگویج تھراپسٹ سے مدد مانگنے کا طریقہ۔"
    ),
    "Check your child's needs": "اپنے بچے کی ضروریات جانچیں",
    "Answer some questions and get advice that fits your child. It takes about 10 minutes.": (
        "کچھ سوالوں کے جواب دیں اور اپنے بچے کے لیے مناسب مشورہ پائیں۔ اس میں تقریباً 10 منٹ لگتے ہیں۔"
    ),
    "How to get help": "مدد کیسے حاصل کریں",
    "Who can ask us for help, how to refer, and who to contact.": (
        "کون ہم سے مدد مانگ سکتا ہے، ریفرل کیسے کریں، اور کس سے رابطہ کریں۔"
    ),
    "Refer online": "آن لائن ریفرل کریں",
    "Ask us to see your child. Parents, schools and health workers can all use the form.": (
        "ہم سے کہیں کہ ہم آپ کے بچے کو دیکھیں۔ والدین، اسکول اور صحت کے کارکن سب یہ فارم استعمال کر سکتے ہیں۔"
    ),
    "Advice for families": "خاندانوں کے لیے مشورے",
    "Ideas to try at home for dressing, eating, play, handwriting and more.": (
        "گھر پر آزمانے کے لیے طریقے: کپڑے پہننا، کھانا، کھیلنا، لکھائی اور بہت کچھ۔"
    ),
    # How to get help
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
    # Waiting times
    "Waiting times": "انتظار کا وقت",
    "How long children wait for each kind of help from each local team, and how the waits have changed.": (
        "ہر مقامی ٹیم میں ہر طرح کی مدد کے لیے بچے کتنا انتظار کرتے ہیں، اور انتظار کیسے بدلا ہے۔"
    ),
    "What the numbers mean": "نمبروں کا مطلب",
    "Each number is the typical wait, in weeks, from when we get a referral to the first appointment. Some "
    "children wait less and some wait longer.": (
        "ہر نمبر عام انتظار ہے، ہفتوں میں: ریفرل ملنے سے پہلی اپائنٹمنٹ تک۔ کچھ بچے کم انتظار کرتے ہیں اور کچھ زیادہ۔"
    ),
    "<b>Urgent referrals</b>: children who need help quickly. We aim to contact you within 2 working days.": (
        "<b>فوری ریفرل</b>: وہ بچے جنہیں جلدی مدد چاہیے۔ ہماری کوشش ہوتی ہے کہ 2 کام کے دنوں میں آپ سے رابطہ کریں۔"
    ),
    "<b>Routine assessment</b>: a first appointment with a therapist.": (
        "<b>عام جانچ</b>: تھراپسٹ کے ساتھ پہلی اپائنٹمنٹ۔"
    ),
    "<b>Targeted groups and workshops</b>: group help for children and families.": (
        "<b>گروپ اور ورکشاپس</b>: بچوں اور خاندانوں کے لیے گروپ میں مدد۔"
    ),
    "The NHS standard is that children should wait less than 18 weeks. Staff update these figures every month.": (
        "NHS کا معیار یہ ہے کہ بچوں کو 18 ہفتوں سے کم انتظار کرنا چاہیے۔ عملہ ہر مہینے یہ نمبر اپ ڈیٹ کرتا ہے۔"
    ),
    "Waiting well": "انتظار کا وقت اچھی طرح گزاریں",
    "There is a lot you can do while you wait:": "انتظار کے دوران آپ بہت کچھ کر سکتے ہیں:",
    "use the advice for your child's needs, a little every day": (
        "اپنے بچے کی ضروریات کے لیے مشورے استعمال کریں، ہر روز تھوڑا تھوڑا"
    ),
    "tell your child's nursery or school what you are working on": (
        "اپنے بچے کی نرسری یا اسکول کو بتائیں کہ آپ کس چیز پر کام کر رہے ہیں"
    ),
    "write down what your child finds hard, to share at the first appointment": (
        "لکھ لیں کہ آپ کے بچے کو کیا مشکل لگتا ہے، تاکہ پہلی اپائنٹمنٹ پر بتا سکیں"
    ),
    "Find advice for your child": "اپنے بچے کے لیے مشورہ تلاش کریں",
    "If things get worse while you wait": "اگر انتظار کے دوران حالات خراب ہوں",
    "Call your local team if your child's needs change. If you are worried about your child's health, speak to "
    "your GP or call 111. In an emergency, call 999.": (
        "اگر آپ کے بچے کی ضروریات بدل جائیں تو اپنی مقامی ٹیم کو فون کریں۔ اگر آپ کو اپنے بچے کی صحت کی فکر ہے "
        "تو اپنے جی پی سے بات کریں یا 111 پر فون کریں۔ ایمرجنسی میں 999 پر فون کریں۔"
    ),
    # Advice index
    "Ideas you can try at home today. You do not need a referral to use them.": (
        "ایسے طریقے جو آپ آج ہی گھر پر آزما سکتے ہیں۔ ان کے لیے ریفرل کی ضرورت نہیں۔"
    ),
    # Shared by the advice topics
    "What is typical": "عام طور پر کیا ہوتا ہے",
    "<b>Give it 12 weeks.</b> New skills take time to grow. Use these ideas most days for about 12 weeks. Write "
    "down what you try and what changes. It will help if you talk to us later.": (
        "<b>12 ہفتے دیں۔</b> نئی مہارتیں آہستہ آہستہ آتی ہیں۔ یہ طریقے تقریباً 12 ہفتے تک زیادہ تر دن استعمال "
        "کریں۔ لکھ لیں کہ آپ نے کیا آزمایا اور کیا بدلا۔ اگر بعد میں آپ ہم سے بات کریں تو اس سے مدد ملے گی۔"
    ),
    "Ask for help from our service if:": "ہماری سروس سے مدد مانگیں اگر:",
    "Speak to your GP or health visitor if:": "اپنے جی پی یا ہیلتھ وزیٹر سے بات کریں اگر:",
    # Getting dressed
    "Getting dressed": "کپڑے پہننا",
    "Help your child learn to put on clothes, do up buttons and zips, and put on shoes.": (
        "اپنے بچے کو کپڑے پہننا، بٹن اور زپ بند کرنا، اور جوتے پہننا سیکھنے میں مدد دیں۔"
    ),
    "Every child learns at their own speed. As a rough guide:": ("ہر بچہ اپنی رفتار سے سیکھتا ہے۔ تقریباً اس طرح:"),
    "at 2, most children can take off socks, hats and loose clothes": (
        "2 سال کی عمر میں زیادہ تر بچے موزے، ٹوپی اور ڈھیلے کپڑے اتار سکتے ہیں"
    ),
    "at 3, most can pull trousers up and down and put on a coat with help": (
        "3 سال کی عمر میں زیادہ تر بچے پتلون اوپر نیچے کر سکتے ہیں اور مدد سے کوٹ پہن سکتے ہیں"
    ),
    "at 4 to 5, most can dress themselves, but need help with buttons and zips": (
        "4 سے 5 سال کی عمر میں زیادہ تر بچے خود کپڑے پہن لیتے ہیں، لیکن بٹن اور زپ میں مدد چاہیے"
    ),
    "at 5 to 6, most can do big buttons and Velcro shoes": (
        "5 سے 6 سال کی عمر میں زیادہ تر بچے بڑے بٹن اور ویلکرو والے جوتے بند کر سکتے ہیں"
    ),
    "tying shoelaces often comes later, at about 6 to 8": (
        "جوتوں کے تسمے باندھنا اکثر بعد میں آتا ہے، تقریباً 6 سے 8 سال کی عمر میں"
    ),
    "practise when you are not in a rush, like at weekends or at bedtime": (
        "تب مشق کریں جب آپ کو جلدی نہ ہو، جیسے ویک اینڈ پر یا سونے سے پہلے"
    ),
    "help with the first steps, then let your child do the last step on their own": (
        "پہلے مرحلوں میں مدد کریں، پھر آخری مرحلہ بچے کو خود کرنے دیں"
    ),
    "let your child sit on the floor or a low step to dress, so they do not wobble": (
        "بچے کو فرش یا نیچی سیڑھی پر بیٹھ کر کپڑے پہننے دیں، تاکہ وہ نہ ڈگمگائے"
    ),
    "lay clothes out in the order they go on": "کپڑے اسی ترتیب سے رکھیں جس ترتیب سے وہ پہنے جاتے ہیں",
    "choose loose clothes with big buttons, and add a key ring to zips to make them easier to pull": (
        "بڑے بٹن والے ڈھیلے کپڑے چنیں۔ زپ میں چابی کا چھلا لگائیں تاکہ اسے کھینچنا آسان ہو"
    ),
    "stick half a sticker inside each shoe, so the picture is whole when the shoes are on the right feet": (
        "ہر جوتے کے اندر آدھا اسٹیکر لگائیں۔ جب جوتے صحیح پاؤں میں ہوں تو تصویر پوری بنتی ہے"
    ),
    "practise new skills on a busy school morning": "اسکول والی مصروف صبح کو نئی مہارتوں کی مشق کریں",
    "start with small buttons: big ones are easier to learn first": (
        "چھوٹے بٹنوں سے شروع کریں: پہلے بڑے بٹن سیکھنا آسان ہے"
    ),
    "your child is 5 or older and needs full help to get dressed": (
        "آپ کا بچہ 5 سال یا اس سے بڑا ہے اور کپڑے پہننے میں اسے پوری مدد چاہیے"
    ),
    "your child is 7 or older and cannot do buttons or zips at all": (
        "آپ کا بچہ 7 سال یا اس سے بڑا ہے اور بٹن یا زپ بالکل بند نہیں کر سکتا"
    ),
    "getting dressed leads to a long struggle most days": "زیادہ تر دنوں میں کپڑے پہننا ایک لمبی لڑائی بن جاتا ہے",
    "you have used these ideas for 12 weeks and your child still finds dressing very hard": (
        "آپ نے 12 ہفتے یہ طریقے استعمال کیے ہیں اور آپ کے بچے کو اب بھی کپڑے پہننا بہت مشکل لگتا ہے"
    ),
    # Using a spoon, fork and knife
    "Using a spoon, fork and knife": "چمچ، کانٹا اور چھری استعمال کرنا",
    "Ideas to help your child feed themselves and learn to use a spoon, fork and knife.": (
        "اپنے بچے کو خود کھانا کھانے اور چمچ، کانٹا اور چھری استعمال کرنا سیکھنے میں مدد کے طریقے۔"
    ),
    "at about 1, most children feed themselves with their fingers and start to use a spoon": (
        "تقریباً 1 سال کی عمر میں زیادہ تر بچے انگلیوں سے کھاتے ہیں اور چمچ استعمال کرنا شروع کرتے ہیں"
    ),
    "at 2, most can use a spoon with less mess and drink from an open cup with some spills": (
        "2 سال کی عمر میں زیادہ تر بچے کم گندگی کے ساتھ چمچ استعمال کرتے ہیں، اور کھلے کپ سے پیتے ہیں، کچھ گرا بھی دیتے ہیں"
    ),
    "at 3 to 4, most can use a fork": "3 سے 4 سال کی عمر میں زیادہ تر بچے کانٹا استعمال کر سکتے ہیں",
    "at 5 to 7, most start to spread and cut soft food with a knife": (
        "5 سے 7 سال کی عمر میں زیادہ تر بچے چھری سے نرم کھانا لگانا اور کاٹنا شروع کرتے ہیں"
    ),
    "cutting harder food, like meat, can take until about 8 or 9": (
        "سخت کھانا، جیسے گوشت، کاٹنا تقریباً 8 یا 9 سال کی عمر تک آتا ہے"
    ),
    "Mess is normal. It is how children learn.": "گندگی ہونا عام بات ہے۔ بچے اسی طرح سیکھتے ہیں۔",
    "sit your child with their feet flat on the floor or on a box, and the table at tummy height": (
        "بچے کو اس طرح بٹھائیں کہ پاؤں فرش یا ڈبے پر سیدھے ہوں، اور میز پیٹ کی اونچائی پر ہو"
    ),
    "use child-sized cutlery with thick handles": "موٹے دستوں والے بچوں کے چھوٹے چمچ کانٹے استعمال کریں",
    "put a damp cloth or a non-slip mat under the plate so it does not slide": (
        "پلیٹ کے نیچے گیلا کپڑا یا نہ پھسلنے والی چٹائی رکھیں تاکہ پلیٹ نہ کھسکے"
    ),
    "show your child how to put a pointing finger on the back of the fork and knife": (
        "بچے کو دکھائیں کہ شہادت کی انگلی کانٹے اور چھری کی پشت پر کیسے رکھیں"
    ),
    "practise cutting soft food first, like banana, pasta or fish fingers": (
        "پہلے نرم کھانا کاٹنے کی مشق کریں، جیسے کیلا، پاستا یا فش فنگرز"
    ),
    "eat together, so your child can copy you": "مل کر کھائیں، تاکہ بچہ آپ کی نقل کر سکے",
    "tell your child off for mess": "گندگی پر بچے کو ڈانٹیں",
    "practise new skills when your child is very hungry or tired": (
        "جب بچہ بہت بھوکا یا تھکا ہوا ہو تو نئی مہارتوں کی مشق کریں"
    ),
    "Coughing or choking when eating": "کھاتے وقت کھانسی یا دم گھٹنا",
    "If your child often coughs, chokes or struggles to breathe when eating or drinking, speak to your GP today. "
    "They will need to check how your child swallows.": (
        "اگر آپ کا بچہ کھاتے یا پیتے وقت اکثر کھانستا ہے، اس کا دم گھٹتا ہے یا سانس لینے میں مشکل ہوتی ہے، تو "
        "آج ہی اپنے جی پی سے بات کریں۔ انہیں دیکھنا ہوگا کہ آپ کا بچہ کیسے نگلتا ہے۔"
    ),
    "your child is 5 or older and cannot feed themselves with a spoon or fork": (
        "آپ کا بچہ 5 سال یا اس سے بڑا ہے اور چمچ یا کانٹے سے خود نہیں کھا سکتا"
    ),
    "your child is 9 or older and cannot use a knife and fork together": (
        "آپ کا بچہ 9 سال یا اس سے بڑا ہے اور چھری اور کانٹا ایک ساتھ استعمال نہیں کر سکتا"
    ),
    "your child cannot sit on a chair long enough to eat a meal": (
        "آپ کا بچہ کھانا کھانے جتنی دیر کرسی پر نہیں بیٹھ سکتا"
    ),
    "mealtimes are still a struggle most days after 12 weeks of trying these ideas": (
        "12 ہفتے یہ طریقے آزمانے کے بعد بھی زیادہ تر دن کھانے کا وقت مشکل ہوتا ہے"
    ),
    # Using scissors
    "Using scissors": "قینچی استعمال کرنا",
    "Help your child learn to snip, then cut along lines and cut out shapes.": (
        "اپنے بچے کو قینچی سے چھوٹے کٹ لگانا، پھر لکیر پر کاٹنا اور شکلیں کاٹنا سیکھنے میں مدد دیں۔"
    ),
    "at 2 to 3, most children can make small snips in paper": (
        "2 سے 3 سال کی عمر میں زیادہ تر بچے کاغذ میں چھوٹے کٹ لگا سکتے ہیں"
    ),
    "at 3 to 4, most can cut across a strip of paper": ("3 سے 4 سال کی عمر میں زیادہ تر بچے کاغذ کی پٹی کاٹ سکتے ہیں"),
    "at 4 to 5, most can cut along a straight line": ("4 سے 5 سال کی عمر میں زیادہ تر بچے سیدھی لکیر پر کاٹ سکتے ہیں"),
    "at 5 to 6, most can cut out a circle or a square": (
        "5 سے 6 سال کی عمر میں زیادہ تر بچے گول دائرہ یا چوکور کاٹ سکتے ہیں"
    ),
    "use child safety scissors that fit small hands": "بچوں کی محفوظ قینچی استعمال کریں جو چھوٹے ہاتھ میں آ جائے",
    "use left-handed scissors if your child is left-handed": (
        "اگر آپ کا بچہ بائیں ہاتھ سے کام کرتا ہے تو بائیں ہاتھ والی قینچی استعمال کریں"
    ),
    "remind your child to keep their thumb on top: 'thumbs up'": (
        "بچے کو یاد دلائیں کہ انگوٹھا اوپر رہے: 'انگوٹھا اوپر'"
    ),
    "start by snipping play dough, straws or thin card, which are easier than floppy paper": (
        "پلے ڈو، اسٹرا یا پتلا کارڈ کاٹنے سے شروع کریں۔ یہ نرم کاغذ سے آسان ہیں"
    ),
    "draw thick, bold lines for your child to follow": "بچے کے کاٹنے کے لیے موٹی، صاف لکیریں بنائیں",
    "teach your child to hold and turn the paper with their other hand": (
        "بچے کو سکھائیں کہ دوسرے ہاتھ سے کاغذ پکڑے اور گھمائے"
    ),
    "leave your child alone with sharp adult scissors": "بچے کو بڑوں کی تیز قینچی کے ساتھ اکیلا چھوڑیں",
    "expect neat shapes before your child can snip easily": (
        "بچے کے آسانی سے کاٹنا سیکھنے سے پہلے صاف شکلوں کی امید رکھیں"
    ),
    "your child is 6 or older and cannot cut along a straight line": (
        "آپ کا بچہ 6 سال یا اس سے بڑا ہے اور سیدھی لکیر پر نہیں کاٹ سکتا"
    ),
    "your child cannot open and close scissors, even ones that spring open on their own": (
        "آپ کا بچہ قینچی کھول اور بند نہیں کر سکتا، وہ قینچی بھی نہیں جو خود کھل جاتی ہے"
    ),
    "your child gets very upset or avoids activities that use scissors": (
        "آپ کا بچہ بہت پریشان ہو جاتا ہے یا قینچی والے کاموں سے بچتا ہے"
    ),
    "you have used these ideas for 12 weeks and nothing has changed": (
        "آپ نے 12 ہفتے یہ طریقے استعمال کیے ہیں اور کچھ نہیں بدلا"
    ),
    # Play ideas to build hand strength
    "Play ideas to build hand strength": "ہاتھوں کو مضبوط بنانے والے کھیل",
    "Fun, everyday games that build strong hands, ready for dressing, eating and drawing.": (
        "مزے دار، روزمرہ کھیل جو ہاتھوں کو مضبوط بناتے ہیں، تاکہ بچہ کپڑے پہن سکے، کھا سکے اور ڈرائنگ کر سکے۔"
    ),
    "Young children build strong hands through play. They squeeze, pull, push, build and climb. Strong hands "
    "help later with dressing, using cutlery and holding a crayon.": (
        "چھوٹے بچوں کے ہاتھ کھیل سے مضبوط ہوتے ہیں۔ وہ دباتے، کھینچتے، دھکیلتے، بناتے اور چڑھتے ہیں۔ مضبوط ہاتھ "
        "بعد میں کپڑے پہننے، چمچ کانٹا استعمال کرنے اور کریان پکڑنے میں مدد دیتے ہیں۔"
    ),
    "You do not need special toys. Everyday things at home work well.": (
        "آپ کو خاص کھلونوں کی ضرورت نہیں۔ گھر کی عام چیزیں اچھا کام کرتی ہیں۔"
    ),
    "squeeze, roll and pinch play dough, and hide things in it for your child to find": (
        "پلے ڈو کو دبائیں، بیلیں اور چٹکی سے پکڑیں۔ اس میں چیزیں چھپائیں تاکہ بچہ انہیں ڈھونڈے"
    ),
    "clip clothes pegs onto the edge of a box or a bowl": "کپڑوں کی چٹکیاں ڈبے یا پیالے کے کنارے پر لگائیں",
    "tear paper into strips, then scrunch it into balls to throw": (
        "کاغذ کی پٹیاں پھاڑیں، پھر انہیں مروڑ کر پھینکنے کے لیے گیندیں بنائیں"
    ),
    "play with water: squeeze sponges and squeezy bottles at bath time": (
        "پانی سے کھیلیں: نہاتے وقت اسپنج اور نرم بوتلیں دبائیں"
    ),
    "build with blocks or bricks that push together": "ایسے بلاکس سے کچھ بنائیں جو دبا کر جڑتے ہیں",
    "crawl through tunnels and climb at the park, so your child takes their weight on their hands": (
        "پارک میں سرنگوں میں رینگیں اور چڑھیں، تاکہ بچہ اپنا وزن ہاتھوں پر اٹھائے"
    ),
    "Watch out for small things": "چھوٹی چیزوں سے ہوشیار رہیں",
    "Small things like beads, buttons and coins can cause choking. Stay with your child when they play with "
    "them, and put them away afterwards.": (
        "موتی، بٹن اور سکے جیسی چھوٹی چیزیں گلے میں پھنس سکتی ہیں۔ جب بچہ ان سے کھیلے تو اس کے ساتھ رہیں، اور "
        "بعد میں انہیں رکھ دیں۔"
    ),
    "your child always uses one hand and seems to ignore the other": (
        "آپ کا بچہ ہمیشہ ایک ہاتھ استعمال کرتا ہے اور لگتا ہے دوسرے ہاتھ کو بھول جاتا ہے"
    ),
    "your child's hands seem much weaker or floppier than other children's": (
        "آپ کے بچے کے ہاتھ دوسرے بچوں سے بہت کمزور یا ڈھیلے لگتے ہیں"
    ),
    "your child shows no interest in playing with toys": "آپ کا بچہ کھلونوں سے کھیلنے میں کوئی دلچسپی نہیں لیتا",
    "you have tried these ideas for 12 weeks and see no change": (
        "آپ نے 12 ہفتے یہ طریقے آزمائے ہیں اور کوئی فرق نظر نہیں آتا"
    ),
    # Helping your child talk and understand
    "Helping your child talk and understand": "بچے کو بولنے اور سمجھنے میں مدد دینا",
    "Everyday ways to help your child learn words, follow instructions and join in with conversations.": (
        "روزمرہ کے طریقے جن سے آپ کا بچہ لفظ سیکھے، ہدایات سمجھے اور بات چیت میں شامل ہو۔"
    ),
    "at about 1, most children say their first words": ("تقریباً 1 سال کی عمر میں زیادہ تر بچے اپنے پہلے لفظ بولتے ہیں"),
    "at 2, most use about 50 words and start to put 2 words together, like 'more milk'": (
        "2 سال کی عمر میں زیادہ تر بچے تقریباً 50 لفظ بولتے ہیں اور 2 لفظ جوڑنا شروع کرتے ہیں، جیسے 'اور دودھ'"
    ),
    "at 3, most talk in short sentences, and people who know them understand most of it": (
        "3 سال کی عمر میں زیادہ تر بچے چھوٹے جملوں میں بولتے ہیں، اور جاننے والے لوگ زیادہ تر بات سمجھ لیتے ہیں"
    ),
    "at 4 to 5, most can tell a simple story, and most people understand them": (
        "4 سے 5 سال کی عمر میں زیادہ تر بچے آسان کہانی سنا سکتے ہیں، اور زیادہ تر لوگ ان کی بات سمجھ لیتے ہیں"
    ),
    "Many young children stammer for a while between 2 and 5. Often it goes away on its own.": (
        "بہت سے چھوٹے بچے 2 سے 5 سال کی عمر میں کچھ عرصہ ہکلاتے ہیں۔ اکثر یہ خود ہی ٹھیک ہو جاتا ہے۔"
    ),
    "get down to your child's level so they can see your face": ("بچے کی اونچائی تک جھکیں تاکہ وہ آپ کا چہرہ دیکھ سکے"),
    "talk about what your child is doing, like 'You are building a tall tower'": (
        "جو بچہ کر رہا ہے اس کے بارے میں بات کریں، جیسے 'تم اونچا مینار بنا رہے ہو'"
    ),
    "wait for your child to answer: count to 10 in your head": "بچے کے جواب کا انتظار کریں: دل میں 10 تک گنیں",
    "say words back the right way, like 'Yes, a big dog', instead of correcting them": (
        "غلطی ٹھیک کرنے کے بجائے لفظ صحیح طرح دہرائیں، جیسے 'ہاں، بڑا کتا'"
    ),
    "share a book every day": "ہر روز مل کر کتاب پڑھیں",
    "give one short instruction at a time, and point or show as you say it": (
        "ایک وقت میں ایک چھوٹی ہدایت دیں، اور کہتے وقت اشارہ کریں یا کر کے دکھائیں"
    ),
    "ask your child to say words again until they get them right": (
        "بچے سے لفظ بار بار کہلوائیں جب تک وہ صحیح نہ بولے"
    ),
    "finish your child's sentences for them": "بچے کے جملے اس کی جگہ خود پورے کریں",
    "ask lots of questions in a row: comment on what they are doing instead": (
        "لگاتار بہت سے سوال پوچھیں: اس کے بجائے بتائیں کہ بچہ کیا کر رہا ہے"
    ),
    "your child is 18 months old and is not saying any words": ("آپ کا بچہ 18 مہینے کا ہے اور کوئی لفظ نہیں بولتا"),
    "your child is 3 and people who know them cannot understand most of what they say": (
        "آپ کا بچہ 3 سال کا ہے اور جاننے والے لوگ اس کی زیادہ تر بات نہیں سمجھ پاتے"
    ),
    "your child does not understand simple instructions, like 'get your shoes'": (
        "آپ کا بچہ آسان ہدایات نہیں سمجھتا، جیسے 'اپنے جوتے لاؤ'"
    ),
    "your child stammers and it upsets them": "آپ کا بچہ ہکلاتا ہے اور اس سے پریشان ہوتا ہے",
    "you are worried about your child's hearing": "آپ کو اپنے بچے کی سماعت کی فکر ہے",
    "You can also ask our speech and language therapists for help. Use the same phone number as our OTs: "
    '<a id="a1">0300 123 4567</a>.': (
        "آپ ہمارے اسپیچ اینڈ لینگویج تھراپسٹ سے بھی مدد مانگ سکتے ہیں۔ وہی فون نمبر استعمال کریں جو ہمارے "
        'آکیوپیشنل تھراپسٹ کا ہے: <a id="a1">\u20660300 123 4567\u2069</a>۔'
    ),
}
