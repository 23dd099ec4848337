"""Polish words for How to get help (/how-to-get-help/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
