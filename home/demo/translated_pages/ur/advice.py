"""Urdu words for the advice index and the words every advice topic shares (/advice/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
