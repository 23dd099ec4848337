"""Views that are not pages: counted pack downloads (the PDF made from the page), and booking and
cancelling places on sessions.

School staff book training here (/schools/training/...); families book workshops on the workshops
page (resources/models/workshops.py routes to the same functions). Each booking place is described
by a `BookingPlace`: which sessions it takes, the form it asks, and where its pages are.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.languages import page_language
from portal.ratelimit import rate_limited
from resources.booking import AlreadyBooked, BookingClosed, book_place, cancel_booking
from resources.emails import offer_freed_places, send_booking_email
from resources.forms import BookingForm, CancelBookingForm, FamilyBookingForm
from resources.models import (
    PackDownloadDay,
    ResourcePackPage,
    SessionKind,
    TrainingBooking,
    TrainingEvent,
    TrainingIndexPage,
)
from resources.pdf import current_pack_pdf

# What the confirmation page shows: {"event", "status", "waiting_position", "email"}, the same for a
# new booking and for an address that already had one, so the page cannot tell them apart.
SESSION_KEY = "training_booking"
MAX_PAGE_ID = 2**31 - 1


@require_GET
def download_pack(request, pack_id):
    """Count the download, then send the PDF rendered from the pack's published page.

    Only a live, public pack has a PDF to download: one never published, or awaiting approval for
    the first time, is not found. A pack with a draft or a revision in approval serves the PDF of its
    published version (resources/pdf.py)."""
    if pack_id > MAX_PAGE_ID:
        # Beyond the database's integer column the lookup itself fails (a server error), rather than finding nothing.
        raise Http404("No such pack.")
    pack = get_object_or_404(ResourcePackPage.objects.live().public(), pk=pack_id)
    pdf = current_pack_pdf(pack)
    PackDownloadDay.record(pack)
    response = FileResponse(
        pdf.file.open("rb"), as_attachment=True, filename=f"{pack.slug}.pdf", content_type="application/pdf"
    )
    response["Last-Modified"] = http_date(pdf.rendered_at.timestamp())
    # As Wagtail serves documents: a file opened in the browser from our address runs nothing.
    response["Content-Security-Policy"] = "default-src 'none'"
    return response


@dataclass
class BookingPlace:
    """Where one kind of session is booked. `listing` is the page listing the sessions (None if editors
    removed it); `url` turns a route name ("book", "booked", "cancel", "cancelled") and its arguments
    into an address. `language` is the language the place's pages are written in, which a booking records for
    its emails: a family's is the language of the workshops page they book from (its Polish translation at
    /pl/…, or the English page, served at /pl/… with the "not in your language yet" notice); school staff's is
    English. `page` is that workshops page, so the pages read in its language (base.html)."""

    kind: str
    form_class: type
    listing: object
    listing_link_text: str
    url: object
    language: str = settings.LANGUAGE_CODE
    page: object = None

    def context(self, event, **extra):
        listing = self.listing
        return {
            **({"page": self.page} if self.page is not None else {}),
            "event": event,
            "listing_page": listing,
            "listing_link_text": self.listing_link_text,
            "breadcrumbs": [*listing.get_ancestors().filter(depth__gte=2), listing] if listing else [],
            **extra,
        }

    def session(self, event_id):
        """The session, only if it is booked here: a family workshop has no school booking form, and the other way round."""
        return get_object_or_404(TrainingEvent, pk=event_id, kind=self.kind)


def training_place():
    return BookingPlace(
        kind=SessionKind.SCHOOL_STAFF,
        form_class=BookingForm,
        listing=TrainingIndexPage.objects.live().first(),
        listing_link_text=_("See upcoming training sessions"),
        url=lambda name, *args: reverse(f"resources:{name}", args=args),
    )


def take_booking(request, place, event_id):
    event = place.session(event_id)
    now = timezone.now()
    if not event.is_bookable(now):
        return render(
            request, "resources/booking_closed.html", place.context(event, has_started=event.has_started(now))
        )

    form = place.form_class(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].strip().lower()
        try:
            booking = book_place(event.pk, language=place.language, **form.cleaned_data)
        except BookingClosed:
            return render(request, "resources/booking_closed.html", place.context(event, has_started=False))
        except AlreadyBooked as duplicate:
            # Shown what a new booking would be shown; only the address's owner learns, by email, that it
            # already had one. Nothing typed this time is kept or sent.
            if duplicate.booking is not None:
                send_booking_email(request, duplicate.booking, "already_booked")
            return confirm(request, place, event, duplicate.status, duplicate.waiting_position, email)
        send_booking_email(request, booking, "booking_made")
        return confirm(request, place, event, booking.status, booking.waiting_position(), booking.email)

    event.booked_count = event.booked_places()
    return render(
        request,
        "resources/booking_form.html",
        place.context(event, form=form, retention_days=settings.TRAINING_BOOKING_RETENTION_DAYS),
    )


def confirm(request, place, event, status, waiting_position, email):
    # The address and the place are kept in the session, never in the address the browser goes to next.
    request.session[SESSION_KEY] = {
        "event": event.pk,
        "status": status,
        "waiting_position": waiting_position,
        "email": email,
    }
    return redirect(place.url("booked", event.pk))


def show_confirmation(request, place, event_id):
    event = place.session(event_id)
    confirmation = request.session.get(SESSION_KEY)
    if not isinstance(confirmation, dict) or confirmation.get("event") != event.pk:
        return redirect(place.url("book", event.pk))
    return render(request, "resources/booking_done.html", place.context(event, confirmation=confirmation))


def cancel_by_link(request, place, token):
    booking = TrainingBooking.objects.select_related("event").filter(token=token).first()
    if booking is None:
        return render(request, "resources/cancel_invalid.html", place.context(None), status=404)

    form = CancelBookingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        cancellation = cancel_booking(token)
        if cancellation is None:
            return render(request, "resources/cancel_invalid.html", place.context(None), status=404)
        offer_freed_places(request, cancellation)
        request.session.pop(SESSION_KEY, None)
        return redirect(place.url("cancelled"))
    return render(request, "resources/cancel_confirm.html", place.context(booking.event, booking=booking, form=form))


def show_cancelled(request, place):
    return render(request, "resources/cancel_done.html", place.context(None))


# Training for school staff, at /schools/training/...; families' workshops route to the same
# functions from their page (resources/models/workshops.py), under the same rate limit.


@never_cache
@rate_limited("training-booking")
def book(request, event_id):
    return take_booking(request, training_place(), event_id)


@never_cache
def booked(request, event_id):
    return show_confirmation(request, training_place(), event_id)


@never_cache
@rate_limited("training-booking")
def cancel(request, token):
    return cancel_by_link(request, training_place(), token)


def cancelled(request):
    return show_cancelled(request, training_place())


# Workshops for families, routed from their page (resources/models/workshops.py).


def family_workshops_place(page):
    return BookingPlace(
        kind=SessionKind.FAMILIES,
        form_class=FamilyBookingForm,
        listing=page,
        listing_link_text=_("See upcoming workshops"),
        url=lambda name, *args: page.url + page.reverse_subpage(name, args=args),
        language=page_language(page),
        page=page,
    )


@rate_limited("training-booking")
def book_workshop(request, place, event_id):
    return take_booking(request, place, event_id)


@rate_limited("training-booking")
def cancel_workshop_place(request, place, token):
    return cancel_by_link(request, place, token)
