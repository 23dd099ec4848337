from django import forms
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import AgeBand, LifeArea, Pathway, SearchSynonym, Team, WaitingTime, WaitingTimeSource


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


class SearchSynonymViewSet(SnippetViewSet):
    """Settings, then Search synonyms: beside Wagtail's promoted search results, where the content team looks
    after what search finds."""

    model = SearchSynonym
    icon = "search"
    menu_label = "Search synonyms"
    add_to_settings_menu = True
    list_display = ["words"]
    search_fields = ["words"]


class UpdateWaitsColumn(Column):
    """ "Update waits" for those who may add a waiting time; service managers read teams without it."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if not waiting_time_permission_policy.user_has_permission(parent_context["request"].user, "add"):
            context["value"] = ""
        return context


class TeamViewSet(ModelViewSet):
    model = Team
    name = "teams"
    icon = "group"
    menu_label = "Teams"
    list_display = [
        "name",
        Column("districts", label="Postcode districts", accessor=lambda team: ", ".join(team.district_codes)),
        UpdateWaitsColumn("waits", label="Waiting times", accessor=lambda team: _update_waits_link(team)),
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


def prefilled_value(wait):
    """What the form was filled in with, as "pathway:weeks:share" (share blank when none)."""
    share = "" if wait.share_within_18_weeks is None else wait.share_within_18_weeks
    return f"{wait.pathway}:{wait.weeks}:{share}"


def figures_in_words(wait):
    weeks = f"{wait.weeks} week{'' if wait.weeks == 1 else 's'}"
    if wait.share_within_18_weeks is None:
        return weeks
    return f"{weeks} ({wait.share_within_18_weeks}% within 18 weeks)"


class WaitingTimeForm(WagtailAdminModelForm):
    """A new figure. Opened from a team it is filled in with one pathway's current figures; switching
    the pathway used to keep them (the routine 95% saved as the urgent share), so figures left exactly
    as filled in for another pathway are refused, and every pathway's current figures are shown."""

    prefilled_from = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        team = Team.objects.filter(pk=self["team"].value() or None).first()
        if team is not None:
            from home.waiting_times import current_wait

            lines = []
            for pathway in Pathway:
                wait = current_wait(team, pathway)
                lines.append(f"{pathway.label}: {figures_in_words(wait) if wait else 'none published'}")
            self.fields["pathway"].help_text = f"Published now for {team.name}: " + "; ".join(lines) + "."

    def clean(self):
        cleaned_data = super().clean()
        pathway, weeks = cleaned_data.get("pathway"), cleaned_data.get("weeks")
        was_pathway, _, rest = (cleaned_data.get("prefilled_from") or "").partition(":")
        was_weeks, _, was_share = rest.partition(":")
        if not was_pathway or was_pathway not in Pathway.values or not pathway or pathway == was_pathway:
            return cleaned_data
        share = cleaned_data.get("share_within_18_weeks")
        if str(weeks) == was_weeks and ("" if share is None else str(share)) == was_share:
            self.add_error(
                "weeks",
                f"These are the {Pathway(was_pathway).label} figures, filled in when the form opened. "
                f"Enter the {Pathway(pathway).label} figures.",
            )
        return cleaned_data


class WeeksPanel(FieldPanel):
    """The weeks field, carrying the hidden record of what the form was filled in with (no label of its own)."""

    def get_form_options(self):
        options = super().get_form_options()
        options["fields"] = [*options.get("fields", []), "prefilled_from"]
        return options

    class BoundPanel(FieldPanel.BoundPanel):
        def render_html(self, parent_context=None):
            return super().render_html(parent_context) + self.form["prefilled_from"].as_widget()


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
                initial.update(
                    weeks=wait.weeks,
                    share_within_18_weeks=wait.share_within_18_weeks,
                    prefilled_from=prefilled_value(wait),
                )
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
    edit_handler = ObjectList(
        [
            FieldPanel("team"),
            FieldPanel("pathway"),
            WeeksPanel("weeks"),
            FieldPanel("share_within_18_weeks"),
            FieldPanel("as_of"),
        ],
        base_form_class=WaitingTimeForm,
    )
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
