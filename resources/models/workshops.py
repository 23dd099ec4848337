"""The families' workshops page: what the workshops and groups are (editors' words), the dates coming up,
and booking a place on them, all at the page's own address (/workshops-for-families/3/book/ and so on).

Booking uses the same engine, form layout, emails and rate limit as school training (resources/views.py);
only the questions (a name and an email address, nothing about a school) and the pages around it differ.
"""

from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from home.models.pages import ContentPage


class FamilyWorkshopsPage(RoutablePageMixin, ContentPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    template = "resources/family_workshops_page.html"
    # The booking pages' views (resources/views.py) sit a floor above the models, so the page does not
    # import them: resources/apps.py hands them over when the app is ready.
    booking_views = None

    class Meta:
        verbose_name = "workshops for families page"

    def serve(self, request, *args, **kwargs):
        # Places left change with every booking, and the booking pages are a journey: none of it is
        # kept in the page cache (portal/page_cache.py) or by a browser.
        request.page_cache_allowed = False
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def get_context(self, request, *args, **kwargs):
        from resources.models.training import TrainingEvent

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = list(TrainingEvent.objects.for_families().upcoming(now).with_counts())
        for event in events:
            event.book_url = self.url + self.reverse_subpage("book", args=[event.pk])
        context["events"] = events
        context["now"] = now
        return context

    def booking_place(self):
        return self.booking_views.family_workshops_place(self)

    @path("<int:event_id>/book/", name="book")
    def book(self, request, event_id):
        return self.booking_views.book_workshop(request, self.booking_place(), event_id)

    @path("<int:event_id>/booked/", name="booked")
    def booked(self, request, event_id):
        return self.booking_views.show_confirmation(request, self.booking_place(), event_id)

    @path("cancel/<slug:token>/", name="cancel")
    def cancel(self, request, token):
        return self.booking_views.cancel_workshop_place(request, self.booking_place(), token)

    @path("cancelled/", name="cancelled")
    def cancelled(self, request):
        return self.booking_views.show_cancelled(request, self.booking_place())
