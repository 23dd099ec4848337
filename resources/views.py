"""Views that are not pages: counted pack downloads (the PDF made from the page), and booking and
cancelling training places."""

from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import http_date
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.ratelimit import rate_limited
from resources.booking import AlreadyBooked, BookingClosed, book_place, cancel_booking
from resources.emails import offer_freed_places, send_booking_email
from resources.forms import BookingForm, CancelBookingForm
from resources.models import PackDownloadDay, ResourcePackPage, TrainingBooking, TrainingEvent, TrainingIndexPage
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


def training_page():
    """The training listing page, for breadcrumbs and 'back' links; None if editors removed it."""
    return TrainingIndexPage.objects.live().first()


def booking_context(event, **extra):
    listing = training_page()
    return {
        "event": event,
        "training_page": listing,
        "breadcrumbs": [*listing.get_ancestors().filter(depth__gte=2), listing] if listing else [],
        **extra,
    }


@never_cache
@rate_limited("training-booking")
def book(request, event_id):
    event = get_object_or_404(TrainingEvent, pk=event_id)
    now = timezone.now()
    if not event.is_bookable(now):
        return render(
            request, "resources/booking_closed.html", booking_context(event, has_started=event.has_started(now))
        )

    form = BookingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"].strip().lower()
        try:
            booking = book_place(event.pk, **form.cleaned_data)
        except BookingClosed:
            return render(request, "resources/booking_closed.html", booking_context(event, has_started=False))
        except AlreadyBooked as duplicate:
            # Shown what a new booking would be shown; only the address's owner learns, by email, that it
            # already had one. Nothing typed this time is kept or sent.
            if duplicate.booking is not None:
                send_booking_email(request, duplicate.booking, "already_booked")
            return confirm(request, event, duplicate.status, duplicate.waiting_position, email)
        send_booking_email(request, booking, "booking_made")
        return confirm(request, event, booking.status, booking.waiting_position(), booking.email)

    event.booked_count = event.booked_places()
    return render(
        request,
        "resources/booking_form.html",
        booking_context(event, form=form, retention_days=settings.TRAINING_BOOKING_RETENTION_DAYS),
    )


def confirm(request, event, status, waiting_position, email):
    request.session[SESSION_KEY] = {
        "event": event.pk,
        "status": status,
        "waiting_position": waiting_position,
        "email": email,
    }
    return redirect("resources:booked", event_id=event.pk)


@never_cache
def booked(request, event_id):
    event = get_object_or_404(TrainingEvent, pk=event_id)
    confirmation = request.session.get(SESSION_KEY)
    if not isinstance(confirmation, dict) or confirmation.get("event") != event.pk:
        return redirect("resources:book", event_id=event.pk)
    return render(request, "resources/booking_done.html", booking_context(event, confirmation=confirmation))


@never_cache
@rate_limited("training-booking")
def cancel(request, token):
    booking = TrainingBooking.objects.select_related("event").filter(token=token).first()
    if booking is None:
        return render(request, "resources/cancel_invalid.html", booking_context(None), status=404)

    form = CancelBookingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        cancellation = cancel_booking(token)
        if cancellation is None:
            return render(request, "resources/cancel_invalid.html", booking_context(None), status=404)
        offer_freed_places(request, cancellation)
        request.session.pop(SESSION_KEY, None)
        return redirect("resources:cancelled")
    return render(request, "resources/cancel_confirm.html", booking_context(booking.event, booking=booking, form=form))


def cancelled(request):
    return render(request, "resources/cancel_done.html", booking_context(None))
