"""Urdu words for Using a spoon, fork and knife (/advice/using-cutlery/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
