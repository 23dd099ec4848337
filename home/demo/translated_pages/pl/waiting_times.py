"""Polish words for Waiting times (/waiting-times/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
