"""Polish words for Play ideas to build hand strength (/advice/play-ideas-to-build-hand-strength/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
