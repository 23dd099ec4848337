"""A family who refers from the Polish or Urdu site (docs/languages.md): every step, hint, error, check answers,
the confirmation, their emails and "Where is my referral?" in their language; the referral stored exactly as
an English one apart from the language it was sent in; staff read it in English with "Language: Polish"."""

import re

import pytest
from django.core import mail

from referrals import triage
from referrals.models import OutboxMessage, Referral, ReferralStatus
from referrals.tests.factories import triage_user
from referrals.tests.journeys import parent_answers

pytestmark = pytest.mark.django_db

# Words only English pages have: none may show on a Polish or Urdu page of the journey.
ENGLISH = ("Continue", "Who is making this referral?", "First name", "Check your answers", "Send referral", "Back<")


def refer(client, prefix, answers, pages=None):
    """Post every step at the language's addresses; `pages` collects each step's page (GET) on the way."""
    response = client.post(f"{prefix}/refer/start/")
    assert response.url == f"{prefix}/refer/who/"
    for slug, data in answers.items():
        if pages is not None and slug != "evidence":
            pages[slug] = client.get(f"{prefix}/refer/{slug}/")
        response = client.post(f"{prefix}/refer/{slug}/", data)
        assert response.status_code == 302, (slug, response.content.decode()[:2000])
        assert response.url.startswith(f"{prefix}/refer/"), (slug, response.url)
    if pages is not None:
        pages["check"] = client.get(f"{prefix}/refer/check-your-answers/")
    response = client.post(f"{prefix}/refer/check-your-answers/")
    assert response.status_code == 302, response.content.decode()[:2000]
    if pages is not None:
        pages["confirmation"] = client.get(response.url)
    return Referral.objects.order_by("-pk").first()


def html_element(response):
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def error_summary(response):
    found = re.search(r'<div class="nhsuk-error-summary".*?</div>\s*</div>', response.content.decode(), re.S)
    assert found, "no error summary"
    return found.group(0)


def test_every_page_of_the_journey_reads_in_polish(client, teams, area):
    start = client.get("/pl/refer/")
    pages = {"start": start}
    referral = refer(client, "/pl", parent_answers(area.pk), pages)
    for step, response in pages.items():
        assert response.status_code == 200, step
        assert html_element(response) == '<html lang="pl" dir="ltr">', step
        text = response.content.decode()
        assert "portal-untranslated" not in text, step
        for english in ENGLISH:
            assert english not in text, (step, english)
    text = {step: response.content.decode() for step, response in pages.items()}
    assert "<h1>Skieruj dziecko na terapię</h1>" in text["start"] and "Rozpocznij" in text["start"]
    assert "Kto wysyła to skierowanie?" in text["who"] and "Jestem rodzicem lub opiekunem dziecka" in text["who"]
    assert ">Dalej<" in text["who"] and "Wstecz" in text["who"]
    child = text["child"]
    assert "<h1>O dziecku</h1>" in child and "Imię" in child and "Data urodzenia" in child
    assert "Dzień" in child and "Miesiąc" in child and "Rok" in child and "Na przykład 15 3 2017" in child
    assert "Ma 10 cyfr, na przykład 943 476 5919." in child and "Numer NHS (nieobowiązkowe)" in child
    assert "(optional)" not in child
    assert "Jaki jest kod pocztowy domu dziecka?" in text["postcode"]
    assert "Co w codziennym życiu jest dla dziecka trudne?" in text["needs"]
    assert "Możesz napisać najwyżej 1\xa0500 znaków." in text["needs"]
    assert "Czy rodzina potrzebuje tłumacza?" in text["communication"] and ">Tak<" in text["communication"]
    assert "Zgadzam się na to skierowanie" in text["consent"]
    assert "Jak mamy Cię informować o skierowaniu?" in text["contact"] and "E-mailem" in text["contact"]
    check = text["check"]
    assert "<h1>Sprawdź odpowiedzi przed wysłaniem skierowania</h1>" in check
    assert "15 marca 2018" in check and "Jestem rodzicem lub opiekunem dziecka" in check
    assert "Zmień" in check and "Wyślij skierowanie" in check and "Nie podano" in check
    confirmation = text["confirmation"]
    assert "Skierowanie wysłane" in confirmation and referral.reference in confirmation
    assert "Terapeuta przeczyta skierowanie do dnia" in confirmation
    assert 'href="/pl/refer/status/"' in confirmation


def test_errors_are_in_polish_in_the_error_summary(client, teams, area):
    client.post("/pl/refer/start/")
    client.post("/pl/refer/who/", {"referrer_kind": "parent"})
    response = client.post(
        "/pl/refer/child/",
        {
            "first_name": "",
            "last_name": "Example",
            "date_of_birth_0": "31",
            "date_of_birth_1": "2",
            "date_of_birth_2": "2018",
            "nhs_number": "943 476 5918",
        },
    )
    assert response.status_code == 200
    summary = error_summary(response)
    assert "Wystąpił problem" in summary
    assert "Wpisz imię dziecka" in summary
    assert "Data urodzenia musi być prawdziwą datą" in summary
    assert "Sprawdź numer NHS: to nie jest prawdziwy numer NHS" in summary
    assert "Enter" not in summary and "must be" not in summary
    # Beside each field too, with the prefix a screen reader says before the message.
    page = response.content.decode()
    assert '<span class="nhsuk-u-visually-hidden">Błąd:</span> Wpisz imię dziecka' in page
    assert "Error:" not in page
    response = client.post("/pl/refer/child/", {"first_name": "Pip", "last_name": "Example", "date_of_birth_0": "15"})
    assert "Data urodzenia musi zawierać miesiąc i rok" in error_summary(response)


def test_urdu_pages_are_right_to_left_with_numbers_left_to_right(client, teams, area):
    pages = {}
    referral = refer(client, "/ur", parent_answers(area.pk), pages)
    for step, response in pages.items():
        assert html_element(response) == '<html lang="ur" dir="rtl">', step
        assert "portal-untranslated" not in response.content.decode(), step
    assert "یہ ریفرل کون بھیج رہا ہے؟" in pages["who"].content.decode()
    check = pages["check"].content.decode()
    assert '<bdi dir="ltr">SG1 2AB</bdi>' in check and '<bdi dir="ltr">943 476 5919</bdi>' in check
    assert "مارچ 2018" in check  # the date of birth, with the month in Urdu
    confirmation = pages["confirmation"].content.decode()
    assert f'data-testid="reference" dir="ltr">{referral.reference}<' in confirmation


def test_the_stored_referral_is_the_same_as_an_english_one_apart_from_its_language(client, teams, area):
    english = refer(client, "", parent_answers(area.pk))
    client.cookies.clear()
    polish = refer(client, "/pl", parent_answers(area.pk))
    client.cookies.clear()
    urdu = refer(client, "/ur", parent_answers(area.pk))
    differ = {"id", "reference", "idempotency_key", "confirmation_token", "received_at", "site_language"}

    def stored(referral):
        fields = {f.name: getattr(referral, f.name) for f in Referral._meta.concrete_fields if f.name not in differ}
        return {**fields, "life_areas": list(referral.life_areas.values_list("pk", flat=True))}

    assert stored(polish) == stored(english) == stored(urdu)
    assert (english.site_language, polish.site_language, urdu.site_language) == ("en-gb", "pl", "ur")


@pytest.mark.parametrize(
    ("prefix", "language", "name"), [("", "en-gb", "English"), ("/pl", "pl", "Polish"), ("/ur", "ur", "Urdu")]
)
def test_staff_see_the_language_a_family_referred_in(client, teams, area, prefix, language, name):
    referral = refer(client, prefix, parent_answers(area.pk))
    assert referral.site_language == language
    client.cookies.clear()
    client.force_login(triage_user("triage-north", teams["north"]))
    detail = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert f"<dt>Language</dt><dd>{name}</dd>" in detail
    # The staff screen stays English: the family's answers are shown as typed, the interface in English.
    assert "Getting dressed takes an hour." in detail
    assert "Skierowanie" not in detail and "ریفرل" not in detail


def test_the_familys_emails_are_in_polish_and_the_teams_in_english(client, teams, area):
    referral = refer(client, "/pl", parent_answers(area.pk))
    family = OutboxMessage.objects.get(referral=referral, kind="family-confirmation")
    assert family.to == "sam@example.org"
    assert family.subject == f"Mamy Twoje skierowanie: {referral.reference}"
    assert "Pip" not in family.subject and "Example" not in family.subject
    assert "Dziękujemy. Otrzymaliśmy skierowanie dla Twojego dziecka." in family.body
    assert f"Twój numer referencyjny to {referral.reference}." in family.body
    assert "/pl/refer/status/ i wpisz numer referencyjny oraz datę urodzenia dziecka." in family.body
    assert "Thank you" not in family.body and "reference number" not in family.body
    team = OutboxMessage.objects.get(referral=referral, kind="team-notice")
    assert team.subject == f"New referral {referral.reference}"
    assert team.body.startswith("A new routine referral has arrived for North Team.")


def test_news_sent_later_from_the_english_admin_is_in_the_familys_language(client, teams, area):
    referral = refer(client, "/ur", parent_answers(area.pk))
    staff = triage_user("triage-north", teams["north"])
    triage.apply(referral, "accept", staff, {"tier": ReferralStatus.ACCEPTED_SPECIALIST, "priority": "routine"})
    news = OutboxMessage.objects.get(referral=referral, kind="status-update")
    assert news.subject == f"ریفرل {referral.reference} کے بارے میں اطلاع"
    assert "ہم نے آپ کا ریفرل قبول کر لیا ہے۔" in news.body
    assert "/ur/refer/status/" in news.body
    assert "news" not in news.body and "accepted" not in news.body
    polish = refer(client, "/pl", parent_answers(area.pk))
    triage.apply(polish, "decline", staff, {"reason": "other-service", "note": "Try the school nurse."})
    declined = OutboxMessage.objects.get(referral=polish, kind="status-update")
    assert "Dlaczego: Inna służba będzie lepsza." in declined.body
    assert "Co proponujemy (napisane przez zespół po angielsku): Try the school nurse." in declined.body
    polish.refresh_from_db()
    assert polish.decision_note.startswith("Another service fits better.")  # staff's record stays English


def test_where_is_my_referral_in_polish(client, teams, area):
    referral = refer(client, "/pl", parent_answers(area.pk))
    client.cookies.clear()
    page = client.get("/pl/refer/status/")
    assert html_element(page) == '<html lang="pl" dir="ltr">'
    text = page.content.decode()
    assert "Numer referencyjny" in text and "Data urodzenia dziecka" in text and "Znajdź moje skierowanie" in text
    wrong = client.post(
        "/pl/refer/status/",
        {"reference": referral.reference, "date_of_birth_0": "16", "date_of_birth_1": "3", "date_of_birth_2": "2018"},
    )
    assert "Nie znaleźliśmy skierowania z tym numerem referencyjnym i datą urodzenia." in error_summary(wrong)
    found = client.post(
        "/pl/refer/status/",
        {"reference": referral.reference, "date_of_birth_0": "15", "date_of_birth_1": "3", "date_of_birth_2": "2018"},
    )
    assert found.url == "/pl/refer/status/result/"
    result = client.get(found.url).content.decode()
    assert f'Twoje skierowanie <bdi dir="ltr">{referral.reference}</bdi>' in result
    assert "Mamy Twoje skierowanie. Terapeuta wkrótce je przeczyta" in result
    assert "Data wysłania" in result and "Where it is now" not in result


def test_a_polish_familys_self_assessment_reaches_staff_in_english_and_the_family_in_polish(client, teams):
    from portal.demo import ChangeLog
    from selfassess.definitions import version_for_revision
    from selfassess.demo import translations
    from selfassess.models import Assessment
    from selfassess.tests.factories import load_questionnaire_only
    from selfassess.tests.journeys import SEVERE
    from selfassess.tests.test_languages import walk

    version_for_revision.cache_clear()
    load_questionnaire_only()
    translations.load(ChangeLog())
    result = walk(client, "/pl", ["getting-dressed"], SEVERE)["result"].content.decode()
    assessment = Assessment.objects.get()
    assert f'href="/pl/refer/?assessment={assessment.code}"' in result
    client.get(f"/pl/refer/?assessment={assessment.code}")
    start = client.get("/pl/refer/").content.decode()
    assert "Według Twojej samooceny warto skierować dziecko na: <strong>terapia zajęciowa</strong>." in start
    answers = parent_answers(0)
    answers["needs"] = {"help_wanted": "Jak w samoocenie"}
    pages = {}
    referral = refer(client, "/pl", answers, pages)
    for page in ("needs", "check"):
        text = pages[page].content.decode()
        assert "Ubieranie się" in text and "Nie potrafi tego zrobić lub potrzebuje pełnej pomocy" in text, page
        assert "Getting dressed" not in text and "Cannot do it" not in text, page
    client.cookies.clear()
    client.force_login(triage_user("triage-north", teams["north"]))
    detail = client.get(f"/admin/referrals/{referral.pk}/").content.decode()
    assert "<dt>Language</dt><dd>Polish</dd>" in detail
    assert "Putting on and taking off clothes" in detail and "Cannot do it, or needs full help" in detail
    assert "Zakładanie" not in detail and "Nie potrafi" not in detail
    version_for_revision.cache_clear()


def test_english_is_unchanged(client, teams, area):
    pages = {}
    refer(client, "", parent_answers(area.pk), pages)
    assert "Who is making this referral?" in pages["who"].content.decode()
    check = pages["check"].content.decode()
    assert "15 March 2018" in check and "Not provided" in check
    assert "You can write up to 1,500 characters." in pages["needs"].content.decode()
    assert len(mail.outbox) == 0  # emails wait in the outbox


def test_numbers_are_typed_left_to_right_on_urdu_pages(client, teams, area):
    """In a right-to-left input, '943 476 5919' shows as '5919 476 943' (Chromium, checked by hand)."""
    client.post("/ur/refer/start/")
    client.post("/ur/refer/who/", {"referrer_kind": "parent"})
    child = client.get("/ur/refer/child/").content.decode()
    assert re.search(r'<input[^>]*name="nhs_number"[^>]*dir="ltr"', child)
