"""The booking emails (training and family workshops): plain text, and nothing the person who filled in the form typed
apart from a name that cannot become a link.

Anyone can fill in the booking form with someone else's address, so these emails go to people who
did not ask for them. Mail programs turn text that looks like a web or email address into a link,
even in a plain-text email, so a "name" such as "Click www.example.com to confirm" would be a
phishing link sent in our name. The greeting repeats the name only when it is made of letters,
digits, spaces and the punctuation names use; otherwise it says "Dear colleague". The role and school
are never repeated.

Each email is written in the language the booking was made in (`TrainingBooking.language`: a family's on the
Polish or Urdu workshops page; school staff's always English), also when it is sent later (the reminder, "you
have a place"), with its cancel link on the workshops page in that language. Subjects name no person.
"""

import logging
import unicodedata

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)
FALLBACK_NAME = "colleague"
# Letters, combining accents and digits; not modifier letters (some look like dots) or symbols.
NAME_CATEGORIES = {"Lu", "Ll", "Lt", "Lo", "Mn", "Mc", "Nd"}
NAME_PUNCTUATION = set(" '’-.")

# (for school staff, for families); a status not listed reads "Your training booking" / "Your workshop booking".
SUBJECTS = {
    "booking_made": {
        "booked": (_("Your training place"), _("Your workshop place")),
        "waiting": (_("You are on the training waiting list"), _("You are on the workshop waiting list")),
    },
    "place_offered": {"booked": (_("Your training place"), _("Your workshop place"))},
    "already_booked": {},
    "reminder": {"booked": (_("Reminder: your training place"), _("Reminder: your workshop place"))},
}
OTHER_SUBJECT = (_("Your training booking"), _("Your workshop booking"))
FAMILY_FALLBACK_NAME = _("parent or carer")


def plain_name(name):
    """The name on one line, or None if it could be read as a link (or anything but a name).

    A full stop is allowed only before a space or at the end ("Mrs. Jo Bloggs"), never inside a
    word, where it could make a domain name ("J.Smith" is not repeated, which is a small price).
    """
    text = " ".join(unicodedata.normalize("NFC", name).split())
    if not text:
        return None
    for position, character in enumerate(text):
        if character == ".":
            if position + 1 < len(text) and text[position + 1] != " ":
                return None
        elif character not in NAME_PUNCTUATION and unicodedata.category(character) not in NAME_CATEGORIES:
            return None
    return text


def send_booking_email(request, booking, kind):
    """Email `booking`'s address. `kind` is "booking_made", "place_offered", "already_booked" or "reminder".

    Sent after the booking is saved: a failed email must not lose the place. The confirmation page
    shows the same details, and the failure is logged for staff.
    """
    families = booking.event.for_families
    with translation.override(booking.language or settings.LANGUAGE_CODE):
        # The configured site address, never the one this request came in on (the admin's, a proxy's, another port).
        cancel_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + cancel_path(booking)
        context = {
            "name": plain_name(booking.name) or (FAMILY_FALLBACK_NAME if families else FALLBACK_NAME),
            "booking": booking,
            "event": booking.event,
            "cancel_url": cancel_url,
        }
        body = render_to_string(f"resources/emails/{kind}.txt", context)
        subject = str(SUBJECTS[kind].get(booking.status, OTHER_SUBJECT)[families])
    try:
        send_mail(subject, body, None, [booking.email])
    except Exception:
        logger.exception("Could not send training booking email for booking %s", booking.pk)


def cancel_path(booking):
    """Where the booking is cancelled: families on the workshops page they booked on, school staff under /schools/."""
    if booking.event.for_families:
        from resources.models import FamilyWorkshopsPage

        pages = FamilyWorkshopsPage.objects.live()
        # The workshops page in the booking's language, or the English one if that translation has gone.
        page = (
            pages.filter(locale__language_code=booking.language).first()
            or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
            or pages.first()
        )
        parts = page.get_url_parts() if page is not None else None
        if parts is not None:
            return parts[2] + page.reverse_subpage("cancel", args=[booking.token])
    return reverse("resources:cancel", args=[booking.token])


def offer_freed_places(request, cancellation):
    """Tell each person moved up from the waiting list that the place is theirs."""
    for promoted in cancellation.promoted:
        send_booking_email(request, promoted, "place_offered")
