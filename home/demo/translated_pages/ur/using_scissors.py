"""Urdu words for Using scissors (/advice/using-scissors/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
