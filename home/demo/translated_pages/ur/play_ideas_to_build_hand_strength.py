"""Urdu words for Play ideas to build hand strength (/advice/play-ideas-to-build-hand-strength/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
