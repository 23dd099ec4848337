"""Polish words for Using scissors (/advice/using-scissors/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
