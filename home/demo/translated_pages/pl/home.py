"""Polish words for the home page (/).

Keyed by the English words; __init__.py says how to write them.
"""

WORDS = {
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
}
