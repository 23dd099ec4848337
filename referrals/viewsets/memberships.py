"""Team members: managers say who works in which team, and see only the teams they manage themselves.

Memberships go through `permissions.memberships_for(user)`, so another team's membership is a 404 on every screen.
"""

from django.contrib.auth import get_user_model
from django.utils.functional import cached_property
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from referrals import permissions
from referrals.models import TeamMembership


def scoped_memberships(user):
    return permissions.memberships_for(user).select_related("user", "team")


class ScopedObjectMixin:
    """The history and usage screens: only the membership they are about is scoped (another team's is a 404). What
    they list is log entries and usages, so their own queryset stays Wagtail's: replacing it with memberships, as
    the edit screen does, made both screens list memberships and the usage screen a server error."""

    def get_base_object_queryset(self):
        return scoped_memberships(self.request.user)


class ScopedMembershipMixin(ScopedObjectMixin):
    """The edit and delete screens find their membership through Django's `get_queryset`."""

    def get_queryset(self):
        return scoped_memberships(self.request.user)


class MembershipFormMixin:
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["team"].queryset = permissions.membership_teams_for(self.request.user)
        # Only staff accounts can sign in to the admin, so only they can be given a team.
        form.fields["user"].queryset = (
            get_user_model().objects.filter(is_active=True, is_staff=True).order_by("username")
        )
        return form


class MembershipIndexView(generic.IndexView):
    """The scope is the listing's base queryset, on which Wagtail applies its order, the team filter and the search
    box: replacing the whole `get_queryset`, as the other screens do, silently turned all three off."""

    def get_base_queryset(self):
        return scoped_memberships(self.request.user)

    @cached_property
    def columns(self):
        """The person's name opens the membership, with Edit and Delete beside it, as on Wagtail's other listings:
        a plain column left a manager no way from the list to the screen that takes someone off a team."""
        person = self._get_title_column_class(TitleColumn)(
            "user", label="Person", accessor=person_name, sort_key="user__username", get_url=self.get_edit_url
        )
        return [person, *super().columns]


def person_name(membership):
    return membership.user.get_full_name() or membership.user.get_username()


class MembershipCreateView(MembershipFormMixin, generic.CreateView):
    pass


class MembershipEditView(ScopedMembershipMixin, MembershipFormMixin, generic.EditView):
    pass


class MembershipDeleteView(ScopedMembershipMixin, generic.DeleteView):
    pass


class MembershipHistoryView(ScopedObjectMixin, history.HistoryView):
    pass


class MembershipUsageView(ScopedObjectMixin, usage.UsageView):
    pass


class TeamMembershipViewSet(ModelViewSet):
    model = TeamMembership
    name = "team_memberships"
    icon = "group"
    menu_label = "Team members"
    add_to_admin_menu = True
    menu_order = 151
    form_fields = ["user", "team"]
    copy_view_enabled = False
    index_view_class = MembershipIndexView
    add_view_class = MembershipCreateView
    edit_view_class = MembershipEditView
    delete_view_class = MembershipDeleteView
    history_view_class = MembershipHistoryView
    usage_view_class = MembershipUsageView
    list_display = [
        Column("username", label="Username", accessor="user.username"),
        Column("team", label="Team", accessor="team.name"),
    ]
    list_filter = ["team"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "team__name"]
    ordering = ["team__name", "user__username"]


team_membership_viewset = TeamMembershipViewSet()
