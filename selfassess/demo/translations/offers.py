"""The demo support offers' words in Polish and Urdu: (English, Polish, Urdu). Awaiting review by a qualified
translator, like the questionnaire's (docs/languages.md)."""

BOOK_A_WORKSHOP = (
    "Call or email us to book a place. You do not need a referral.",
    "Zadzwoń lub napisz do nas e-mail, aby zarezerwować miejsce. Nie potrzebujesz skierowania.",
    "جگہ بک کرنے کے لیے ہمیں کال یا ای میل کریں۔ آپ کو ریفرل کی ضرورت نہیں۔",
)
BOOK_A_GROUP = (
    "Call us to book a place. Tell us your self-assessment return code.",
    "Zadzwoń do nas, aby zarezerwować miejsce. Podaj nam kod powrotu ze swojej samooceny.",
    "جگہ بک کرنے کے لیے ہمیں کال کریں۔ ہمیں اپنے خود جائزے کا واپسی کوڈ بتائیں۔",
)

OFFERS = [
    BOOK_A_WORKSHOP,
    BOOK_A_GROUP,
    (
        "Everyday skills workshop for parents and carers",
        "Warsztaty codziennych umiejętności dla rodziców i opiekunów",
        "والدین اور نگہداشت کرنے والوں کے لیے روزمرہ مہارتوں کی ورکشاپ",
    ),
    (
        "A 2-hour online workshop about dressing, eating and self-care skills, with ideas to try at home.",
        "Dwugodzinne warsztaty online o ubieraniu się, jedzeniu i dbaniu o siebie, z pomysłami do wypróbowania w domu.",
        "کپڑے پہننے، کھانے اور اپنی دیکھ بھال کی مہارتوں کے بارے میں 2 گھنٹے کی آن لائن ورکشاپ، گھر پر آزمانے کے "
        "لیے خیالات کے ساتھ۔",
    ),
    (
        "Understanding your child's senses workshop",
        "Warsztaty: zrozumieć zmysły swojego dziecka",
        "اپنے بچے کی حسوں کو سمجھنے کی ورکشاپ",
    ),
    (
        "A workshop about why some children find noise, touch or movement hard, and what helps.",
        "Warsztaty o tym, dlaczego niektórym dzieciom trudno znosić hałas, dotyk lub ruch, i co pomaga.",
        "ایک ورکشاپ کہ کچھ بچوں کو شور، چھونا یا حرکت کیوں مشکل لگتی ہے، اور کیا چیز مدد کرتی ہے۔",
    ),
    (
        "Busy hands and moving bodies workshop",
        "Warsztaty: zręczne ręce i ciało w ruchu",
        "مصروف ہاتھ اور متحرک جسم ورکشاپ",
    ),
    (
        "Play ideas for hand skills, balance and coordination, for families and school staff.",
        "Pomysły na zabawy rozwijające sprawność rąk, równowagę i koordynację, dla rodzin i pracowników szkół.",
        "ہاتھ کی مہارتوں، توازن اور ہم آہنگی کے لیے کھیل کے خیالات، خاندانوں اور اسکول کے عملے کے لیے۔",
    ),
    ("Move and Grow group", "Grupa „Ruszaj się i rośnij”", "حرکت کرو اور بڑھو گروپ"),
    (
        "Six weekly group sessions with a therapy assistant for children who find movement and coordination hard.",
        "Sześć cotygodniowych zajęć grupowych z asystentem terapeuty dla dzieci, którym trudno z ruchem i koordynacją.",
        "ان بچوں کے لیے جنہیں حرکت اور ہم آہنگی مشکل لگتی ہے، تھراپی اسسٹنٹ کے ساتھ چھ ہفتہ وار گروپ سیشن۔",
    ),
    (
        "Handwriting and school skills programme",
        "Program nauki pisania i umiejętności szkolnych",
        "لکھائی اور اسکول کی مہارتوں کا پروگرام",
    ),
    (
        "A 10-week programme your child's school runs with our support.",
        "Dziesięciotygodniowy program, który szkoła Twojego dziecka prowadzi z naszym wsparciem.",
        "10 ہفتوں کا پروگرام جو آپ کے بچے کا اسکول ہماری مدد سے چلاتا ہے۔",
    ),
    (
        "Ask your child's teacher or SENCo to sign the school up.",
        "Poproś nauczyciela dziecka lub koordynatora ds. specjalnych potrzeb edukacyjnych (SENCo) o zapisanie szkoły.",
        "اپنے بچے کے استاد یا SENCo (خصوصی تعلیمی ضروریات کے رابطہ کار) سے اسکول کو رجسٹر کرنے کا کہیں۔",
    ),
    ("Little Steps parent group", "Grupa dla rodziców „Małe kroki”", "لٹل اسٹیپس والدین گروپ"),
    (
        "A 6-week group for parents of children under 5 who need extra help with everyday skills.",
        "Sześciotygodniowa grupa dla rodziców dzieci poniżej 5 lat, które potrzebują dodatkowej pomocy "
        "w codziennych czynnościach.",
        "5 سال سے کم عمر بچوں کے والدین کے لیے 6 ہفتوں کا گروپ، جن کے بچوں کو روزمرہ مہارتوں میں اضافی مدد کی "
        "ضرورت ہے۔",
    ),
    (
        "Teen life skills drop-in",
        "Spotkania otwarte: umiejętności życiowe dla nastolatków",
        "نوعمروں کی زندگی کی مہارتوں کا ڈراپ اِن",
    ),
    (
        "Monthly drop-in sessions for teenagers and parents about self-care, senses and getting around.",
        "Comiesięczne spotkania otwarte dla nastolatków i rodziców o dbaniu o siebie, zmysłach i poruszaniu się.",
        "نوعمروں اور والدین کے لیے اپنی دیکھ بھال، حسوں اور چلنے پھرنے کے بارے میں ماہانہ ڈراپ اِن سیشن۔",
    ),
    ("Everyday skills group", "Grupa codziennych umiejętności", "روزمرہ مہارتوں کا گروپ"),
    (
        "Six weekly sessions with a therapy assistant for primary school children who need extra help with "
        "dressing, eating and self-care, with a parent or carer.",
        "Sześć cotygodniowych zajęć z asystentem terapeuty dla dzieci ze szkoły podstawowej, które potrzebują "
        "dodatkowej pomocy w ubieraniu się, jedzeniu i dbaniu o siebie, razem z rodzicem lub opiekunem.",
        "پرائمری اسکول کے ان بچوں کے لیے تھراپی اسسٹنٹ کے ساتھ چھ ہفتہ وار سیشن جنہیں کپڑے پہننے، کھانے اور اپنی "
        "دیکھ بھال میں اضافی مدد کی ضرورت ہے، والدین یا نگہداشت کرنے والے کے ساتھ۔",
    ),
    ("Talking and listening workshop", "Warsztaty mówienia i słuchania", "بولنے اور سننے کی ورکشاپ"),
    (
        "A workshop with our speech and language therapists about helping your child understand, talk and join "
        "in with conversations.",
        "Warsztaty z naszymi logopedami o tym, jak pomóc dziecku rozumieć, mówić i brać udział w rozmowach.",
        "ہمارے اسپیچ اینڈ لینگویج تھراپسٹس کے ساتھ ایک ورکشاپ کہ اپنے بچے کو سمجھنے، بولنے اور بات چیت میں شامل "
        "ہونے میں کیسے مدد دیں۔",
    ),
    ("Chatterbox group", "Grupa „Gaduła”", "چیٹر باکس گروپ"),
    (
        "Six weekly sessions with a speech and language therapy assistant for children who find talking or "
        "understanding hard, with a parent or carer.",
        "Sześć cotygodniowych zajęć z asystentem logopedy dla dzieci, którym trudno mówić lub rozumieć, razem "
        "z rodzicem lub opiekunem.",
        "ان بچوں کے لیے جنہیں بولنا یا سمجھنا مشکل لگتا ہے، اسپیچ اینڈ لینگویج تھراپی اسسٹنٹ کے ساتھ چھ ہفتہ وار "
        "سیشن، والدین یا نگہداشت کرنے والے کے ساتھ۔",
    ),
]
