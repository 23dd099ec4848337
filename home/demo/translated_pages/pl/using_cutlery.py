"""Polish words for Using a spoon, fork and knife (/advice/using-cutlery/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
