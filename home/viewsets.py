from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import AgeBand, LifeArea, Pathway, Team, WaitingTime, WaitingTimeSource


class LifeAreaViewSet(SnippetViewSet):
    model = LifeArea
    icon = "tag"
    list_display = ["name", "discipline", "sort_order"]
    ordering = ["sort_order", "name"]


class AgeBandViewSet(SnippetViewSet):
    model = AgeBand
    icon = "user"
    list_display = ["name", "min_age", "max_age"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = "Tags"
    menu_icon = "tag"
    menu_order = 300
    items = (LifeAreaViewSet, AgeBandViewSet)


taxonomy_viewset_group = TaxonomyViewSetGroup()


class TeamViewSet(ModelViewSet):
    model = Team
    name = "teams"
    icon = "group"
    menu_label = "Teams"
    list_display = [
        "name",
        Column("districts", label="Postcode districts", accessor=lambda team: ", ".join(team.district_codes)),
        Column("waits", label="Waiting times", accessor=lambda team: _update_waits_link(team)),
    ]
    search_fields = ["name", "postcode_districts__district"]
    ordering = ["name"]
    copy_view_enabled = False

    def get_queryset(self, request):
        return Team.objects.prefetch_related("postcode_districts")


def _update_waits_link(team):
    url = reverse("waiting_times:add") + f"?team={team.pk}"
    return format_html('<a href="{}">Update waits<span class="w-sr-only"> for {}</span></a>', url, team.name)


class AppendOnlyPermissionPolicy(ModelPermissionPolicy):
    """Waiting times are history: nobody, not even a superuser, changes or deletes a published figure."""

    def user_has_permission(self, user, action):
        if action in {"change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class WaitingTimeCreateView(CreateView):
    """A new figure, pre-filled from the current one when opened from a team (?team=…&pathway=…)."""

    def get_initial(self):
        from home.waiting_times import current_wait

        initial = {"as_of": timezone.localdate()}
        team = Team.objects.filter(pk=self.request.GET.get("team") or None).first()
        pathway = self.request.GET.get("pathway") or Pathway.ROUTINE_ASSESSMENT
        if team is not None and pathway in Pathway.values:
            initial.update(team=team, pathway=pathway)
            wait = current_wait(team, pathway)
            if wait is not None:
                initial.update(weeks=wait.weeks, share_within_18_weeks=wait.share_within_18_weeks)
        return initial

    def save_instance(self):
        self.form.instance.entered_by = self.request.user
        self.form.instance.source = WaitingTimeSource.STAFF
        return super().save_instance()


class WaitingTimeViewSet(ModelViewSet):
    model = WaitingTime
    name = "waiting_times"
    icon = "time"
    menu_label = "Waiting times"
    add_view_class = WaitingTimeCreateView
    copy_view_enabled = False
    panels = [
        FieldPanel("team"),
        FieldPanel("pathway"),
        FieldPanel("weeks"),
        FieldPanel("share_within_18_weeks"),
        FieldPanel("as_of"),
    ]
    list_display = [
        Column("team", label="Team", accessor="team.name"),
        Column("pathway", label="Pathway", accessor="get_pathway_display"),
        "weeks",
        Column("share", label="Under 18 weeks (%)", accessor="share_within_18_weeks"),
        "as_of",
        Column("source", label="Source", accessor="get_source_display"),
        Column("entered_by", label="Entered by", accessor="entered_by"),
        "created_at",
    ]
    list_filter = ["team", "pathway", "source"]
    ordering = ["-as_of", "-created_at"]
    list_per_page = 50

    def get_queryset(self, request):
        return WaitingTime.objects.select_related("team", "entered_by")


class TeamsViewSetGroup(ModelViewSetGroup):
    menu_label = "Teams and waits"
    menu_icon = "group"
    menu_order = 250
    items = (TeamViewSet, WaitingTimeViewSet)


teams_viewset_group = TeamsViewSetGroup()
waiting_time_permission_policy = AppendOnlyPermissionPolicy(WaitingTime)
