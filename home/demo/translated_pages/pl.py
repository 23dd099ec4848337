"""Polish words for the demo's translated pages, keyed by the English words wagtail-localize segments them into.

Drafts by the engineering team, in plain Polish with short sentences: a qualified translator must check them
(docs/languages.md). Keep the markup of the English: `<b>`, and `<a id="a1">` for a link (its address comes
from the English page).
"""

WORDS = {
    # Home page
    "Home": "Strona główna",
    "Help with your child's everyday skills": "Pomoc w codziennych umiejętnościach dziecka",
    "Advice you can use today, a check of your child's needs, and how to ask for help from our occupational "
    "therapists and speech and language therapists.": (
        "Porady, z których możesz skorzystać już dziś, sprawdzenie potrzeb dziecka i informacje, jak poprosić "
        "o pomoc naszych terapeutów zajęciowych i logopedów."
    ),
    "Check your child's needs": "Sprawdź potrzeby dziecka",
    "Answer some questions and get advice that fits your child. It takes about 10 minutes.": (
        "Odpowiedz na kilka pytań i dostań porady dopasowane do dziecka. To zajmie około 10 minut."
    ),
    "How to get help": "Jak dostać pomoc",
    "Who can ask us for help, how to refer, and who to contact.": (
        "Kto może poprosić nas o pomoc, jak wysłać skierowanie i z kim się kontaktować."
    ),
    "Refer online": "Skierowanie przez internet",
    "Ask us to see your child. Parents, schools and health workers can all use the form.": (
        "Poproś nas o wizytę dziecka. Z formularza mogą korzystać rodzice, szkoły i pracownicy ochrony zdrowia."
    ),
    "Advice for families": "Porady dla rodzin",
    "Ideas to try at home for dressing, eating, play, handwriting and more.": (
        "Pomysły do wypróbowania w domu: ubieranie się, jedzenie, zabawa, pisanie i więcej."
    ),
    # How to get help
    "Who can ask us for help, how to do it, and what happens next.": (
        "Kto może poprosić nas o pomoc, jak to zrobić i co będzie dalej."
    ),
    "Ways to get help": "Jak można dostać pomoc",
    "Answer some questions about your child. We show you advice that fits, and tell you if a referral is a good "
    "idea. It takes about 10 minutes.": (
        "Odpowiedz na kilka pytań o dziecko. Pokażemy porady, które pasują. Powiemy też, czy warto wysłać "
        "skierowanie. To zajmie około 10 minut."
    ),
    "Join a free workshop": "Przyjdź na bezpłatne warsztaty",
    "Our workshops for parents and carers give you ideas to try at home. You do not need a referral. "
    '<a id="a1">Find a workshop</a>.': (
        "Na naszych warsztatach rodzice i opiekunowie dostają pomysły do wypróbowania w domu. "
        'Skierowanie nie jest potrzebne. <a id="a1">Znajdź warsztaty</a>.'
    ),
    "Refer your child yourself": "Sam wyślij skierowanie dla dziecka",
    "If you are a parent or carer, you can ask us to see your child. You do not need to see a GP first. It "
    "takes about 10 minutes.": (
        "Jeśli jesteś rodzicem lub opiekunem, możesz sam poprosić nas o wizytę dziecka. Nie musisz najpierw "
        "iść do lekarza rodzinnego (GP). To zajmie około 10 minut."
    ),
    "Ask your child's school or nursery": "Zapytaj szkołę lub przedszkole dziecka",
    "A school or nursery can refer your child, but only if you agree. They will ask you first.": (
        "Szkoła lub przedszkole może wysłać skierowanie, ale tylko za twoją zgodą. Najpierw cię zapytają."
    ),
    "Ask your GP or another health professional": "Zapytaj lekarza rodzinnego (GP) lub innego specjalistę",
    "Your GP, health visitor, school nurse or another therapist can refer your child. They can use the same "
    "online form.": (
        "Skierowanie może wysłać lekarz rodzinny (GP), pielęgniarka środowiskowa (health visitor), pielęgniarka "
        "szkolna albo inny terapeuta. Mogą użyć tego samego formularza w internecie."
    ),
    "Who we can help": "Komu pomagamy",
    "children and young people aged 0 to 18": "dzieciom i młodzieży w wieku od 0 do 18 lat",
    "who live in our area, or whose GP is in our area": (
        "które mieszkają na naszym terenie albo mają lekarza rodzinnego (GP) na naszym terenie"
    ),
    "What happens after a referral": "Co się dzieje po wysłaniu skierowania",
    "We tell you we have the referral, usually within 1 week.": (
        "Dajemy znać, że mamy skierowanie. Zwykle w ciągu 1 tygodnia."
    ),
    "A therapist reads it within about 2 weeks, and may phone you.": (
        "Terapeuta czyta je w ciągu około 2 tygodni. Może do ciebie zadzwonić."
    ),
    "We tell you what we can offer: advice, a group, or an appointment.": (
        "Mówimy, co możemy zaproponować: porady, zajęcia w grupie albo wizytę."
    ),
    "If the referral is urgent, we aim to contact you within 2 working days.": (
        "Jeśli skierowanie jest pilne, staramy się skontaktować z tobą w ciągu 2 dni roboczych."
    ),
    "How to make a complaint": "Jak złożyć skargę",
    "Phone or email your local team. Tell us what happened and what you would like us to do. We will tell you "
    "we have your complaint within 3 working days.": (
        "Zadzwoń albo napisz e-mail do swojego zespołu. Powiedz, co się stało i czego od nas oczekujesz. "
        "W ciągu 3 dni roboczych potwierdzimy, że mamy twoją skargę."
    ),
    "The Patient Advice and Liaison Service (PALS) can also help you. "
    '<a id="a1">Find out how to complain or give feedback</a>.': (
        "Może ci też pomóc biuro porad dla pacjentów (PALS). "
        '<a id="a1">Dowiedz się, jak złożyć skargę lub przekazać opinię</a>.'
    ),
    "Find your local team": "Znajdź swój zespół",
    "Enter your postcode to see your local team, how to contact them, and how long the wait is.": (
        "Wpisz swój kod pocztowy. Zobaczysz swój zespół, jak się z nim skontaktować i jak długo się czeka."
    ),
    "How to find the right service": "Jak znaleźć właściwą pomoc",
    "ask your GP or health visitor which children's therapy service covers your area": (
        "zapytaj lekarza rodzinnego (GP) lub pielęgniarkę środowiskową, która poradnia terapii dla dzieci "
        "obejmuje twój teren"
    ),
    "ask your child's school or nursery, as they often know the local team": (
        "zapytaj szkołę lub przedszkole dziecka, bo często znają miejscowy zespół"
    ),
    "search for children's occupational therapy on your local NHS trust's website": (
        "poszukaj terapii zajęciowej dla dzieci na stronie internetowej swojego NHS trust"
    ),
    # Waiting times
    "Waiting times": "Czas oczekiwania",
    "How long children wait for each kind of help from each local team, and how the waits have changed.": (
        "Jak długo dzieci czekają na każdy rodzaj pomocy w każdym zespole i jak zmienia się czas oczekiwania."
    ),
    "What the numbers mean": "Co znaczą liczby",
    "Each number is the typical wait, in weeks, from when we get a referral to the first appointment. Some "
    "children wait less and some wait longer.": (
        "Każda liczba to zwykły czas oczekiwania w tygodniach: od dnia, gdy dostajemy skierowanie, do pierwszej "
        "wizyty. Niektóre dzieci czekają krócej, a niektóre dłużej."
    ),
    "<b>Urgent referrals</b>: children who need help quickly. We aim to contact you within 2 working days.": (
        "<b>Pilne skierowania</b>: dzieci, które szybko potrzebują pomocy. Staramy się skontaktować z tobą "
        "w ciągu 2 dni roboczych."
    ),
    "<b>Routine assessment</b>: a first appointment with a therapist.": (
        "<b>Zwykła ocena</b>: pierwsza wizyta u terapeuty."
    ),
    "<b>Targeted groups and workshops</b>: group help for children and families.": (
        "<b>Grupy i warsztaty</b>: pomoc w grupie dla dzieci i rodzin."
    ),
    "The NHS standard is that children should wait less than 18 weeks. Staff update these figures every month.": (
        "Według zasad NHS dzieci powinny czekać krócej niż 18 tygodni. Pracownicy co miesiąc aktualizują te liczby."
    ),
    "Waiting well": "Jak dobrze wykorzystać czas oczekiwania",
    "There is a lot you can do while you wait:": "Podczas oczekiwania możesz zrobić dużo:",
    "use the advice for your child's needs, a little every day": (
        "korzystaj z porad na potrzeby dziecka, po trochu każdego dnia"
    ),
    "tell your child's nursery or school what you are working on": (
        "powiedz przedszkolu lub szkole dziecka, nad czym pracujecie"
    ),
    "write down what your child finds hard, to share at the first appointment": (
        "zapisz, co jest dla dziecka trudne, żeby powiedzieć o tym na pierwszej wizycie"
    ),
    "Find advice for your child": "Znajdź porady dla dziecka",
    "If things get worse while you wait": "Jeśli podczas oczekiwania jest gorzej",
    "Call your local team if your child's needs change. If you are worried about your child's health, speak to "
    "your GP or call 111. In an emergency, call 999.": (
        "Zadzwoń do swojego zespołu, jeśli potrzeby dziecka się zmienią. Jeśli martwisz się o zdrowie dziecka, "
        "porozmawiaj z lekarzem rodzinnym (GP) albo zadzwoń pod 111. W nagłym wypadku dzwoń pod 999."
    ),
    # Advice index
    "Ideas you can try at home today. You do not need a referral to use them.": (
        "Pomysły, które możesz wypróbować w domu już dziś. Nie potrzebujesz skierowania."
    ),
    # Shared by the advice topics
    "What is typical": "Co jest typowe",
    "<b>Give it 12 weeks.</b> New skills take time to grow. Use these ideas most days for about 12 weeks. Write "
    "down what you try and what changes. It will help if you talk to us later.": (
        "<b>Daj sobie 12 tygodni.</b> Nowe umiejętności rosną powoli. Korzystaj z tych pomysłów prawie "
        "codziennie przez około 12 tygodni. Zapisuj, co próbujesz i co się zmienia. To pomoże, jeśli później "
        "będziesz z nami rozmawiać."
    ),
    "Ask for help from our service if:": "Poproś nas o pomoc, jeśli:",
    "Speak to your GP or health visitor if:": (
        "Porozmawiaj z lekarzem rodzinnym (GP) lub pielęgniarką środowiskową, jeśli:"
    ),
    # Getting dressed
    "Getting dressed": "Ubieranie się",
    "Help your child learn to put on clothes, do up buttons and zips, and put on shoes.": (
        "Pomóż dziecku nauczyć się zakładać ubrania, zapinać guziki i zamki oraz wkładać buty."
    ),
    "Every child learns at their own speed. As a rough guide:": (
        "Każde dziecko uczy się we własnym tempie. Mniej więcej:"
    ),
    "at 2, most children can take off socks, hats and loose clothes": (
        "w wieku 2 lat większość dzieci umie zdjąć skarpetki, czapkę i luźne ubrania"
    ),
    "at 3, most can pull trousers up and down and put on a coat with help": (
        "w wieku 3 lat większość umie podciągnąć i zsunąć spodnie oraz założyć kurtkę z pomocą"
    ),
    "at 4 to 5, most can dress themselves, but need help with buttons and zips": (
        "w wieku 4–5 lat większość ubiera się sama, ale potrzebuje pomocy przy guzikach i zamkach"
    ),
    "at 5 to 6, most can do big buttons and Velcro shoes": (
        "w wieku 5–6 lat większość umie zapiąć duże guziki i buty na rzepy"
    ),
    "tying shoelaces often comes later, at about 6 to 8": (
        "wiązanie sznurowadeł przychodzi często później, w wieku około 6–8 lat"
    ),
    "practise when you are not in a rush, like at weekends or at bedtime": (
        "ćwicz, kiedy się nie spieszycie, na przykład w weekend albo przed snem"
    ),
    "help with the first steps, then let your child do the last step on their own": (
        "pomóż przy pierwszych krokach, a ostatni krok niech dziecko zrobi samo"
    ),
    "let your child sit on the floor or a low step to dress, so they do not wobble": (
        "niech dziecko ubiera się na siedząco, na podłodze albo na niskim stopniu, żeby się nie chwiało"
    ),
    "lay clothes out in the order they go on": "połóż ubrania w kolejności, w jakiej się je zakłada",
    "choose loose clothes with big buttons, and add a key ring to zips to make them easier to pull": (
        "wybieraj luźne ubrania z dużymi guzikami. Do zamka przyczep kółko od kluczy, żeby łatwiej było ciągnąć"
    ),
    "stick half a sticker inside each shoe, so the picture is whole when the shoes are on the right feet": (
        "naklej w każdym bucie połowę naklejki. Gdy buty są na dobrych nogach, obrazek jest cały"
    ),
    "practise new skills on a busy school morning": "ćwicz nowe umiejętności w zabiegany poranek przed szkołą",
    "start with small buttons: big ones are easier to learn first": (
        "zaczynaj od małych guzików: na początek łatwiej nauczyć się dużych"
    ),
    "your child is 5 or older and needs full help to get dressed": (
        "dziecko ma 5 lat lub więcej i przy ubieraniu potrzebuje pełnej pomocy"
    ),
    "your child is 7 or older and cannot do buttons or zips at all": (
        "dziecko ma 7 lat lub więcej i w ogóle nie umie zapiąć guzików ani zamków"
    ),
    "getting dressed leads to a long struggle most days": "ubieranie się prawie codziennie to długa walka",
    "you have used these ideas for 12 weeks and your child still finds dressing very hard": (
        "od 12 tygodni korzystasz z tych pomysłów, a ubieranie się jest dla dziecka wciąż bardzo trudne"
    ),
    # Using a spoon, fork and knife
    "Using a spoon, fork and knife": "Jedzenie łyżką, widelcem i nożem",
    "Ideas to help your child feed themselves and learn to use a spoon, fork and knife.": (
        "Pomysły, jak pomóc dziecku jeść samodzielnie i nauczyć się używać łyżki, widelca i noża."
    ),
    "at about 1, most children feed themselves with their fingers and start to use a spoon": (
        "w wieku około 1 roku większość dzieci je palcami i zaczyna używać łyżki"
    ),
    "at 2, most can use a spoon with less mess and drink from an open cup with some spills": (
        "w wieku 2 lat większość je łyżką i mniej brudzi. Pije z otwartego kubka, czasem coś rozleje"
    ),
    "at 3 to 4, most can use a fork": "w wieku 3–4 lat większość umie używać widelca",
    "at 5 to 7, most start to spread and cut soft food with a knife": (
        "w wieku 5–7 lat większość zaczyna smarować i kroić nożem miękkie jedzenie"
    ),
    "cutting harder food, like meat, can take until about 8 or 9": (
        "krojenie twardszego jedzenia, na przykład mięsa, może przyjść dopiero w wieku około 8–9 lat"
    ),
    "Mess is normal. It is how children learn.": "Bałagan jest normalny. Tak dzieci się uczą.",
    "sit your child with their feet flat on the floor or on a box, and the table at tummy height": (
        "posadź dziecko tak, żeby stopy stały płasko na podłodze lub na pudełku, a stół był na wysokości brzucha"
    ),
    "use child-sized cutlery with thick handles": "używaj małych sztućców dla dzieci z grubymi rączkami",
    "put a damp cloth or a non-slip mat under the plate so it does not slide": (
        "połóż pod talerzem wilgotną ściereczkę lub matę antypoślizgową, żeby talerz się nie przesuwał"
    ),
    "show your child how to put a pointing finger on the back of the fork and knife": (
        "pokaż dziecku, jak położyć palec wskazujący na grzbiecie widelca i noża"
    ),
    "practise cutting soft food first, like banana, pasta or fish fingers": (
        "najpierw ćwiczcie krojenie miękkiego jedzenia, na przykład banana, makaronu albo paluszków rybnych"
    ),
    "eat together, so your child can copy you": "jedzcie razem, żeby dziecko mogło cię naśladować",
    "tell your child off for mess": "krzycz na dziecko za bałagan",
    "practise new skills when your child is very hungry or tired": (
        "ćwicz nowe umiejętności, gdy dziecko jest bardzo głodne lub zmęczone"
    ),
    "Coughing or choking when eating": "Kaszel lub krztuszenie się przy jedzeniu",
    "If your child often coughs, chokes or struggles to breathe when eating or drinking, speak to your GP today. "
    "They will need to check how your child swallows.": (
        "Jeśli dziecko często kaszle, krztusi się albo ma trudności z oddychaniem przy jedzeniu lub piciu, "
        "porozmawiaj dziś z lekarzem rodzinnym (GP). Lekarz musi sprawdzić, jak dziecko połyka."
    ),
    "your child is 5 or older and cannot feed themselves with a spoon or fork": (
        "dziecko ma 5 lat lub więcej i nie umie samo jeść łyżką ani widelcem"
    ),
    "your child is 9 or older and cannot use a knife and fork together": (
        "dziecko ma 9 lat lub więcej i nie umie jeść jednocześnie nożem i widelcem"
    ),
    "your child cannot sit on a chair long enough to eat a meal": (
        "dziecko nie umie usiedzieć na krześle tak długo, żeby zjeść posiłek"
    ),
    "mealtimes are still a struggle most days after 12 weeks of trying these ideas": (
        "po 12 tygodniach korzystania z tych pomysłów posiłki prawie codziennie są wciąż walką"
    ),
    # Using scissors
    "Using scissors": "Cięcie nożyczkami",
    "Help your child learn to snip, then cut along lines and cut out shapes.": (
        "Pomóż dziecku nauczyć się ciachać nożyczkami, potem ciąć po linii i wycinać kształty."
    ),
    "at 2 to 3, most children can make small snips in paper": (
        "w wieku 2–3 lat większość dzieci umie zrobić nożyczkami małe nacięcia w papierze"
    ),
    "at 3 to 4, most can cut across a strip of paper": "w wieku 3–4 lat większość umie przeciąć pasek papieru",
    "at 4 to 5, most can cut along a straight line": "w wieku 4–5 lat większość umie ciąć po prostej linii",
    "at 5 to 6, most can cut out a circle or a square": "w wieku 5–6 lat większość umie wyciąć koło lub kwadrat",
    "use child safety scissors that fit small hands": (
        "używaj bezpiecznych nożyczek dla dzieci, które pasują do małej dłoni"
    ),
    "use left-handed scissors if your child is left-handed": (
        "jeśli dziecko jest leworęczne, używaj nożyczek dla leworęcznych"
    ),
    "remind your child to keep their thumb on top: 'thumbs up'": (
        "przypominaj dziecku, że kciuk ma być na górze: „kciuk w górę”"
    ),
    "start by snipping play dough, straws or thin card, which are easier than floppy paper": (
        "zacznijcie od cięcia ciastoliny, słomek albo cienkiego kartonu. To łatwiejsze niż miękki papier"
    ),
    "draw thick, bold lines for your child to follow": "rysuj grube, wyraźne linie, po których dziecko będzie ciąć",
    "teach your child to hold and turn the paper with their other hand": (
        "naucz dziecko trzymać i obracać papier drugą ręką"
    ),
    "leave your child alone with sharp adult scissors": ("zostawiaj dziecko samo z ostrymi nożyczkami dla dorosłych"),
    "expect neat shapes before your child can snip easily": (
        "oczekuj ładnych kształtów, zanim dziecko nauczy się łatwo ciachać"
    ),
    "your child is 6 or older and cannot cut along a straight line": (
        "dziecko ma 6 lat lub więcej i nie umie ciąć po prostej linii"
    ),
    "your child cannot open and close scissors, even ones that spring open on their own": (
        "dziecko nie umie otwierać i zamykać nożyczek, nawet takich, które same się otwierają"
    ),
    "your child gets very upset or avoids activities that use scissors": (
        "dziecko bardzo się denerwuje albo unika zajęć z nożyczkami"
    ),
    "you have used these ideas for 12 weeks and nothing has changed": (
        "od 12 tygodni korzystasz z tych pomysłów i nic się nie zmieniło"
    ),
    # Play ideas to build hand strength
    "Play ideas to build hand strength": "Zabawy, które wzmacniają dłonie",
    "Fun, everyday games that build strong hands, ready for dressing, eating and drawing.": (
        "Wesołe, codzienne zabawy, które wzmacniają dłonie. Silne dłonie pomagają w ubieraniu się, jedzeniu "
        "i rysowaniu."
    ),
    "Young children build strong hands through play. They squeeze, pull, push, build and climb. Strong hands "
    "help later with dressing, using cutlery and holding a crayon.": (
        "Małe dzieci wzmacniają dłonie w czasie zabawy. Ściskają, ciągną, pchają, budują i wspinają się. "
        "Silne dłonie pomagają potem w ubieraniu się, jedzeniu sztućcami i trzymaniu kredki."
    ),
    "You do not need special toys. Everyday things at home work well.": (
        "Nie potrzebujesz specjalnych zabawek. Zwykłe rzeczy z domu dobrze się sprawdzają."
    ),
    "squeeze, roll and pinch play dough, and hide things in it for your child to find": (
        "ściskajcie, wałkujcie i szczypcie ciastolinę. Schowaj w niej małe rzeczy, niech dziecko je znajdzie"
    ),
    "clip clothes pegs onto the edge of a box or a bowl": "przypinajcie klamerki do brzegu pudełka albo miski",
    "tear paper into strips, then scrunch it into balls to throw": (
        "drzyjcie papier na paski, a potem zgniatajcie go w kulki do rzucania"
    ),
    "play with water: squeeze sponges and squeezy bottles at bath time": (
        "bawcie się wodą: w kąpieli ściskajcie gąbki i miękkie butelki"
    ),
    "build with blocks or bricks that push together": "budujcie z klocków, które się łączą",
    "crawl through tunnels and climb at the park, so your child takes their weight on their hands": (
        "czołgajcie się przez tunele i wspinajcie w parku, żeby dziecko opierało ciężar ciała na dłoniach"
    ),
    "Watch out for small things": "Uważaj na małe przedmioty",
    "Small things like beads, buttons and coins can cause choking. Stay with your child when they play with "
    "them, and put them away afterwards.": (
        "Małe rzeczy, jak koraliki, guziki i monety, mogą spowodować zadławienie. Bądź przy dziecku, gdy się "
        "nimi bawi, i potem je schowaj."
    ),
    "your child always uses one hand and seems to ignore the other": (
        "dziecko zawsze używa jednej ręki, a drugą jakby pomija"
    ),
    "your child's hands seem much weaker or floppier than other children's": (
        "dłonie dziecka wydają się dużo słabsze lub bardziej wiotkie niż u innych dzieci"
    ),
    "your child shows no interest in playing with toys": "dziecko wcale nie chce bawić się zabawkami",
    "you have tried these ideas for 12 weeks and see no change": (
        "od 12 tygodni próbujesz tych pomysłów i nie widzisz zmiany"
    ),
    # Helping your child talk and understand
    "Helping your child talk and understand": "Jak pomóc dziecku mówić i rozumieć",
    "Everyday ways to help your child learn words, follow instructions and join in with conversations.": (
        "Codzienne sposoby, jak pomóc dziecku uczyć się słów, rozumieć polecenia i brać udział w rozmowie."
    ),
    "at about 1, most children say their first words": ("w wieku około 1 roku większość dzieci mówi pierwsze słowa"),
    "at 2, most use about 50 words and start to put 2 words together, like 'more milk'": (
        "w wieku 2 lat większość używa około 50 słów i zaczyna łączyć 2 słowa, na przykład „jeszcze mleko”"
    ),
    "at 3, most talk in short sentences, and people who know them understand most of it": (
        "w wieku 3 lat większość mówi krótkimi zdaniami. Osoby, które znają dziecko, rozumieją większość"
    ),
    "at 4 to 5, most can tell a simple story, and most people understand them": (
        "w wieku 4–5 lat większość umie opowiedzieć prostą historię i większość ludzi je rozumie"
    ),
    "Many young children stammer for a while between 2 and 5. Often it goes away on its own.": (
        "Wiele małych dzieci jąka się przez jakiś czas w wieku od 2 do 5 lat. Często to mija samo."
    ),
    "get down to your child's level so they can see your face": (
        "zniż się do wysokości dziecka, żeby widziało twoją twarz"
    ),
    "talk about what your child is doing, like 'You are building a tall tower'": (
        "mów o tym, co robi dziecko, na przykład „Budujesz wysoką wieżę”"
    ),
    "wait for your child to answer: count to 10 in your head": "czekaj na odpowiedź dziecka: policz w myślach do 10",
    "say words back the right way, like 'Yes, a big dog', instead of correcting them": (
        "powtarzaj słowa poprawnie, na przykład „Tak, duży pies”, zamiast poprawiać dziecko"
    ),
    "share a book every day": "codziennie czytajcie razem książkę",
    "give one short instruction at a time, and point or show as you say it": (
        "dawaj jedno krótkie polecenie naraz. Kiedy mówisz, pokaż palcem albo pokaż, o co chodzi"
    ),
    "ask your child to say words again until they get them right": (
        "proś dziecko, żeby powtarzało słowa, aż powie je dobrze"
    ),
    "finish your child's sentences for them": "kończ zdania za dziecko",
    "ask lots of questions in a row: comment on what they are doing instead": (
        "zadawaj wiele pytań jedno po drugim: lepiej mów o tym, co dziecko robi"
    ),
    "your child is 18 months old and is not saying any words": "dziecko ma 18 miesięcy i nie mówi żadnych słów",
    "your child is 3 and people who know them cannot understand most of what they say": (
        "dziecko ma 3 lata, a osoby, które je znają, nie rozumieją większości tego, co mówi"
    ),
    "your child does not understand simple instructions, like 'get your shoes'": (
        "dziecko nie rozumie prostych poleceń, na przykład „przynieś buty”"
    ),
    "your child stammers and it upsets them": "dziecko się jąka i bardzo się tym martwi",
    "you are worried about your child's hearing": "martwisz się o słuch dziecka",
    "You can also ask our speech and language therapists for help. Use the same phone number as our OTs: "
    '<a id="a1">0300 123 4567</a>.': (
        "Możesz też poprosić o pomoc naszych logopedów. Dzwoń pod ten sam numer co do terapeutów zajęciowych: "
        '<a id="a1">0300 123 4567</a>.'
    ),
}
