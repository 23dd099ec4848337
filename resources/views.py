"""Views that are not pages: counted downloads, and booking and cancelling training places."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.documents.views.serve import serve as serve_document

from home.ratelimit import rate_limited
from resources.booking import AlreadyBooked, BookingClosed, book_place, cancel_booking
from resources.forms import BookingForm, CancelBookingForm
from resources.models import PackDownloadDay, ResourcePackPage, TrainingBooking, TrainingEvent, TrainingIndexPage

logger = logging.getLogger(__name__)
SESSION_KEY = "training_booking_id"
MAX_PAGE_ID = 2**31 - 1


@require_GET
def download_pack(request, pack_id):
    """Count the download, then hand over to Wagtail's document serving for the file itself
    (content type, Content-Disposition, collection privacy)."""
    if pack_id > MAX_PAGE_ID:
        # Beyond the database's integer column the lookup itself fails (a server error), rather than finding nothing.
        raise Http404("No such pack.")
    pack = get_object_or_404(ResourcePackPage.objects.live().public(), pk=pack_id)
    if pack.document is None:
        raise Http404("This pack has no file to download.")
    PackDownloadDay.record(pack)
    return serve_document(request, pack.document.pk, pack.document.filename)


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
        try:
            booking = book_place(event.pk, **form.cleaned_data)
        except BookingClosed:
            return render(request, "resources/booking_closed.html", booking_context(event, has_started=False))
        except AlreadyBooked:
            form.add_error(
                "email",
                "This email address already has a place or is on the waiting list for this session. "
                "Check your inbox for the email we sent you.",
            )
        else:
            send_booking_email(request, booking, "resources/emails/booking_made.txt")
            request.session[SESSION_KEY] = booking.pk
            return redirect("resources:booked", event_id=event.pk)

    event.booked_count = event.booked_places()
    return render(
        request,
        "resources/booking_form.html",
        booking_context(event, form=form, retention_days=settings.TRAINING_BOOKING_RETENTION_DAYS),
    )


@never_cache
def booked(request, event_id):
    event = get_object_or_404(TrainingEvent, pk=event_id)
    booking = TrainingBooking.objects.filter(pk=request.session.get(SESSION_KEY), event=event).first()
    if booking is None:
        return redirect("resources:book", event_id=event.pk)
    return render(request, "resources/booking_done.html", booking_context(event, booking=booking))


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
        for promoted in cancellation.promoted:
            send_booking_email(request, promoted, "resources/emails/place_offered.txt")
        request.session.pop(SESSION_KEY, None)
        return redirect("resources:cancelled")
    return render(request, "resources/cancel_confirm.html", booking_context(booking.event, booking=booking, form=form))


def cancelled(request):
    return render(request, "resources/cancel_done.html", booking_context(None))


def send_booking_email(request, booking, template_name):
    """Email after the booking is saved. A failed email must not lose the place: the confirmation page
    shows the same details, and the failure is logged for staff."""
    cancel_url = request.build_absolute_uri(reverse("resources:cancel", args=[booking.token]))
    body = render_to_string(template_name, {"booking": booking, "event": booking.event, "cancel_url": cancel_url})
    subject = "Your training place" if booking.status == "booked" else "You are on the training waiting list"
    try:
        send_mail(subject, body, None, [booking.email])
    except Exception:
        logger.exception("Could not send training booking email for booking %s", booking.pk)
