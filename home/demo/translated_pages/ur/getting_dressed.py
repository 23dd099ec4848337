"""Urdu words for Getting dressed (/advice/getting-dressed/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
