"""Polish words for the advice index and the words every advice topic shares (/advice/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
