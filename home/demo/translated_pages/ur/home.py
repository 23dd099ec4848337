"""Urdu words for the home page (/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
