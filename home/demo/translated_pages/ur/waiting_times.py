"""Urdu words for Waiting times (/waiting-times/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
