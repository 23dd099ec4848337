"""Polish words for Helping your child talk and understand (/advice/helping-your-child-talk-and-understand/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
