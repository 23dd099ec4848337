import datetime

from django.http import Http404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import DeleteView, IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.spreadsheets import FormulaSafeExportMixin
from resources.booking import cancel_place
from resources.emails import offer_freed_places
from resources.models import Audience, BookingStatus, KeyStage, PackTopic, TrainingBooking, TrainingEvent


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug", "sort_order"]


class KeyStageViewSet(SnippetViewSet):
    model = KeyStage
    icon = "list-ol"
    list_display = ["name", "slug", "sort_order"]


class PackTopicViewSet(SnippetViewSet):
    model = PackTopic
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]


class PackTagViewSetGroup(SnippetViewSetGroup):
    menu_label = "School pack tags"
    menu_icon = "tag"
    menu_order = 310
    items = (AudienceViewSet, KeyStageViewSet, PackTopicViewSet)


class BookingPermissionPolicy(ModelPermissionPolicy):
    """Places are given only by the booking rules, which lock the event and keep within capacity, so
    staff never add or change a booking. They look, export and cancel a place: "delete" here runs the
    same cancellation as a family's own (the waiting list moves up and is told)."""

    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)


def local_time(value):
    return timezone.localtime(value) if timezone.is_aware(value) else value


class TrainingBookingIndexView(FormulaSafeExportMixin, IndexView):
    # Staff read the export in a spreadsheet: UK times (Wagtail would write UTC), to the minute.
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        datetime.datetime: {
            IndexView.FORMAT_CSV: lambda value: f"{local_time(value):%Y-%m-%d %H:%M}",
            IndexView.FORMAT_XLSX: lambda value: local_time(value).replace(tzinfo=None, second=0, microsecond=0),
        },
    }

    def get_list_more_buttons(self, instance):
        # Cancelling has its own button and words: staff are never asked to "delete" a person.
        cancel_url = self.get_delete_url(instance)
        return [button for button in super().get_list_more_buttons(instance) if button.url != cancel_url]

    @cached_property
    def columns(self):
        if not self.user_has_permission("delete"):
            return super().columns
        return [*super().columns, Column("cancel", label="Cancel", accessor=self.cancel_button)]

    def cancel_button(self, booking):
        return format_html(
            '<a href="{}" class="button button-small button-secondary">Cancel place'
            '<span class="w-sr-only"> for {}</span></a>',
            self.get_delete_url(booking),
            booking.name,
        )


class CancelPlaceView(DeleteView):
    """Confirm, then cancel through `booking.cancel_place`, which offers the place to the waiting list."""

    page_title = "Cancel place"
    template_name = "resources/admin/cancel_place.html"

    def get_usage_url(self):
        return None  # nothing links to a booking: Wagtail's "referenced 0 times" would only puzzle

    @property
    def confirmation_message(self):
        booking = self.object
        if booking.status == BookingStatus.WAITING:
            return f"Take {booking.name} off the waiting list for {booking.event}?"
        return (
            f"Cancel {booking.name}’s place on {booking.event}? The first person on the waiting list, "
            "if there is one, is given the place and emailed."
        )

    def delete_action(self):
        self.cancellation = cancel_place(self.object.pk)
        if self.cancellation is None:  # the family cancelled it themselves while this page was open
            raise Http404("This booking has already been cancelled.")
        offer_freed_places(self.request, self.cancellation)

    def get_success_message(self):
        message = f"{self.object.name}’s booking for {self.object.event} is cancelled."
        for promoted in self.cancellation.promoted:
            message += f" {promoted.name} moved up from the waiting list and has been emailed."
        return message


class TrainingBookingInspectView(InspectView):
    @property
    def header_more_buttons(self):
        cancel_url = self.get_delete_url()
        buttons = [button for button in super().header_more_buttons if button.url != cancel_url]
        if cancel_url:
            buttons.append(Button("Cancel place", url=cancel_url, icon_name="cross", priority=20))
        return buttons


class TrainingBookingViewSet(ModelViewSet):
    model = TrainingBooking
    # Anyone can book, so names in the attendees export are not ours to trust.
    index_view_class = TrainingBookingIndexView
    delete_view_class = CancelPlaceView
    inspect_view_class = TrainingBookingInspectView
    icon = "group"
    menu_label = "Bookings and waiting lists"
    url_namespace = "training_bookings"
    url_prefix = "training/bookings"
    # Role is in Inspect and the export: the listing keeps room for the name and the cancel button.
    list_display = [
        "name",
        "school",
        "email",
        "status",
        DateColumn("created_at", label="Booked on", sort_key="created_at"),
    ]
    list_filter = ["event", "status"]
    list_export = ["event", "name", "role", "school", "email", "get_status_display", "created_at", "promoted_at"]
    export_headings = {
        "event": "Training session",
        "get_status_display": "Status",
        "created_at": "Booked on",
        "promoted_at": "Moved up from the waiting list on",
    }
    export_filename = "training-attendees"
    search_fields = ["name", "school", "email"]
    inspect_view_enabled = True
    # Never the cancel token: whoever has it can cancel the place.
    # The language a family booked in (their emails are written in it), named in English.
    inspect_view_fields = [
        "event",
        "name",
        "role",
        "school",
        "email",
        "status",
        "language",
        "created_at",
        "promoted_at",
    ]
    form_fields = ["name", "role", "school", "email"]

    def get_urlpatterns(self):
        # Wagtail's name for it stays "delete"; the address staff see says what it does.
        return [
            path(f"cancel/<{self.pk_path_converter}:pk>/", self.delete_view, name="delete")
            if pattern.name == "delete"
            else pattern
            for pattern in super().get_urlpatterns()
        ]


def attendees_link(event):
    url = reverse("training_bookings:index") + f"?event={event.pk}"
    return format_html('<a href="{}">{} booked, {} waiting</a>', url, event.booked_places(), event.waiting_list_size())


class TrainingEventViewSet(ModelViewSet):
    model = TrainingEvent
    icon = "date"
    menu_label = "Training sessions"
    url_namespace = "training_events"
    url_prefix = "training/sessions"
    list_display = [
        "title",
        "kind",
        "starts_at",
        "capacity",
        "booking_deadline",
        # Wagtail takes field names or columns here, not bare functions.
        Column("attendees", label="Attendees", accessor=attendees_link),
    ]
    list_filter = ["kind", "is_online"]
    ordering = ["-starts_at"]
    search_fields = ["title", "audience"]
    form_fields = [
        "kind",
        "title",
        "description",
        "audience",
        "starts_at",
        "ends_at",
        "is_online",
        "venue",
        "capacity",
        "booking_deadline",
    ]


class TrainingViewSetGroup(ViewSetGroup):
    # Training for school staff and workshops for families: one booking engine, managed in one place.
    menu_label = "Training"
    menu_icon = "date"
    menu_order = 320
    items = (TrainingEventViewSet, TrainingBookingViewSet)


pack_tag_viewset_group = PackTagViewSetGroup()
training_viewset_group = TrainingViewSetGroup()
