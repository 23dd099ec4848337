"""Polish words for Getting dressed (/advice/getting-dressed/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
