"""The demo questionnaire's words in Polish and Urdu: (English, Polish, Urdu).

Written plainly by the engineering team, NOT yet checked by a qualified translator: each is loaded with
`reviewed_by` empty, which the admin shows as awaiting review (docs/languages.md). Area names are written
to sit inside a sentence in lower case ("needs a lot of help with getting dressed").
"""

QUESTIONNAIRE = [
    (
        "Find out what could help your child with everyday skills, and whether to ask us for a referral.",
        "Dowiedz się, co może pomóc Twojemu dziecku w codziennych czynnościach i czy warto poprosić nas o skierowanie.",
        "جانیں کہ روزمرہ کی مہارتوں میں آپ کے بچے کی کیا چیز مدد کر سکتی ہے، اور کیا آپ کو ہم سے ریفرل کی درخواست کرنی چاہیے۔",
    ),
    (
        "Before we start, we need to check your child is safe",
        "Zanim zaczniemy, musimy sprawdzić, czy Twoje dziecko jest bezpieczne",
        "شروع کرنے سے پہلے، ہمیں یہ دیکھنا ہے کہ آپ کا بچہ محفوظ ہے",
    ),
    (
        "How much does this stop your child joining in at home, nursery or school, or with friends?",
        "Jak bardzo przeszkadza to Twojemu dziecku w uczestniczeniu w życiu domu, żłobka, przedszkola lub szkoły "
        "albo w zabawie z przyjaciółmi?",
        "یہ آپ کے بچے کو گھر، نرسری یا اسکول میں، یا دوستوں کے ساتھ شامل ہونے سے کتنا روکتا ہے؟",
    ),
    (
        "Have you used our advice for this area for at least 12 weeks?",
        "Czy korzystasz z naszych porad dotyczących tego obszaru od co najmniej 12 tygodni?",
        "کیا آپ نے اس شعبے کے لیے ہمارے مشورے پر کم از کم 12 ہفتے عمل کیا ہے؟",
    ),
    # The answer scale and the impact answers.
    (
        "Manages like other children their age",
        "Radzi sobie tak jak inne dzieci w tym wieku",
        "اپنی عمر کے دوسرے بچوں کی طرح کر لیتا ہے",
    ),
    (
        "Manages, but takes much longer or needs reminders",
        "Radzi sobie, ale zajmuje to dużo więcej czasu lub potrzebuje przypominania",
        "کر لیتا ہے، لیکن بہت زیادہ وقت لگتا ہے یا یاد دہانی کی ضرورت ہوتی ہے",
    ),
    ("Manages with some hands-on help", "Radzi sobie z pewną pomocą fizyczną", "کچھ ہاتھ سے مدد کے ساتھ کر لیتا ہے"),
    (
        "Cannot do it, or needs full help",
        "Nie potrafi tego zrobić lub potrzebuje pełnej pomocy",
        "نہیں کر سکتا، یا پوری مدد کی ضرورت ہوتی ہے",
    ),
    ("Not at all", "Wcale", "بالکل نہیں"),
    ("A little", "Trochę", "تھوڑا سا"),
    ("Quite a lot", "Dość mocno", "کافی زیادہ"),
    ("Very much", "Bardzo mocno", "بہت زیادہ"),
    # Age bands.
    ("Under 5 (pre-school)", "Poniżej 5 lat (wiek przedszkolny)", "5 سال سے کم (اسکول سے پہلے)"),
    ("5 to 11 (primary school)", "5–11 lat (szkoła podstawowa)", "5 سے 11 سال (پرائمری اسکول)"),
    ("12 to 18 (secondary school)", "12–18 lat (szkoła średnia)", "12 سے 18 سال (سیکنڈری اسکول)"),
    # Red flags: question, hint, reason, what to do.
    (
        "Has your child lost skills they used to have, like walking, feeding, using their hands or talking?",
        "Czy Twoje dziecko straciło umiejętności, które wcześniej miało, na przykład chodzenie, samodzielne jedzenie, "
        "używanie rąk lub mówienie?",
        "کیا آپ کے بچے نے وہ مہارتیں کھو دی ہیں جو پہلے اس کے پاس تھیں، جیسے چلنا، خود کھانا، ہاتھوں کا استعمال یا بولنا؟",
    ),
    (
        "For example, they could walk or feed themselves before, but cannot now.",
        "Na przykład wcześniej chodziło lub samo jadło, a teraz nie potrafi.",
        "مثال کے طور پر، پہلے وہ چل سکتا تھا یا خود کھا سکتا تھا، لیکن اب نہیں کر سکتا۔",
    ),
    (
        "your child has lost skills they used to have",
        "Twoje dziecko straciło umiejętności, które wcześniej miało",
        "آپ کے بچے نے وہ مہارتیں کھو دی ہیں جو پہلے اس کے پاس تھیں",
    ),
    (
        "Speak to your GP or health visitor in the next few days. Do not wait for a referral to us.",
        "W ciągu najbliższych kilku dni porozmawiaj ze swoim lekarzem rodzinnym (GP) lub pielęgniarką środowiskową "
        "(health visitor). Nie czekaj na skierowanie do nas.",
        "اگلے چند دنوں میں اپنے جی پی (GP) یا ہیلتھ وزیٹر سے بات کریں۔ ہمارے پاس ریفرل کا انتظار نہ کریں۔",
    ),
    (
        "Does your child often cough, choke or struggle to breathe when eating or drinking?",
        "Czy Twoje dziecko często kaszle, krztusi się lub ma trudności z oddychaniem podczas jedzenia lub picia?",
        "کیا آپ کا بچہ کھاتے یا پیتے وقت اکثر کھانستا ہے، اس کا دم گھٹتا ہے یا اسے سانس لینے میں مشکل ہوتی ہے؟",
    ),
    (
        "your child often coughs, chokes or struggles to breathe when eating or drinking",
        "Twoje dziecko często kaszle, krztusi się lub ma trudności z oddychaniem podczas jedzenia lub picia",
        "آپ کا بچہ کھاتے یا پیتے وقت اکثر کھانستا ہے، اس کا دم گھٹتا ہے یا اسے سانس لینے میں مشکل ہوتی ہے",
    ),
    (
        "Speak to your GP today. Your child's swallowing needs a check by a doctor and a speech and language "
        "therapist. If your child cannot breathe, call 999.",
        "Porozmawiaj dziś ze swoim lekarzem rodzinnym (GP). Połykanie u Twojego dziecka musi sprawdzić lekarz "
        "i logopeda. Jeśli Twoje dziecko nie może oddychać, zadzwoń pod 999.",
        "آج ہی اپنے جی پی (GP) سے بات کریں۔ آپ کے بچے کے نگلنے کا معائنہ ڈاکٹر اور اسپیچ اینڈ لینگویج تھراپسٹ "
        "سے کروانا ضروری ہے۔ اگر آپ کا بچہ سانس نہیں لے پا رہا تو 999 پر کال کریں۔",
    ),
    (
        "Is anyone being hurt, or could they get hurt, when your child is lifted, moved, bathed or taken up and "
        "down stairs?",
        "Czy ktoś doznaje urazu lub mógłby go doznać, gdy Twoje dziecko jest podnoszone, przenoszone, kąpane "
        "lub wnoszone i znoszone po schodach?",
        "کیا آپ کے بچے کو اٹھاتے، منتقل کرتے، نہلاتے یا سیڑھیوں پر اوپر نیچے لے جاتے وقت کسی کو چوٹ لگ رہی ہے، "
        "یا لگ سکتی ہے؟",
    ),
    (
        "This could be your child or the person helping them.",
        "Może chodzić o Twoje dziecko albo o osobę, która mu pomaga.",
        "یہ آپ کا بچہ ہو سکتا ہے یا وہ شخص جو اس کی مدد کر رہا ہے۔",
    ),
    (
        "someone is being hurt, or could get hurt, when your child is lifted or moved",
        "ktoś doznaje urazu lub mógłby go doznać, gdy Twoje dziecko jest podnoszone lub przenoszone",
        "آپ کے بچے کو اٹھاتے یا منتقل کرتے وقت کسی کو چوٹ لگ رہی ہے، یا لگ سکتی ہے",
    ),
    (
        "Ask us for an urgent referral. We can help with safer ways to move your child and with equipment.",
        "Poproś nas o pilne skierowanie. Możemy pomóc w bezpieczniejszym przenoszeniu dziecka i w doborze sprzętu.",
        "ہم سے فوری ریفرل کی درخواست کریں۔ ہم آپ کے بچے کو منتقل کرنے کے محفوظ طریقوں اور سامان کے بارے میں مدد "
        "کر سکتے ہیں۔",
    ),
    (
        "Has your child just come home from hospital and needs equipment to be safe?",
        "Czy Twoje dziecko właśnie wróciło ze szpitala i potrzebuje sprzętu, aby być bezpieczne?",
        "کیا آپ کا بچہ ابھی ہسپتال سے گھر آیا ہے اور اسے محفوظ رہنے کے لیے سامان کی ضرورت ہے؟",
    ),
    (
        "your child has just come home from hospital and needs equipment to be safe",
        "Twoje dziecko właśnie wróciło ze szpitala i potrzebuje sprzętu, aby być bezpieczne",
        "آپ کا بچہ ابھی ہسپتال سے گھر آیا ہے اور اسے محفوظ رہنے کے لیے سامان کی ضرورت ہے",
    ),
    (
        "Ask us for an urgent referral. We aim to contact you within 2 working days.",
        "Poproś nas o pilne skierowanie. Staramy się skontaktować z Tobą w ciągu 2 dni roboczych.",
        "ہم سے فوری ریفرل کی درخواست کریں۔ ہماری کوشش ہے کہ 2 کاروباری دنوں کے اندر آپ سے رابطہ کریں۔",
    ),
    (
        "Are you worried that someone is harming your child, or that your child is in danger?",
        "Czy martwisz się, że ktoś krzywdzi Twoje dziecko albo że Twoje dziecko jest w niebezpieczeństwie?",
        "کیا آپ کو فکر ہے کہ کوئی آپ کے بچے کو نقصان پہنچا رہا ہے، یا آپ کا بچہ خطرے میں ہے؟",
    ),
    (
        "you are worried someone is harming your child or your child is in danger",
        "martwisz się, że ktoś krzywdzi Twoje dziecko lub że Twoje dziecko jest w niebezpieczeństwie",
        "آپ کو فکر ہے کہ کوئی آپ کے بچے کو نقصان پہنچا رہا ہے یا آپ کا بچہ خطرے میں ہے",
    ),
    (
        "If your child is in danger now, call 999. If not, call your local children's services on 0300 123 4043 "
        "(any time, day or night).",
        "Jeśli Twoje dziecko jest teraz w niebezpieczeństwie, zadzwoń pod 999. Jeśli nie, zadzwoń do lokalnych "
        "służb ds. dzieci (children's services) pod numer 0300 123 4043 (o każdej porze, w dzień i w nocy).",
        "اگر آپ کا بچہ اس وقت خطرے میں ہے تو 999 پر کال کریں۔ اگر نہیں، تو اپنی مقامی چلڈرنز سروسز کو "
        "0300 123 4043 پر کال کریں (کسی بھی وقت، دن ہو یا رات)۔",
    ),
]

# Areas of daily life: name, hint and questions.
AREAS = [
    ("Getting dressed", "Ubieranie się", "کپڑے پہننا"),
    (
        "Think about school or nursery days and weekends.",
        "Pomyśl o dniach w szkole lub przedszkolu i o weekendach.",
        "اسکول یا نرسری کے دنوں اور ہفتے کے آخر کے بارے میں سوچیں۔",
    ),
    ("Putting on and taking off clothes", "Zakładanie i zdejmowanie ubrań", "کپڑے پہننا اور اتارنا"),
    ("Doing up buttons, zips and poppers", "Zapinanie guzików, zamków i zatrzasków", "بٹن، زپ اور کلپ بند کرنا"),
    ("Putting on shoes and socks", "Zakładanie butów i skarpet", "جوتے اور جرابیں پہننا"),
    (
        "Putting clothes on in the right order and the right way round",
        "Zakładanie ubrań we właściwej kolejności i właściwą stroną",
        "کپڑے صحیح ترتیب سے اور سیدھے پہننا",
    ),
    ("Eating and drinking", "Jedzenie i picie", "کھانا پینا"),
    (
        "This is about using cutlery and cups. Coughing or choking is covered by the safety questions.",
        "Chodzi o używanie sztućców i kubków. Kaszel i krztuszenie się są w pytaniach o bezpieczeństwo.",
        "یہ چمچ، کانٹے اور کپ کے استعمال کے بارے میں ہے۔ کھانسی یا دم گھٹنے کا ذکر حفاظت کے سوالات میں ہے۔",
    ),
    ("Using a spoon, fork or knife", "Używanie łyżki, widelca lub noża", "چمچ، کانٹا یا چھری استعمال کرنا"),
    ("Drinking from an open cup", "Picie z otwartego kubka", "کھلے کپ سے پینا"),
    (
        "Eating without making much more mess than other children their age",
        "Jedzenie bez robienia dużo większego bałaganu niż inne dzieci w tym wieku",
        "اپنی عمر کے دوسرے بچوں سے بہت زیادہ گند کیے بغیر کھانا",
    ),
    ("Sitting at the table for a meal", "Siedzenie przy stole podczas posiłku", "کھانے کے لیے میز پر بیٹھنا"),
    (
        "Toileting, washing and personal care",
        "Korzystanie z toalety, mycie i higiena osobista",
        "بیت الخلا کا استعمال، نہانا دھونا اور ذاتی صفائی",
    ),
    (
        "Using the toilet, for their age",
        "Korzystanie z toalety, odpowiednio do wieku",
        "اپنی عمر کے مطابق بیت الخلا استعمال کرنا",
    ),
    ("Washing and drying their hands", "Mycie i wycieranie rąk", "ہاتھ دھونا اور خشک کرنا"),
    ("Brushing their teeth", "Mycie zębów", "دانت صاف کرنا"),
    ("Washing and brushing their hair", "Mycie i czesanie włosów", "بال دھونا اور کنگھی کرنا"),
    ("Play and leisure", "Zabawa i czas wolny", "کھیل اور فارغ وقت"),
    (
        "Playing with toys in the way they are meant to be used",
        "Zabawa zabawkami w sposób, do którego są przeznaczone",
        "کھلونوں سے اس طرح کھیلنا جیسے ان سے کھیلا جاتا ہے",
    ),
    ("Joining in with games and sport", "Udział w grach i sporcie", "کھیلوں اور اسپورٹس میں شامل ہونا"),
    (
        "Playing alongside or with other children",
        "Zabawa obok innych dzieci lub z nimi",
        "دوسرے بچوں کے ساتھ یا ان کے پاس کھیلنا",
    ),
    ("Trying new activities", "Próbowanie nowych zajęć", "نئی سرگرمیاں آزمانا"),
    (
        "Enjoying a hobby, club or favourite activity",
        "Czerpanie radości z hobby, zajęć w klubie lub ulubionej aktywności",
        "کسی مشغلے، کلب یا پسندیدہ سرگرمی سے لطف اٹھانا",
    ),
    (
        "Hand skills for nursery and school",
        "Sprawność rąk w przedszkolu i szkole",
        "نرسری اور اسکول کے لیے ہاتھ کی مہارتیں",
    ),
    ("Holding a crayon and making marks", "Trzymanie kredki i rysowanie", "کریان پکڑنا اور نشان بنانا"),
    (
        "Handwriting that others can read",
        "Pismo ręczne, które inni potrafią przeczytać",
        "ایسی لکھائی جو دوسرے پڑھ سکیں",
    ),
    ("Using scissors", "Używanie nożyczek", "قینچی استعمال کرنا"),
    (
        "Doing puzzles, building blocks or small pieces",
        "Układanie puzzli, budowanie z klocków lub małych elementów",
        "پزل، بلاکس یا چھوٹے ٹکڑوں سے کھیلنا",
    ),
    ("Keeping up with written work", "Nadążanie z pracami pisemnymi", "لکھنے کے کام میں ساتھ چلنا"),
    (
        "Opening lunch boxes, bags and pencil cases",
        "Otwieranie pudełek na lunch, toreb i piórników",
        "لنچ باکس، بیگ اور پنسل کیس کھولنا",
    ),
    ("Movement and coordination", "Ruch i koordynacja", "حرکت اور ہم آہنگی"),
    (
        "Balancing, for example standing on one leg",
        "Utrzymywanie równowagi, na przykład stanie na jednej nodze",
        "توازن رکھنا، مثال کے طور پر ایک ٹانگ پر کھڑا ہونا",
    ),
    ("Going up and down stairs", "Wchodzenie i schodzenie po schodach", "سیڑھیاں چڑھنا اور اترنا"),
    (
        "Moving around without bumping into things",
        "Poruszanie się bez wpadania na przedmioty",
        "چیزوں سے ٹکرائے بغیر چلنا پھرنا",
    ),
    (
        "Catching, throwing and kicking a ball",
        "Łapanie, rzucanie i kopanie piłki",
        "گیند پکڑنا، پھینکنا اور اسے کک لگانا",
    ),
    ("Sensory processing", "Przetwarzanie sensoryczne", "حسی ادراک"),
    (
        "Some children avoid noise, touch or movement. Others seek more of it.",
        "Niektóre dzieci unikają hałasu, dotyku lub ruchu. Inne szukają ich więcej.",
        "کچھ بچے شور، چھونے یا حرکت سے بچتے ہیں۔ کچھ دوسرے بچے اسے زیادہ چاہتے ہیں۔",
    ),
    (
        "Coping with noisy or busy places",
        "Radzenie sobie w głośnych lub zatłoczonych miejscach",
        "شور والی یا بھیڑ والی جگہوں پر رہ پانا",
    ),
    (
        "Coping with clothes, labels, hair brushing or nail cutting",
        "Znoszenie ubrań, metek, czesania włosów lub obcinania paznokci",
        "کپڑے، لیبل، بالوں میں کنگھی یا ناخن کاٹنا برداشت کرنا",
    ),
    (
        "Coping with different food textures",
        "Akceptowanie różnych konsystencji jedzenia",
        "کھانے کی مختلف ساخت کو قبول کرنا",
    ),
    (
        "Staying calm enough to join in, without seeking lots of movement",
        "Zachowanie na tyle spokoju, aby brać udział w zajęciach, bez potrzeby ciągłego ruchu",
        "بہت زیادہ حرکت کی تلاش کے بغیر، شامل ہونے کے لیے کافی پرسکون رہنا",
    ),
    (
        "Getting around and staying safe at home",
        "Poruszanie się i bezpieczeństwo w domu",
        "گھر میں چلنا پھرنا اور محفوظ رہنا",
    ),
    (
        "Getting in and out of the bath or shower",
        "Wchodzenie do wanny lub pod prysznic i wychodzenie",
        "باتھ ٹب یا شاور میں جانا اور نکلنا",
    ),
    ("Getting in and out of bed", "Wchodzenie do łóżka i wychodzenie z niego", "بستر پر چڑھنا اور اترنا"),
    ("Getting in and out of a car", "Wsiadanie do samochodu i wysiadanie", "گاڑی میں بیٹھنا اور اترنا"),
    ("Staying safe on stairs at home", "Bezpieczne poruszanie się po schodach w domu", "گھر کی سیڑھیوں پر محفوظ رہنا"),
    ("Talking and understanding", "Mówienie i rozumienie", "بولنا اور سمجھنا"),
    (
        "Our speech and language therapists help with this area.",
        "W tym obszarze pomagają nasi logopedzi.",
        "اس شعبے میں ہمارے اسپیچ اینڈ لینگویج تھراپسٹ مدد کرتے ہیں۔",
    ),
    (
        "Being understood by people who do not know them",
        "Bycie rozumianym przez osoby, które go nie znają",
        "ایسے لوگوں کا اسے سمجھ پانا جو اسے نہیں جانتے",
    ),
    ("Following instructions", "Wykonywanie poleceń", "ہدایات پر عمل کرنا"),
    ("Joining in conversations", "Udział w rozmowach", "بات چیت میں شامل ہونا"),
    (
        "Saying what they want or need",
        "Mówienie, czego chce lub potrzebuje",
        "بتانا کہ اسے کیا چاہیے یا کس چیز کی ضرورت ہے",
    ),
]
