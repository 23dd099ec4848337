"""Urdu words for Helping your child talk and understand (/advice/helping-your-child-talk-and-understand/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
