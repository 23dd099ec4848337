from django.urls import reverse
from django.utils.html import format_html
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.spreadsheets import FormulaSafeExportMixin
from resources.models import Audience, KeyStage, PackTopic, TrainingBooking, TrainingEvent


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


class ViewAndDeleteOnlyPolicy(ModelPermissionPolicy):
    """Bookings are made and cancelled only through the booking rules, which lock the event and keep
    within capacity. Staff may look, export and delete (e.g. a booking made in error)."""

    def user_has_permission(self, user, action):
        if action in {"add", "change"}:
            return False
        return super().user_has_permission(user, action)


class TrainingBookingIndexView(FormulaSafeExportMixin, IndexView):
    pass


class TrainingBookingViewSet(ModelViewSet):
    model = TrainingBooking
    # Anyone can book, so names in the attendees export are not ours to trust.
    index_view_class = TrainingBookingIndexView
    icon = "group"
    menu_label = "Bookings and waiting lists"
    url_namespace = "training_bookings"
    url_prefix = "training/bookings"
    list_display = ["name", "role", "school", "email", "status", "created_at"]
    list_filter = ["event", "status"]
    list_export = ["event", "name", "role", "school", "email", "status", "created_at"]
    export_filename = "training-attendees"
    search_fields = ["name", "school", "email"]
    inspect_view_enabled = True
    form_fields = ["name", "role", "school", "email"]


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
        "starts_at",
        "capacity",
        "booking_deadline",
        # Wagtail takes field names or columns here, not bare functions.
        Column("attendees", label="Attendees", accessor=attendees_link),
    ]
    list_filter = ["is_online"]
    ordering = ["-starts_at"]
    search_fields = ["title", "audience"]
    form_fields = [
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
    menu_label = "Training"
    menu_icon = "date"
    menu_order = 320
    items = (TrainingEventViewSet, TrainingBookingViewSet)


pack_tag_viewset_group = PackTagViewSetGroup()
training_viewset_group = TrainingViewSetGroup()
